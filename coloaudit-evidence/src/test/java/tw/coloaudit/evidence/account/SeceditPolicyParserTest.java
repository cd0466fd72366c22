package tw.coloaudit.evidence.account;

import tw.coloaudit.evidence.testing.TextInput;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static tw.coloaudit.evidence.account.Parsing.SYSTEM;

import java.util.List;
import org.junit.jupiter.api.Test;
import tw.coloaudit.evidence.spi.Sample;
import tw.coloaudit.model.Provenance;
import tw.coloaudit.model.account.PolicySetting;

class SeceditPolicyParserTest {

  private final SeceditPolicyParser parser = new SeceditPolicyParser();

  // As `secedit /export /cfg secpol.inf` writes it: UTF-16LE, BOM, CRLF.
  private static final String EXPORT = """
      [Unicode]
      Unicode=yes
      [System Access]
      MinimumPasswordAge = 0
      MaximumPasswordAge = 42
      MinimumPasswordLength = 8
      PasswordComplexity = 1
      PasswordHistorySize = 24
      LockoutBadCount = 0
      NewAdministratorName = "Administrator"
      [Event Audit]
      AuditSystemEvents = 0
      [Version]
      signature="$CHICAGO$"
      Revision=1
      """.replace("\n", "\r\n");

  @Test
  void readsThePasswordSettingsOfSystemAccessFromUtf16() {
    var r = run(EXPORT);

    assertThat(r.outcomes()).isEqualTo("1 skipped, 2 skipped, 3 skipped, 4 skipped, 5 used, "
        + "6 used, 7 used, 8 skipped, 9 skipped, 10 skipped, 11 skipped, 12 skipped, 13 skipped, "
        + "14 skipped, 15 skipped");
    assertThat(r.records(PolicySetting.class)).containsExactly(
        new PolicySetting(SYSTEM, "max_age_days", 42, "secedit", Provenance.line("secpol.inf", 5)),
        new PolicySetting(SYSTEM, "min_length", 8, "secedit", Provenance.line("secpol.inf", 6)),
        new PolicySetting(SYSTEM, "min_classes", 3, "secedit", Provenance.line("secpol.inf", 7)));
  }

  @Test
  void readsNeverExpiringAgesAndNoComplexity() {
    var r = run("""
        [System Access]
        MaximumPasswordAge = -1
        PasswordComplexity = 0
        """);

    assertThat(r.records(PolicySetting.class)).extracting(PolicySetting::setting, PolicySetting::value)
        .containsExactly(
            tuple("max_age_days", Integer.MAX_VALUE),
            tuple("min_classes", 1));
    assertThat(run("[System Access]\nMaximumPasswordAge = 0\n").records(PolicySetting.class)
        .get(0).value()).isEqualTo(Integer.MAX_VALUE);
  }

  @Test
  void ignoresPasswordKeysOutsideSystemAccess() {
    var r = run("""
        [Registry Values]
        MinimumPasswordLength = 1
        """);

    assertThat(r.outcomes()).isEqualTo("1 skipped, 2 skipped");
    assertThat(r.records()).isEmpty();
  }

  @Test
  void rejectsValuesWindowsWouldNotWrite() {
    var r = run("""
        [System Access]
        PasswordComplexity = 2
        MinimumPasswordLength = eight
        MaximumPasswordAge = -7
        """);

    assertThat(r.outcomes()).isEqualTo("1 skipped, 2 rejected, 3 rejected, 4 rejected");
    assertThat(r.rejects())
        .containsEntry(2, "PasswordComplexity value 2 is neither 0 nor 1")
        .containsEntry(3, "MinimumPasswordLength value 'eight' is not a whole number")
        .containsEntry(4, "MaximumPasswordAge value -7 is neither -1 nor a number of days");
    assertThat(r.rejectsZh())
        .containsEntry(2, "PasswordComplexity 的值 2 既不是 0 也不是 1")
        .containsEntry(3, "MinimumPasswordLength 的值 'eight' 不是整數")
        .containsEntry(4, "MaximumPasswordAge 的值 -7 既不是 -1 也不是天數");
  }

  @Test
  void keepsTheLastOfRepeatedSettingsAndWarnsAboutTheEarlierOne() {
    var r = run("""
        [System Access]
        MinimumPasswordLength = 8
        MinimumPasswordLength = 12
        """);

    assertThat(r.outcomes()).isEqualTo("1 skipped, 2 skipped, 3 used");
    assertThat(r.records(PolicySetting.class)).extracting(PolicySetting::value).containsExactly(12);
    assertThat(r.warnings().get(2)).containsExactly(
        "the security template sets MinimumPasswordLength again on line 3, which overrides this line");
    assertThat(r.warningsZhByLine().get(2)).containsExactly(
        "安全性範本於第 3 行再次設定 MinimumPasswordLength，以該行為準，此行不予採用");
  }

  @Test
  void rejectsEveryLineWhenTheManifestNamesNoSystem() {
    var r = Parsing.parse(parser, TextInput.utf16le("secpol.inf", EXPORT), null);

    assertThat(r.count(RecordingContext.REJECTED)).isEqualTo(15);
    assertThat(r.records()).isEmpty();
  }

  @Test
  void probesTheSystemAccessSection() {
    assertThat(parser.probe(new Sample("secpol.inf", new byte[0],
        List.of("[Unicode]", "Unicode=yes", "[System Access]")))).isTrue();
    assertThat(parser.probe(new Sample("export.inf", new byte[0], List.of("[Unicode]")))).isTrue();
    assertThat(parser.probe(new Sample("setup.ini", new byte[0], List.of("[Settings]")))).isFalse();
  }

  private RecordingContext run(String text) {
    return Parsing.parse(parser, TextInput.utf16le("secpol.inf", text), SYSTEM);
  }
}
