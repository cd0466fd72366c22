package tw.coloaudit.controls.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.coloaudit.controls.orders.OrderPack.failing;

import org.junit.jupiter.api.Test;
import tw.coloaudit.controls.Evaluation;
import tw.coloaudit.model.Subject;

class EligibleListReviewedTest {

  @Test
  void failsGapsLongerThanTheLimitIncludingTheOneToTheAsOfDate() {
    Evaluation e = new OrderPack()
        .reviews("""
            2025-06-01
            2025-12-01    # 183 days: at the limit, passes
            2026-06-03    # FAIL: 184 days
            """)
        .run(new EligibleListReviewed());
    assertThat(failing(e)).containsExactly(Subject.of("from", "2025-12-01", "to", "2026-06-03"));
  }

  @Test
  void failsTheGapSinceTheLastReview() {
    Evaluation e = new OrderPack().reviews("2026-05-01").run(new EligibleListReviewed());
    assertThat(failing(e)).containsExactly(Subject.of("from", "2026-05-01", "to", "2026-11-20"));
  }

  @Test
  void passesRegularReviews() {
    Evaluation e = new OrderPack().reviews("2026-06-01\n2026-11-01").run(new EligibleListReviewed());
    assertThat(failing(e)).isEmpty();
    assertThat(e.passed()).isEqualTo(2);
  }

  @Test
  void checksNothingWithoutEvidence() {
    assertThat(new OrderPack().run(new EligibleListReviewed()).passed()).isZero();
  }
}
