package tw.coloaudit.controls.change;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.coloaudit.controls.colo.ColoPack.failing;
import static tw.coloaudit.controls.colo.ColoPack.failureOf;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tw.coloaudit.controls.Evaluation;
import tw.coloaudit.controls.colo.ColoPack;
import tw.coloaudit.model.Subject;

class OutsourcingContractsCarryRequiredClausesTest {

  private static final String PEOPLE = """
      V001,黃建國,vendor,瑞達系統整合股份有限公司
      V002,劉家宏,vendor,信網科技股份有限公司
      V003,鄭志明,vendor,安瀚資訊股份有限公司
      E001,王大明,employee,範例證券
      """;

  private static final String CONTRACTS = """
      瑞達系統整合股份有限公司,OC-1,2025-01-01,2027-12-31,Y,N     # FAIL: no audit-right clause
      信網科技,OC-2,2024-07-01,2026-11-20,Y,Y                      # pass: short name; ends on the as-of date
      安瀚資訊股份有限公司,OC-3,2024-01-01,,,Y                       # FAIL: security clause not recorded
      大豐機電工程有限公司,OC-4,2025-03-01,2027-02-28,N,N           # skip: nobody of it in people
      瑞達系統整合股份有限公司,OC-0,2022-01-01,2026-11-19,N,N       # skip: ended the day before the as-of date
      """;

  @Test
  void failsContractsOfVendorsWithAccessThatLackAClause() {
    Evaluation e = new ColoPack().people(PEOPLE).contracts(CONTRACTS).run(new OutsourcingContractsCarryRequiredClauses());

    assertThat(failing(e)).containsExactlyInAnyOrder(
        Subject.of("vendor", "瑞達系統整合股份有限公司", "contract_id", "OC-1"),
        Subject.of("vendor", "安瀚資訊股份有限公司", "contract_id", "OC-3"));
    assertThat(e.passed()).isEqualTo(1);
    assertThat(e.skipped()).isEqualTo(Map.of("no_colo_access", 1, "contract_ended", 1));
  }

  @Test
  void statesWhichClauseIsMissing() {
    Evaluation e = new ColoPack().people(PEOPLE).contracts(CONTRACTS).run(new OutsourcingContractsCarryRequiredClauses());

    Evaluation.Failure f = failureOf(e, Subject.of("vendor", "瑞達系統整合股份有限公司", "contract_id", "OC-1"));
    assertThat(f.message().zh()).isEqualTo("瑞達系統整合股份有限公司 的委外合約 OC-1 未載明稽核權條款。");
    assertThat(f.message().en()).isEqualTo("Outsourcing contract OC-1 with 瑞達系統整合股份有限公司 does not show an audit-right clause.");
    assertThat(failureOf(e, Subject.of("vendor", "安瀚資訊股份有限公司", "contract_id", "OC-3")).observed())
        .containsEntry("missing", List.of("security_clause")).containsEntry("security_clause", "unknown");
  }

  @Test
  void withoutPeopleEveryCurrentContractIsInScope() {
    Evaluation e = new ColoPack().contracts(CONTRACTS).run(new OutsourcingContractsCarryRequiredClauses());

    assertThat(failing(e)).hasSize(3);
  }

  @Test
  void judgesNothingWithoutContracts() {
    Evaluation e = new ColoPack().people(PEOPLE).run(new OutsourcingContractsCarryRequiredClauses());

    assertThat(failing(e)).isEmpty();
    assertThat(e.passed()).isZero();
  }
}
