package tw.coloaudit.evidence.log;

import tw.coloaudit.evidence.testing.TextInput;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tw.coloaudit.evidence.spi.Sample;
import tw.coloaudit.model.log.LoginRecord;

class SyslogLoginParserTest {

  private static LogContext parse(String text, LocalDate bound) {
    return LogContext.parse(new SyslogLoginParser(), TextInput.of("auth.log", text), "colo-gw-1", LogContext.named(bound), LogContext.TAIPEI);
  }

  @Test
  void readsAcceptedFailedAndInvalidUserLinesAsLoginRecords() {
    LogContext r = parse("""
        Nov  3 09:02:11 colo-gw-1 sshd[2101]: Accepted publickey for wangdm from 10.20.5.12 port 50122 ssh2: ED25519 SHA256:x
        Nov  3 09:02:11 colo-gw-1 sshd[2101]: pam_unix(sshd:session): session opened for user wangdm(uid=1000) by (uid=0)
        Nov  3 09:05:40 colo-gw-1 sshd[2110]: Failed password for invalid user admin from 10.20.9.99 port 40001 ssh2
        Nov  3 09:05:41 colo-gw-1 sshd-session[2111]: Invalid user  from 10.20.9.99 port 40002
        Nov  3 09:05:42 colo-gw-1 sshd[2112]: Failed to release session: Interrupted system call
        Nov  3 09:06:00 colo-gw-1 CRON[2113]: pam_unix(cron:session): session opened for user root(uid=0) by (uid=0)
        """, LocalDate.of(2026, 11, 20));

    assertThat(r.outcomes()).isEqualTo("1 used, 2 skipped, 3 used, 4 used, 5 skipped, 6 skipped");
    List<LoginRecord> l = r.logins();
    assertThat(l.get(0)).isEqualTo(new LoginRecord("colo-gw-1", "wangdm", Instant.parse("2026-11-03T01:02:11Z"), "10.20.5.12", true,
        null, "sshd", l.get(0).source()));
    assertThat(l.get(1).user()).isEqualTo("admin");
    assertThat(l.get(1).success()).isFalse();
    assertThat(l.get(2).user()).as("an empty user name is a missing user").isNull();
    assertThat(r.lines()).hasSize(3);
  }

  @Test
  void givesYearsByTheRuleAcrossNewYear() {
    LogContext r = parse("""
        Dec 31 23:59:58 colo-gw-1 sshd[1]: Accepted password for root from 10.20.5.12 port 1 ssh2
        Jan  1 00:00:01 colo-gw-1 sshd[2]: Accepted password for root from 10.20.5.12 port 2 ssh2
        """, LocalDate.of(2026, 1, 1));

    assertThat(r.logins()).extracting(LoginRecord::time)
        .containsExactly(Instant.parse("2025-12-31T15:59:58Z"), Instant.parse("2025-12-31T16:00:01Z"));
    assertThat(r.warnings()).isEmpty();
  }

  @Test
  void warnsOnceWhenTheYearIsGuessedFromTheAsOfDate() {
    LogContext r = LogContext.parse(new SyslogLoginParser(), "auth.log",
        "Dec  1 10:00:00 h sshd[1]: Accepted password for a from 1.2.3.4 port 1 ssh2\nDec  2 10:00:00 h x: y\n", null);

    assertThat(r.warnings()).hasSize(1);
    assertThat(r.warningsZh()).containsExactly("時間戳記沒有年份，檔名也未提供日期：年份自查核基準日 2026-11-21 往回推算");
    assertThat(r.logins().get(0).time()).isEqualTo(Instant.parse("2025-12-01T02:00:00Z"));
  }

  @Test
  void readsRfc5424AndJournaldShortIso() {
    LogContext r = parse("""
        -- Logs begin at Mon 2026-11-02 00:00:01 CST, end at Tue 2026-11-03 10:00:00 CST. --
        <38>1 2026-11-03T09:02:11.123456+08:00 colo-gw-1 sshd 2101 - [meta sequenceId="7"] Accepted password for trader from 10.20.5.31 port 50100 ssh2
        <38>1 - colo-gw-1 sshd 2102 - - Failed password for trader from 10.20.5.31 port 50101 ssh2
        2026-11-03T09:03:00+0800 colo-gw-1 sshd[2103]: Accepted publickey for hungcy from 10.20.5.14 port 50102 ssh2
        """, LocalDate.of(2026, 11, 20));

    assertThat(r.outcomes()).isEqualTo("1 skipped, 2 used, 3 used, 4 used");
    assertThat(r.logins()).extracting(LoginRecord::time)
        .containsExactly(Instant.parse("2026-11-03T01:02:11.123456Z"), null, Instant.parse("2026-11-03T01:03:00Z"));
  }

  @Test
  void readsCrlfLinesAndRejectsWhatIsNotSyslog() {
    LogContext r = parse("garbage before any header\r\nNov  3 09:02:11 colo-gw-1 sshd[1]: Accepted password for a from 1.2.3.4 port 1 ssh2\r\n"
        + "  continuation of the line above\r\nFeb 30 10:00:00 colo-gw-1 sshd[1]: x\r\n", LocalDate.of(2026, 11, 20));

    assertThat(r.outcomes()).isEqualTo("1 rejected, 2 used, 3 skipped, 4 rejected");
    assertThat(r.rejectsZh()).containsExactly(
        org.assertj.core.api.Assertions.entry(1, "不是 syslog 格式的行：沒有 RFC 3164、RFC 5424 或 ISO 時間戳記"),
        org.assertj.core.api.Assertions.entry(4, "日期不存在：2 月 30 日"));
    assertThat(r.logins().get(0).origin()).isEqualTo("1.2.3.4");
  }

  @Test
  void warnsWhenALineNamesAnotherHostThanTheManifest() {
    LogContext r = parse("Nov  3 09:02:11 colo-db-9 sshd[1]: Accepted password for a from 1.2.3.4 port 1 ssh2\n", LocalDate.of(2026, 11, 20));

    assertThat(r.logins().get(0).system()).isEqualTo("colo-gw-1");
    assertThat(r.warnings()).hasSize(1);
    assertThat(r.warningsZh()).containsExactly("此行的主機為 colo-db-9，但清單項目指定 colo-gw-1；以 colo-gw-1 讀取");
  }

  @Test
  void probesSyslogButNotLastOutput() {
    SyslogLoginParser p = new SyslogLoginParser();
    assertThat(p.probe(new Sample("auth.log", new byte[0], List.of("Nov  3 09:02:11 colo-gw-1 sshd[1]: x")))).isTrue();
    assertThat(p.probe(new Sample("last.txt", new byte[0], List.of("root     tty1         Tue Nov  3 10:15   still logged in")))).isFalse();
  }
}
