package tw.coloaudit.controls.account;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.coloaudit.controls.account.AccountPack.failing;
import static tw.coloaudit.controls.account.AccountPack.failureOf;

import java.util.List;
import org.junit.jupiter.api.Test;
import tw.coloaudit.controls.Evaluation;
import tw.coloaudit.model.Provenance;
import tw.coloaudit.model.Subject;

class PasswordPolicyMeetsMinimumsTest {

  private static Subject setting(String system, String setting) {
    return Subject.of("system", system, "setting", setting);
  }

  // defaults: length 6, classes 2, age 90
  private static AccountPack systems() {
    return new AccountPack()
        .system("gw", true)
        .system("db", true)
        .system("win", false)
        .system("ad", true)
        .passwordPolicy("""
            gw,min_length,5,login.defs           # overridden by pwquality
            gw,min_length,6,pwquality            # pass: exactly 6
            gw,min_classes,2,pwquality           # pass: exactly 2
            gw,max_age_days,90,login.defs        # pass: exactly 90
            db,min_length,5,pwquality            # FAIL: one short
            db,min_classes,1,pwquality           # FAIL
            db,max_age_days,91,login.defs        # FAIL: one day over
            win,min_length,8,secedit             # pass
            win,max_age_days,2147483647,secedit  # FAIL: never expires
            """);
  }

  @Test
  void failsEverySettingBelowTheMinimumOrUnset() {
    Evaluation e = systems().run(new PasswordPolicyMeetsMinimums());

    assertThat(failing(e))
        .containsExactlyInAnyOrder(
            setting("db", "min_length"), setting("db", "min_classes"), setting("db", "max_age_days"),
            setting("win", "max_age_days"), setting("win", "min_classes"));
    assertThat(e.passed()).isEqualTo(4);
  }

  @Test
  void passesValuesExactlyAtTheLimits() {
    Evaluation e = systems().run(new PasswordPolicyMeetsMinimums());

    assertThat(failing(e)).noneMatch(s -> s.get("system").equals("gw"));
  }

  @Test
  void failsOneStepPastEachLimitWhenThePolicyIsStricter() {
    Evaluation e =
        systems()
            .policy("password_min_length", 7)
            .policy("password_min_classes", 3)
            .policy("password_max_age_days", 89)
            .run(new PasswordPolicyMeetsMinimums());

    assertThat(failing(e)).filteredOn(s -> s.get("system").equals("gw"))
        .containsExactlyInAnyOrder(setting("gw", "min_length"), setting("gw", "min_classes"), setting("gw", "max_age_days"));
  }

  @Test
  void namesTheValueTheLimitAndTheDecidingLine() {
    Evaluation e = systems().run(new PasswordPolicyMeetsMinimums());

    Evaluation.Failure length = failureOf(e, setting("db", "min_length"));
    assertThat(length.message().zh()).isEqualTo("系統 db 設定之密碼最小長度為 5（下限 6）。");
    assertThat(length.message().en()).isEqualTo("System db sets its minimum password length to 5 (minimum 6).");
    assertThat(length.evidence()).containsExactly(Provenance.line("password-policy", 5));
    assertThat(failureOf(e, setting("win", "max_age_days")).message().en())
        .isEqualTo("System win lets passwords never expire (limit 90 days).");
    assertThat(failureOf(e, setting("win", "min_classes")).message().en())
        .isEqualTo("The password-policy evidence of system win sets no minimum character classes.");
  }

  @Test
  void listsAnImportantSystemWithoutPasswordPolicyEvidenceAsMissing() {
    Evaluation e = systems().run(new PasswordPolicyMeetsMinimums());

    assertThat(e.missing()).extracting(Evaluation.Failure::subject).containsExactly(Subject.of("system", "ad"));
    assertThat(failing(e)).noneMatch(s -> s.get("system").equals("ad"));
  }

  @Test
  void passesNothingWithoutAnyPasswordPolicyEvidence() {
    Evaluation e = new AccountPack().system("gw", true).run(new PasswordPolicyMeetsMinimums());

    assertThat(e.passed()).isZero();
    assertThat(e.failures()).isEmpty();
    assertThat(e.missing()).extracting(Evaluation.Failure::subject).isEqualTo(List.of(Subject.of("system", "gw")));
  }
}
