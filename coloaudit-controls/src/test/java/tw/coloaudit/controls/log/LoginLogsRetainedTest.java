package tw.coloaudit.controls.log;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.coloaudit.controls.log.LogPack.failing;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import tw.coloaudit.controls.Evaluation;
import tw.coloaudit.model.Subject;

class LoginLogsRetainedTest {

  // Window with a 1-year retention: 2025-11-20 00:00 to 2026-11-20 00:00 (Asia/Taipei), gaps over 24 h fail.
  private static LogPack pack() {
    return new LogPack().policy("audit_log_retention_years", 1).system("gw", true).system("db", true)
        .system("new", true, LocalDate.parse("2026-11-18")).system("lab", false);
  }

  @Test
  void listsEveryGapLongerThanTheToleranceIncludingTheWindowEdges() {
    Evaluation e = pack()
        .lines("""
            gw,2025-11-19T23:00:00      # before the window: the window's start is the edge
            gw,2025-11-20T22:00:00
            gw,2025-11-21T22:00:00      # exactly 24 h later: passes
            gw,2025-11-22T22:00:01      # 24 h 1 s: FAIL 2025-11-21 to 2025-11-22
            gw,2026-11-19T12:00:00      # FAIL 2025-11-22 to 2026-11-19
            db,2026-01-10T08:00:00      # FAIL late start 2025-11-20 to 2026-01-10
            db,2026-11-19T00:00:00      # FAIL 2026-01-10 to 2026-11-19; 24 h before the as-of date: passes
            new,2026-11-18T00:00:00     # since 2026-11-18: the window starts there
            new,2026-11-19T01:00:00     # 25 h: FAIL 2026-11-18 to 2026-11-19
            lab,2026-01-01T00:00:00     # not important
            """)
        .logins("gw,wangdm,2026-06-01T09:00:00,10.20.5.12,Y   # a login counts like any line")
        .run(new LoginLogsRetained());

    assertThat(failing(e)).containsExactlyInAnyOrder(
        Subject.of("system", "gw", "from", "2025-11-21", "to", "2025-11-22"),
        Subject.of("system", "gw", "from", "2025-11-22", "to", "2026-06-01"),
        Subject.of("system", "gw", "from", "2026-06-01", "to", "2026-11-19"),
        Subject.of("system", "db", "from", "2025-11-20", "to", "2026-01-10"),
        Subject.of("system", "db", "from", "2026-01-10", "to", "2026-11-19"),
        Subject.of("system", "new", "from", "2026-11-18", "to", "2026-11-19"));
    assertThat(e.failures()).allMatch(f -> !f.evidence().isEmpty());
  }

  @Test
  void passesLogsWithNoGapLongerThanTheTolerance() {
    StringBuilder lines = new StringBuilder();
    for (LocalDate d = LocalDate.parse("2025-11-19"); d.isBefore(LogPack.AS_OF); d = d.plusDays(1)) {
      lines.append("gw,").append(d).append("T12:00:00\n");
    }
    Evaluation e = new LogPack().policy("audit_log_retention_years", 1).system("gw", true).lines(lines.toString())
        .run(new LoginLogsRetained());

    assertThat(failing(e)).isEmpty();
    assertThat(e.passed()).isEqualTo(1);
  }

  @Test
  void aGapToTheAsOfDateIsAFinding() {
    Evaluation e = pack().lines("gw,2025-11-20T00:00:00\ngw,2026-11-18T23:59:59").run(new LoginLogsRetained());

    assertThat(failing(e)).contains(Subject.of("system", "gw", "from", "2026-11-18", "to", "2026-11-20"));
  }

  @Test
  void leavesAnImportantSystemWithoutLoginLogsToTheMissingEvidenceRule() {
    Evaluation e = pack().lines("lab,2026-01-01T00:00:00").run(new LoginLogsRetained());

    assertThat(failing(e)).isEmpty();
    assertThat(e.passed()).isZero();
  }
}
