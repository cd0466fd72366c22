package tw.coloaudit.controls.account;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import tw.coloaudit.controls.AuditControl;
import tw.coloaudit.controls.AuditInput;
import tw.coloaudit.controls.Control;
import tw.coloaudit.controls.Evaluation;
import tw.coloaudit.controls.PolicyKeys;
import tw.coloaudit.controls.support.AccountSupport;
import tw.coloaudit.facts.account.PasswordPolicyFacts;
import tw.coloaudit.model.Localized;
import tw.coloaudit.model.Severity;
import tw.coloaudit.model.Subject;
import tw.coloaudit.model.SystemDef;
import tw.coloaudit.model.account.PolicySetting;

/** PWD-POLICY: each system's configured password policy demands the minimum length, classes and maximum age. */
@Control(
    id = "PWD-POLICY",
    family = "accounts",
    pattern = 6,
    titleZh = "密碼政策符合最低要求",
    titleEn = "Password policy meets the minimums",
    checksZh = "每個重要系統及提供密碼政策證據的系統，其設定的密碼最小長度、最少字元種類不低於下限，密碼最長使用天數不超過上限；"
        + "pwquality 的 minlen 優先於 login.defs 的 PASS_MIN_LEN。證據中未設定的項目列為缺失。",
    checksEn = "On every important system and every system with password-policy evidence, the configured minimum "
        + "length and character classes are at least the minimums and the maximum age is within the limit; pwquality "
        + "minlen wins over login.defs PASS_MIN_LEN. A setting the evidence does not set fails.",
    severity = Severity.MEDIUM,
    refs = {"CC-18000", "TWSE 2020-12-31 co-location audit findings, pattern 6"},
    requires = {"password-policy"},
    policy = {"password_min_length", "password_min_classes", "password_max_age_days"},
    subjects = {"system,setting"})
public final class PasswordPolicyMeetsMinimums implements AuditControl {

  private record Rule(String setting, int limit, boolean atMost, String zh, String en) {}

  @Override
  public void evaluate(AuditInput in, Evaluation out) {
    PasswordPolicyFacts facts = AccountSupport.passwordPolicy(in);
    List<Rule> rules =
        List.of(
            new Rule(PolicySetting.MIN_LENGTH, in.policy().intValue(PolicyKeys.PASSWORD_MIN_LENGTH), false, "密碼最小長度", "minimum password length"),
            new Rule(PolicySetting.MIN_CLASSES, in.policy().intValue(PolicyKeys.PASSWORD_MIN_CLASSES), false, "密碼最少字元種類", "minimum character classes"),
            new Rule(PolicySetting.MAX_AGE_DAYS, in.policy().intValue(PolicyKeys.PASSWORD_MAX_AGE_DAYS), true, "密碼最長使用天數", "maximum password age"));
    TreeSet<String> systems = new TreeSet<>(facts.systems());
    in.importantSystems().stream().map(SystemDef::id).forEach(systems::add);
    for (String system : systems) {
      if (facts.settings(system).isEmpty()) {
        out.noEvidence(Subject.of("system", system), "password-policy");
        continue;
      }
      for (Rule rule : rules) check(system, rule, facts.effective(system, rule.setting()), out);
    }
  }

  private static void check(String system, Rule rule, Optional<PolicySetting> found, Evaluation out) {
    Subject subject = Subject.of("system", system, "setting", rule.setting());
    if (found.isEmpty()) {
      out.fail(
          subject,
          Localized.of(
              "系統 " + system + " 的密碼政策證據未設定" + rule.zh() + "。",
              "The password-policy evidence of system " + system + " sets no " + rule.en() + "."),
          Map.of("value", "unset", "limit", rule.limit()),
          List.of());
      return;
    }
    PolicySetting s = found.get();
    boolean ok = rule.atMost() ? s.value() <= rule.limit() : s.value() >= rule.limit();
    if (ok) {
      out.pass(subject);
      return;
    }
    boolean never = rule.atMost() && s.value() == Integer.MAX_VALUE;
    String shown = never ? "never" : String.valueOf(s.value());
    Map<String, Object> observed = new LinkedHashMap<>();
    observed.put("value", never ? "never" : s.value());
    observed.put("limit", rule.limit());
    observed.put("origin", String.valueOf(s.origin()));
    Localized message =
        never
            ? Localized.of(
                "系統 " + system + " 設定密碼永不過期（上限 " + rule.limit() + " 天）。",
                "System " + system + " lets passwords never expire (limit " + rule.limit() + " days).")
            : Localized.of(
                "系統 " + system + " 設定之" + rule.zh() + "為 " + shown + "（" + (rule.atMost() ? "上限 " : "下限 ") + rule.limit() + "）。",
                "System " + system + " sets its " + rule.en() + " to " + shown + " (" + (rule.atMost() ? "limit " : "minimum ")
                    + rule.limit() + ").");
    out.fail(subject, message, observed, List.of(s.source()));
  }
}
