package tw.coloaudit.evidence.log;

import tw.coloaudit.evidence.testing.TextInput;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import tw.coloaudit.model.log.LoginRecord;

class LastLoginParserTest {

  @Test
  void takesYearsFromTheFooterGoingBackAcrossNewYear() {
    LogContext r = LogContext.parse(new LastLoginParser(), "last.txt", """
        chenyj   pts/0        10.20.5.22       Tue Jan  5 09:20 - 09:41  (00:21)
        root     tty1                          Wed Dec 30 10:15 - 10:48  (00:33)
        reboot   system boot  6.1.0-26-amd64   Wed Dec 30 10:12   still running

        wtmp begins Tue Dec  1 00:00:02 2020
        """, "colo-db-1");

    assertThat(r.counts()).isEqualTo("2 used, 2 skipped, 0 rejected");
    assertThat(r.logins()).extracting(LoginRecord::time)
        .containsExactly(Instant.parse("2021-01-05T01:20:00Z"), Instant.parse("2020-12-30T02:15:00Z"));
    assertThat(r.logins().get(1).origin()).as("a local login's source is its terminal").isEqualTo("tty1");
    assertThat(r.lines()).hasSize(2);
  }

  @Test
  void readsFullAndIsoTimesWithCrlf() {
    LogContext r = LogContext.parse(new LastLoginParser(), "last.txt",
        "root     tty1         0.0.0.0          Tue Nov  3 10:15:22 2026 - Tue Nov  3 10:48:40 2026  (00:33)\r\n"
            + "wangdm   pts/1        10.20.5.12       2026-11-04T09:00:00+08:00 - 2026-11-04T09:30:00+08:00  (00:30)\r\n",
        "colo-db-1");

    assertThat(r.logins()).extracting(LoginRecord::time)
        .containsExactly(Instant.parse("2026-11-03T02:15:22Z"), Instant.parse("2026-11-04T01:00:00Z"));
    assertThat(r.logins()).extracting(LoginRecord::origin).containsExactly("0.0.0.0", "10.20.5.12");
  }

  @Test
  void rejectsLinesThatAreNotLastEntries() {
    LogContext r = LogContext.parse(new LastLoginParser(), "last.txt",
        "nonsense\nroot     tty1         Tue Feb 30 10:15 - 10:48  (00:33)\n\nwtmp begins Tue Dec  1 00:00:02 2026\n", "colo-db-1");

    assertThat(r.outcomes()).isEqualTo("1 rejected, 2 rejected, 4 skipped");
    assertThat(r.rejectsZh().get(1)).isEqualTo("不是 `last` 輸出的紀錄");
    assertThat(r.rejects().get(2)).startsWith("unreadable login time: ");
    assertThat(r.rejectsZh().get(2)).as("the JDK's English stays out of the Chinese").isEqualTo("無法將 'Tue Feb 30 10:15' 讀為登入時間");
  }

  @Test
  void withoutAFooterTheYearBoundGivesTheYearAndAWarning() {
    LogContext r = LogContext.parse(new LastLoginParser(), "last.txt", "root     tty1         Mon Dec 28 10:15 - 10:48  (00:33)\n", "db");

    assertThat(r.logins().get(0).time()).isEqualTo(Instant.parse("2025-12-28T02:15:00Z"));
    assertThat(r.warnings()).hasSize(1);
    assertThat(r.warningsZh()).containsExactly("`last` 一般格式的輸出沒有 `begins` 結尾行：年份自查核基準日往回推算");
    LogContext named = LogContext.parse(new LastLoginParser(), TextInput.of("last.txt", "root     tty1         Mon Dec 28 10:15 - 10:48  (00:33)\n"),
        "db", LogContext.named(LocalDate.of(2027, 1, 3)), LogContext.TAIPEI);
    assertThat(named.logins().get(0).time()).isEqualTo(Instant.parse("2026-12-28T02:15:00Z"));
  }
}
