package tw.coloaudit.evidence.account;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.coloaudit.evidence.account.Parsing.SYSTEM;
import static tw.coloaudit.evidence.account.Parsing.parse;

import java.util.List;
import org.junit.jupiter.api.Test;
import tw.coloaudit.evidence.spi.Sample;
import tw.coloaudit.model.Provenance;
import tw.coloaudit.model.account.PolicySetting;

class PwqualityPolicyParserTest {

  private final PwqualityPolicyParser parser = new PwqualityPolicyParser();

  @Test
  void countsNegativeCreditsAsRequiredClasses() {
    var r = parse(parser, "pwquality.conf", """
        # minlen = 9
        minlen = 12
        dcredit = -1
        ucredit=-1
        lcredit = 0
        ocredit = 1
        minclass = 1
        dictcheck = 1
        enforce_for_root
        """);

    assertThat(r.outcomes()).isEqualTo("1 skipped, 2 used, 3 used, 4 used, 5 used, 6 used, "
        + "7 used, 8 skipped, 9 skipped");
    assertThat(r.records(PolicySetting.class)).containsExactly(
        new PolicySetting(SYSTEM, "min_length", 12, "pwquality", Provenance.line("pwquality.conf", 2)),
        // two negative credits beat minclass 1; the second of them decided it
        new PolicySetting(SYSTEM, "min_classes", 2, "pwquality", Provenance.line("pwquality.conf", 4)));
  }

  @Test
  void takesMinclassWhenItDemandsMoreThanTheCredits() {
    var r = parse(parser, "pwquality.conf", """
        dcredit = -1
        minclass = 3
        """);

    assertThat(r.records(PolicySetting.class)).containsExactly(
        new PolicySetting(SYSTEM, "min_classes", 3, "pwquality", Provenance.line("pwquality.conf", 2)));
  }

  @Test
  void emitsNoClassesWhenNoClassSettingIsPresent() {
    var r = parse(parser, "pwquality.conf", "minlen = 8\n");

    assertThat(r.records(PolicySetting.class)).extracting(PolicySetting::setting)
        .containsExactly("min_length");
  }

  @Test
  void keepsTheLastOfRepeatedSettings() {
    var r = parse(parser, "pwquality.conf", """
        minclass = 4
        minclass = 2
        """);

    assertThat(r.outcomes()).isEqualTo("1 skipped, 2 used");
    assertThat(r.records(PolicySetting.class)).extracting(PolicySetting::value).containsExactly(2);
    assertThat(r.warnings()).containsOnlyKeys(1);
    assertThat(r.warningsZhByLine().get(1)).containsExactly(
        "pwquality.conf 於第 2 行再次設定 minclass，以該行為準，此行不予採用");
  }

  @Test
  void rejectsBadValuesAndLinesThatAreNotSettings() {
    var r = parse(parser, "pwquality.conf", "minlen = ten\r\nminclass =\r\n= 5\r\nucredit = -1\r\n");

    assertThat(r.outcomes()).isEqualTo("1 rejected, 2 rejected, 3 rejected, 4 used");
    assertThat(r.rejects())
        .containsEntry(1, "pwquality minlen value 'ten' is not a whole number")
        .containsEntry(2, "pwquality minclass has no value")
        .containsEntry(3, "pwquality line is not a 'setting = value' line");
    assertThat(r.rejectsZh())
        .containsEntry(1, "pwquality 的 minlen 值 'ten' 不是整數")
        .containsEntry(3, "pwquality 行不是 'setting = value' 格式的設定行");
    assertThat(r.records(PolicySetting.class)).containsExactly(
        new PolicySetting(SYSTEM, "min_classes", 1, "pwquality", Provenance.line("pwquality.conf", 4)));
  }

  @Test
  void rejectsALineOverTheLengthLimit() {
    var r = parse(parser, "pwquality.conf", "badwords = " + "x".repeat(70_000) + "\nminlen = 8\n");

    assertThat(r.outcomes()).isEqualTo("1 rejected, 2 used");
  }

  @Test
  void probesByNameAndByCommentedDefaults() {
    assertThat(parser.probe(new Sample("pwquality.conf", new byte[0], List.of()))).isTrue();
    assertThat(parser.probe(new Sample("policy.txt", new byte[0],
        List.of("# difok = 1", "# minlen = 8", "# dcredit = 0")))).isTrue();
    assertThat(parser.probe(new Sample("login.defs", new byte[0],
        List.of("PASS_MIN_LEN 8")))).isFalse();
  }
}
