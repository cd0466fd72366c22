package tw.coloaudit.evidence.account;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.coloaudit.evidence.account.Parsing.SYSTEM;
import static tw.coloaudit.evidence.account.Parsing.parse;

import java.util.List;
import org.junit.jupiter.api.Test;
import tw.coloaudit.evidence.spi.Sample;
import tw.coloaudit.model.Provenance;
import tw.coloaudit.model.account.PolicySetting;

class LoginDefsPolicyParserTest {

  private final LoginDefsPolicyParser parser = new LoginDefsPolicyParser();

  @Test
  void readsMaxDaysMinLengthAndUidMin() {
    var r = parse(parser, "login.defs", """
        # /etc/login.defs
        MAIL_DIR        /var/mail
        PASS_MAX_DAYS   90
        PASS_MIN_DAYS   0
        PASS_MIN_LEN    8
        PASS_WARN_AGE   7
        UID_MIN         1000
        UID_MAX         60000
        """);

    assertThat(r.outcomes()).isEqualTo(
        "1 skipped, 2 skipped, 3 used, 4 skipped, 5 used, 6 skipped, 7 used, 8 skipped");
    assertThat(r.records(PolicySetting.class)).containsExactly(
        new PolicySetting(SYSTEM, "max_age_days", 90, "login.defs", Provenance.line("login.defs", 3)),
        new PolicySetting(SYSTEM, "min_length", 8, "login.defs", Provenance.line("login.defs", 5)),
        new PolicySetting(SYSTEM, "uid_min", 1000, "login.defs", Provenance.line("login.defs", 7)));
  }

  @Test
  void readsTheNeverExpiringValuesAsTheLargestInteger() {
    assertThat(maxAge("PASS_MAX_DAYS 99999")).isEqualTo(Integer.MAX_VALUE);
    assertThat(maxAge("PASS_MAX_DAYS 100000")).isEqualTo(Integer.MAX_VALUE);
    assertThat(maxAge("PASS_MAX_DAYS -1")).isEqualTo(Integer.MAX_VALUE);
    assertThat(maxAge("PASS_MAX_DAYS 99998")).isEqualTo(99998);
  }

  @Test
  void keepsTheLastOfRepeatedSettingsAndWarnsAboutTheEarlierOne() {
    var r = parse(parser, "login.defs", """
        PASS_MAX_DAYS 99999
        PASS_MAX_DAYS 60
        """);

    assertThat(r.outcomes()).isEqualTo("1 skipped, 2 used");
    assertThat(r.records(PolicySetting.class)).extracting(PolicySetting::value).containsExactly(60);
    assertThat(r.warnings().get(1)).containsExactly(
        "login.defs sets PASS_MAX_DAYS again on line 2, which overrides this line");
    assertThat(r.warningsZhByLine().get(1)).containsExactly(
        "login.defs 於第 2 行再次設定 PASS_MAX_DAYS，以該行為準，此行不予採用");
  }

  @Test
  void rejectsMissingAndNonNumericValues() {
    var r = parse(parser, "login.defs", "PASS_MAX_DAYS ninety\r\nPASS_MIN_LEN\r\nUID_MIN -5\r\n");

    assertThat(r.outcomes()).isEqualTo("1 rejected, 2 rejected, 3 rejected");
    assertThat(r.rejects())
        .containsEntry(1, "login.defs PASS_MAX_DAYS value 'ninety' is not a whole number")
        .containsEntry(2, "login.defs PASS_MIN_LEN has no value")
        .containsEntry(3, "login.defs UID_MIN value '-5' is out of range");
    assertThat(r.rejectsZh())
        .containsEntry(1, "login.defs 的 PASS_MAX_DAYS 值 'ninety' 不是整數")
        .containsEntry(2, "login.defs 的 PASS_MIN_LEN 沒有設定值")
        .containsEntry(3, "login.defs 的 UID_MIN 值 '-5' 超出可接受的範圍");
    assertThat(r.records()).isEmpty();
  }

  @Test
  void rejectsALineOverTheLengthLimit() {
    var r = parse(parser, "login.defs", "# " + "x".repeat(70_000) + "\nPASS_MIN_LEN 6\n");

    assertThat(r.outcomes()).isEqualTo("1 rejected, 2 used");
  }

  @Test
  void probesByNameAndBySettings() {
    assertThat(parser.probe(new Sample("login.defs", new byte[0], List.of()))).isTrue();
    assertThat(parser.probe(new Sample("defs.txt", new byte[0],
        List.of("MAIL_DIR /var/mail", "PASS_MAX_DAYS 99999")))).isTrue();
    assertThat(parser.probe(new Sample("sshd_config", new byte[0],
        List.of("PermitRootLogin no")))).isFalse();
  }

  private int maxAge(String line) {
    return parse(parser, "login.defs", line + "\n").records(PolicySetting.class).get(0).value();
  }
}
