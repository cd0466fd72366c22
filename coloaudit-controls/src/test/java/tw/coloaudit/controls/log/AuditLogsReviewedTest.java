package tw.coloaudit.controls.log;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.coloaudit.controls.log.LogPack.failing;

import org.junit.jupiter.api.Test;
import tw.coloaudit.controls.Evaluation;
import tw.coloaudit.model.Subject;

class AuditLogsReviewedTest {

  private static final String REVIEWS = """
      gw,2026-09-05,E006
      gw,2026-10-06,E006     # 31 days: equal to the limit, passes
      gw,2026-11-06,E006     # 31 days; 14 days to the as-of date
      win,2026-08-05,E002
      win,2026-09-06,E002    # FAIL 32 days
      win,2026-10-05,E002    # FAIL 46 days to the as-of date
      lab,2026-01-01,E002    # not important
      db,2026-12-01,E002     # after the as-of date: ignored, so db has no review
      """;

  @Test
  void failsEveryGapLongerThanTheLimitUpToTheAsOfDate() {
    Evaluation e = new LogPack().system("gw", true).system("win", true).system("db", true).system("lab", false)
        .reviews(REVIEWS).run(new AuditLogsReviewed());

    assertThat(failing(e)).containsExactlyInAnyOrder(
        Subject.of("system", "win", "from", "2026-08-05", "to", "2026-09-06"),
        Subject.of("system", "win", "from", "2026-10-05", "to", "2026-11-20"));
    assertThat(e.passed()).isEqualTo(1);
  }

  @Test
  void aGapEqualToTheLimitPasses() {
    Evaluation e = new LogPack().system("gw", true).reviews("gw,2026-10-20\ngw,2026-11-20")
        .policy("log_review_days", 31).run(new AuditLogsReviewed());

    assertThat(failing(e)).isEmpty();
    assertThat(e.passed()).isEqualTo(1);
  }

  @Test
  void leavesAnImportantSystemWithoutReviewsToTheMissingEvidenceRule() {
    Evaluation e = new LogPack().system("gw", true).system("db", true).reviews("gw,2026-11-01").run(new AuditLogsReviewed());

    assertThat(failing(e)).isEmpty();
    assertThat(e.missing()).isEmpty();
    assertThat(e.passed()).isEqualTo(1);
  }
}
