package tw.coloaudit.controls.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.coloaudit.controls.orders.OrderPack.failing;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tw.coloaudit.controls.Evaluation;
import tw.coloaudit.model.Provenance;
import tw.coloaudit.model.Subject;
import tw.coloaudit.model.orders.ColoRules;

class ColoRulesApprovedBeforeUseTest {

  private static ColoRules rules(LocalDate approved, Boolean inControl, LocalDate firstUse, List<String> criteria, String notify,
      Integer review) {
    return new ColoRules(approved, approved == null ? null : "董事會", inControl, firstUse, criteria, notify, review,
        Provenance.line("colo-rules.yaml", 1));
  }

  @Test
  void failsEachMissingElement() {
    Evaluation e = new OrderPack().rules(rules(null, false, LocalDate.of(2024, 1, 1), List.of(), null, null))
        .run(new ColoRulesApprovedBeforeUse());
    assertThat(failing(e)).extracting(s -> s.values().get("rule"))
        .containsExactly("approval", "internal_control", "before_first_use", "criteria", "notification", "review");
  }

  @Test
  void takesTheFirstUseFromTheFirstColoBrokerageOrderAndAcceptsApprovalOnThatDay() {
    OrderPack pack = new OrderPack()
        .receipts("""
            R0,K1,,1,2026-11-16 09:00:00,colo,GW1,dealer    # dealer: not brokerage use
            R1,K2,,1,2026-11-17 09:00:00,colo,GW1,brokerage
            """);
    Evaluation onTheDay = pack.rules(rules(LocalDate.of(2026, 11, 17), true, null, List.of("規模"), "書面", 180))
        .run(new ColoRulesApprovedBeforeUse());
    assertThat(failing(onTheDay)).isEmpty();
    assertThat(onTheDay.passed()).isEqualTo(6);
    Evaluation late = new OrderPack().receipts("R1,K2,,1,2026-11-17 09:00:00,colo,GW1,brokerage")
        .rules(rules(LocalDate.of(2026, 11, 18), true, null, List.of("規模"), "書面", 180)).run(new ColoRulesApprovedBeforeUse());
    assertThat(failing(late)).containsExactly(Subject.of("rule", "before_first_use"));
  }

  @Test
  void checksNothingWithoutEvidence() {
    assertThat(new OrderPack().run(new ColoRulesApprovedBeforeUse()).passed()).isZero();
  }
}
