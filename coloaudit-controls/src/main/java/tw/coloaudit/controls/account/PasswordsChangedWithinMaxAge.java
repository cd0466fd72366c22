package tw.coloaudit.controls.account;

import static tw.coloaudit.controls.support.AccountScope.Exclusion.CANNOT_LOG_IN;
import static tw.coloaudit.controls.support.AccountScope.Exclusion.CUSTOMER;
import static tw.coloaudit.controls.support.AccountScope.Exclusion.DISABLED;
import static tw.coloaudit.controls.support.AccountScope.Exclusion.KEY_ONLY;
import static tw.coloaudit.controls.support.AccountScope.Exclusion.SYSTEM_ACCOUNT;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tw.coloaudit.controls.AuditControl;
import tw.coloaudit.controls.AuditInput;
import tw.coloaudit.controls.Control;
import tw.coloaudit.controls.Evaluation;
import tw.coloaudit.controls.PolicyKeys;
import tw.coloaudit.controls.support.AccountScope;
import tw.coloaudit.controls.support.AccountSupport;
import tw.coloaudit.controls.support.Days;
import tw.coloaudit.facts.account.Account;
import tw.coloaudit.facts.account.AccountFacts;
import tw.coloaudit.model.Localized;
import tw.coloaudit.model.Severity;
import tw.coloaudit.model.Subject;

/** PWD-AGE: every account that logs in with a password changed it within the maximum age. */
@Control(
    id = "PWD-AGE",
    family = "accounts",
    pattern = 6,
    titleZh = "密碼於最長使用期限內變更",
    titleEn = "Passwords changed within the maximum age",
    checksZh = "範圍內的每個帳號（不含停用、完全無法登入、僅限金鑰登入、系統帳號及客戶帳號）至查核基準日止，"
        + "距上次變更密碼的天數不超過上限。shadow 最後變更日為 0（下次登入須變更）視為通過；無變更紀錄者列為缺失。",
    checksEn = "Every account in scope (not disabled, able to log in with a password, not a system or customer "
        + "account) last changed its password no more than the limit before the as-of date. A shadow last change "
        + "of 0 (must change at next login) passes; an account with no known change fails.",
    severity = Severity.MEDIUM,
    refs = {"CC-18000", "TWSE 2020-12-31 co-location audit findings, pattern 6"},
    requires = {"accounts"},
    uses = {"people"},
    policy = {"password_max_age_days"},
    subjects = {"system,account"})
public final class PasswordsChangedWithinMaxAge implements AuditControl {

  /** How many password ages {@code observed.password_ages} lists at most (the oldest first), for the report's chart. */
  static final int MAX_AGES_LISTED = 2000;

  private static final AccountScope SCOPE =
      AccountScope.skipping(DISABLED, CANNOT_LOG_IN, KEY_ONLY, SYSTEM_ACCOUNT, CUSTOMER);

  @Override
  public void evaluate(AuditInput in, Evaluation out) {
    int limit = in.policy().intValue(PolicyKeys.PASSWORD_MAX_AGE_DAYS);
    AccountFacts facts = AccountSupport.accounts(in);
    int mustChange = 0;
    List<Map<String, Object>> ages = new ArrayList<>();
    for (Account a : facts.all()) {
      Optional<String> skip = SCOPE.skipReason(a, in.asOf(), facts.uidMin(a.system()));
      if (skip.isPresent()) {
        out.skip(skip.get());
        continue;
      }
      Subject subject = AccountSupport.subject(a);
      if (a.mustChangePassword()) {
        mustChange++;
        out.pass(subject);
        continue;
      }
      LocalDate changed = a.passwordChangedOn();
      if (changed == null) {
        out.fail(
            subject,
            Localized.of(
                a.system() + " 上的帳號 " + a.name() + " 無密碼變更紀錄（上限 " + limit + " 天）。",
                "Account " + a.name() + " on " + a.system() + " has no known password change (limit " + limit + " days)."),
            Map.of("password_changed_on", "unknown", "limit_days", limit),
            AccountSupport.accountLines(a));
        continue;
      }
      long age = Days.between(changed, in.asOf());
      ages.add(ageEntry(a.system(), a.name(), age));
      if (age <= limit) {
        out.pass(subject);
        continue;
      }
      Map<String, Object> observed = new LinkedHashMap<>();
      observed.put("password_changed_on", changed.toString());
      observed.put("password_age_days", age);
      observed.put("limit_days", limit);
      out.fail(
          subject,
          Localized.of(
              a.system() + " 上的帳號 " + a.name() + " 的密碼已 " + age + " 天未變更（上限 " + limit + " 天）。",
              "Account " + a.name() + " on " + a.system() + " last changed its password " + Days.en(age)
                  + " ago (limit " + limit + ")."),
          observed,
          AccountSupport.accountLines(a));
    }
    out.observe("must_change_at_next_login", mustChange);
    ages.sort(
        Comparator.<Map<String, Object>>comparingLong(m -> -(long) m.get("age_days"))
            .thenComparing(m -> (String) m.get("system"))
            .thenComparing(m -> (String) m.get("account")));
    out.observe("password_ages", List.copyOf(ages.subList(0, Math.min(ages.size(), MAX_AGES_LISTED))));
    out.observe("password_ages_total", ages.size());
  }

  private static Map<String, Object> ageEntry(String system, String account, long age) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("system", system);
    m.put("account", account);
    m.put("age_days", age);
    return m;
  }
}
