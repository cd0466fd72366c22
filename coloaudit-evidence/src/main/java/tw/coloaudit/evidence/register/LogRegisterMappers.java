package tw.coloaudit.evidence.register;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import tw.coloaudit.model.log.LogReview;
import tw.coloaudit.model.log.PrivilegedApproval;

/** The row mappers of the login-log family's registers: privileged-use approvals and log reviews. */
final class LogRegisterMappers {

  private LogRegisterMappers() {}

  static List<Object> privilegedApproval(RegisterRow r) throws ValueException {
    Instant start = r.timestamp("start");
    Instant end = r.timestamp("end");
    // A window written as dates only ("2026-05-01 to 2026-05-03") includes the whole last day.
    if (end != null && ZonedDateTime.ofInstant(end, r.zone()).toLocalTime().equals(LocalTime.MIDNIGHT)) {
      end = end.plusSeconds(86_399);
    }
    if (start != null && end != null && end.isBefore(start)) {
      throw r.fail("end", "結束時間早於開始時間", "the window ends before it starts");
    }
    return List.of(
        new PrivilegedApproval(
            r.system(), r.text("account"), r.text("requester"), start, end, r.text("approver"), r.date("approved_on"),
            r.source()));
  }

  static List<Object> logReview(RegisterRow r) throws ValueException {
    return List.of(
        new LogReview(
            r.system(), r.date("reviewed_on"), r.date("period_from"), r.date("period_to"), r.text("reviewer"), r.source()));
  }
}
