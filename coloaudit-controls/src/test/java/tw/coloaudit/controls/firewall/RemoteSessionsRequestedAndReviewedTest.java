package tw.coloaudit.controls.firewall;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tw.coloaudit.controls.Evaluation;
import tw.coloaudit.model.firewall.RemoteSession;

class RemoteSessionsRequestedAndReviewedTest {

  private static final RemoteSessionsRequestedAndReviewed CONTROL = new RemoteSessionsRequestedAndReviewed();

  private static RemoteSession session(String user, String start, String request, String reviewer, String reviewedOn) {
    return new RemoteSession(user, FwInput.at(start), null, "10.88.1.23", "colo-gw-1", request, reviewer,
        reviewedOn == null ? null : LocalDate.parse(reviewedOn), FwInput.src("remote.csv", 2));
  }

  @Test
  void passesWhenRequestedAndReviewedByAnotherPersonInTime() {
    Evaluation e = new FwInput().kind("remote-access")
        .add(session("chenyj", "2026-09-01T09:00:00", "RA-1", "資訊主管 王大明", "2026-09-05")).run(CONTROL);
    assertThat(FwInput.failing(e)).isEmpty();
    assertThat(e.passed()).isEqualTo(1);
  }

  @Test
  void listsNoRequestLateReviewMissingReviewAndSelfReview() {
    Evaluation e = new FwInput().kind("remote-access")
        .add(session("vendor01", "2026-08-12T22:10:00", null, "王大明", "2026-08-14"),
            session("linzh", "2026-06-03T14:00:00", "RA-2", "王大明", "2026-07-20"),
            session("wuhy", "2026-09-01T08:00:00", "RA-3", null, null),
            session("wangdm", "2026-09-02T08:00:00", "RA-4", "資訊主管 wangdm", "2026-09-03"))
        .run(CONTROL);
    assertThat(FwInput.failing(e)).containsExactlyInAnyOrder(
        Map.of("user", "vendor01", "session_start", "2026-08-12T22:10:00+08:00"),
        Map.of("user", "linzh", "session_start", "2026-06-03T14:00:00+08:00"),
        Map.of("user", "wuhy", "session_start", "2026-09-01T08:00:00+08:00"),
        Map.of("user", "wangdm", "session_start", "2026-09-02T08:00:00+08:00"));
  }

  @Test
  void aReviewOnTheDeadlinePassesAndAnUnreviewedSessionNotYetDueIsNoFinding() {
    Evaluation e = new FwInput().kind("remote-access")
        .add(session("wangdm", "2026-07-01T10:00:00", "RA-5", "陳怡君", "2026-08-01"),
            session("chenyj", "2026-11-15T20:30:00", "RA-6", null, null),
            session("chenyj", "2026-10-20T20:30:00", "RA-7", null, null))
        .run(CONTROL);
    assertThat(FwInput.failing(e)).isEmpty();
    assertThat(e.skipped()).containsEntry("review_not_due", 2);
  }

  @Test
  void noSessionsMeansNothingToCheck() {
    Evaluation e = new FwInput().run(CONTROL);
    assertThat(FwInput.failing(e)).isEmpty();
    assertThat(e.passed()).isZero();
  }
}
