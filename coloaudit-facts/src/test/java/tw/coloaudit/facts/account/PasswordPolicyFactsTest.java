package tw.coloaudit.facts.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tw.coloaudit.model.Provenance;
import tw.coloaudit.model.account.PolicySetting;

class PasswordPolicyFactsTest {

  private static PolicySetting setting(String system, String name, int value, String origin, String file, int line) {
    return new PolicySetting(system, name, value, origin, Provenance.line(file, line));
  }

  @Test
  void pwqualityMinimumLengthWinsOverLoginDefs() {
    PasswordPolicyFacts facts =
        PasswordPolicyFacts.build(
            List.of(
                setting("gw", "min_length", 5, "login.defs", "gw/login.defs", 27),
                setting("gw", "min_length", 12, "pwquality", "gw/pwquality.conf", 11),
                setting("gw", "max_age_days", 90, "login.defs", "gw/login.defs", 25)));

    assertThat(facts.minLength("gw")).map(PolicySetting::value).contains(12);
    assertThat(facts.minLength("gw")).map(PolicySetting::source).contains(Provenance.line("gw/pwquality.conf", 11));
    assertThat(facts.maxAgeDays("gw")).map(PolicySetting::value).contains(90);
    assertThat(facts.minClasses("gw")).isEmpty();
    assertThat(facts.systems()).containsExactly("gw");
  }

  @Test
  void keepsTheLargerCharacterClassCountAndTheLastLengthWithinOneSource() {
    PasswordPolicyFacts facts =
        PasswordPolicyFacts.build(
            List.of(
                setting("gw", "min_classes", 3, "pwquality", "gw/pwquality.conf", 4),
                setting("gw", "min_classes", 2, "pwquality", "gw/pwquality.conf", 9),
                setting("gw", "min_length", 8, "pwquality", "gw/pwquality.conf", 2),
                setting("gw", "min_length", 10, "pwquality", "gw/pwquality.conf", 12)));

    assertThat(facts.minClasses("gw")).map(PolicySetting::value).contains(3);
    assertThat(facts.minLength("gw")).map(PolicySetting::source).contains(Provenance.line("gw/pwquality.conf", 12));
  }

  @Test
  void aConfigurationFileWinsOverTheRegister() {
    PasswordPolicyFacts facts =
        PasswordPolicyFacts.build(
            List.of(
                setting("win", "max_age_days", 60, "register", "policy.csv", 3),
                setting("win", "max_age_days", 180, "secedit", "win/secpol.inf", 8)));

    assertThat(facts.maxAgeDays("win")).map(PolicySetting::value).contains(180);
    assertThat(facts.maxAgeDays("gw")).isEmpty();
  }
}
