package tw.coloaudit.controls.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.coloaudit.controls.orders.OrderPack.failing;

import org.junit.jupiter.api.Test;
import tw.coloaudit.controls.Evaluation;
import tw.coloaudit.model.Subject;

class EligibleInvestorsNotifiedTest {

  @Test
  void failsInvestorsNotifiedLateOrNotAtAll() {
    Evaluation e = new OrderPack()
        .eligibility("""
            1111111,2026-01-01,,2025-12-20
            2222222,2026-01-01,,2026-01-01    # on the day: passes
            3333333,2026-01-01,,2026-01-02    # FAIL: a day late
            4444444,2026-01-01,,              # FAIL: no record
            """)
        .run(new EligibleInvestorsNotified());
    assertThat(failing(e)).containsExactlyInAnyOrder(Subject.of("account", "3333333"), Subject.of("account", "4444444"));
    assertThat(e.passed()).isEqualTo(2);
  }

  @Test
  void checksNothingWithoutEvidence() {
    assertThat(new OrderPack().run(new EligibleInvestorsNotified()).passed()).isZero();
  }
}
