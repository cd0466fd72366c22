package tw.coloaudit.controls.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.coloaudit.controls.orders.OrderPack.failing;

import org.junit.jupiter.api.Test;
import tw.coloaudit.controls.Evaluation;
import tw.coloaudit.model.Subject;

class ColoOrdersFromEligibleAccountsTest {

  private static final String ELIGIBLE = """
      1111111,2026-01-01,,2025-12-20
      2222222,2025-01-01,2026-10-31,2024-12-20
      3333333,2026-11-18,,2026-11-01
      """;

  @Test
  void failsAccountsTradingOnCoLocationOutsideTheirEligibility() {
    Evaluation e = new OrderPack()
        .eligibility(ELIGIBLE)
        .receipts("""
            R1,K1,,1111111,2026-11-18 09:00:00,colo,GW1,brokerage
            R2,K2,,2222222,2026-10-31 09:00:00,colo,GW1,brokerage   # the last eligible day
            R3,K3,,2222222,2026-11-02 09:00:00,主機共置,GW1,經紀      # FAIL: lapsed on 2026-10-31
            R4,K4,,3333333,2026-11-17 20:00:00,colo,GW1,brokerage   # FAIL: the evening before eligibility
            R5,K5,,3333333,2026-11-18 09:00:00,colo,GW1,brokerage
            R6,K6,,9000001,2026-11-18 09:00:00,colo,GW1,dealer      # the firm's own dealer account: out of scope
            R7,K7,,4444444,2026-11-18 09:00:00,internet,GW9,brokerage # not co-location
            """)
        .run(new ColoOrdersFromEligibleAccounts());
    assertThat(failing(e)).containsExactlyInAnyOrder(Subject.of("account", "2222222"), Subject.of("account", "3333333"));
    assertThat(e.passed()).isEqualTo(1);
  }

  @Test
  void failsAnAccountNotOnTheList() {
    Evaluation e = new OrderPack().eligibility(ELIGIBLE).receipts("R1,K1,,5555555,2026-11-18 09:00:00,colo,GW1,brokerage")
        .run(new ColoOrdersFromEligibleAccounts());
    assertThat(failing(e)).containsExactly(Subject.of("account", "5555555"));
    assertThat(e.failures().get(0).message().en()).contains("is not on the eligible list");
  }

  @Test
  void checksNothingWithoutEvidence() {
    assertThat(new OrderPack().eligibility(ELIGIBLE).run(new ColoOrdersFromEligibleAccounts()).passed()).isZero();
  }
}
