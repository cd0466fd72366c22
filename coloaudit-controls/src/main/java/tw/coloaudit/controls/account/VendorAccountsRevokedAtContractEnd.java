package tw.coloaudit.controls.account;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tw.coloaudit.controls.AuditControl;
import tw.coloaudit.controls.AuditInput;
import tw.coloaudit.controls.Control;
import tw.coloaudit.controls.Evaluation;
import tw.coloaudit.controls.PolicyKeys;
import tw.coloaudit.controls.support.AccountSupport;
import tw.coloaudit.controls.support.Days;
import tw.coloaudit.facts.account.Account;
import tw.coloaudit.facts.account.AccountFacts;
import tw.coloaudit.model.Localized;
import tw.coloaudit.model.PartyType;
import tw.coloaudit.model.Provenance;
import tw.coloaudit.model.Severity;
import tw.coloaudit.model.account.Person;

/** ACC-OUTSOURCE-REVOKE: accounts of vendor and outsourced people are disabled no later than their contract end. */
@Control(
    id = "ACC-OUTSOURCE-REVOKE",
    family = "accounts",
    pattern = 5,
    titleZh = "委外人員合約到期即停用帳號",
    titleEn = "Vendor accounts revoked at contract end",
    checksZh = "廠商或委外人員使用的帳號（客戶帳號除外），於合約到期日加寬限日數內停用。已停用或無法登入者，停用日不晚於期限即通過，"
        + "停用日不明者亦通過並於 observed 計數；仍可使用者，合約到期逾寬限日數即列為缺失。合約到期日不明者列為略過。",
    checksEn = "Every account held by a vendor or outsourced person (customer accounts aside) is disabled no later than "
        + "the contract end plus the grace days. A disabled account, or one that cannot log in, passes when it was "
        + "disabled by then or on an unknown date (counted in observed); a usable one fails once the contract ended more "
        + "than the grace days ago. Accounts whose contract end is unknown are skipped.",
    severity = Severity.HIGH,
    refs = {"CC-18000", "CC-19000", "TWSE 2020-12-31 co-location audit findings, pattern 5"},
    requires = {"accounts", "people"},
    policy = {"revoke_grace_days"},
    subjects = {"system,account"})
public final class VendorAccountsRevokedAtContractEnd implements AuditControl {

  @Override
  public void evaluate(AuditInput in, Evaluation out) {
    AccountFacts facts = AccountSupport.accounts(in);
    int grace = in.policy().intValue(PolicyKeys.REVOKE_GRACE_DAYS);
    int vendorAccounts = 0;
    int disabledOnUnknown = 0;
    for (Account a : facts.all()) {
      if (!a.isVendor()) continue;
      vendorAccounts++;
      LocalDate end = contractEnd(a);
      if (a.isCustomer() || end == null) {
        out.skip(a.isCustomer() ? "customer" : "contract_end_unknown");
        continue;
      }
      LocalDate deadline = end.plusDays(grace);
      boolean off = a.isDisabled(in.asOf()) || a.cannotLogIn();
      LocalDate disabledOn = a.disabledOn();
      if (off && disabledOn == null) disabledOnUnknown++;
      if (off ? disabledOn == null || !disabledOn.isAfter(deadline) : Days.between(end, in.asOf()) <= grace) {
        out.pass(AccountSupport.subject(a));
        continue;
      }
      long late = Days.between(end, off ? disabledOn : in.asOf());
      Map<String, Object> observed = new LinkedHashMap<>();
      observed.put("contract_end", end.toString());
      observed.put(off ? "disabled_on" : "enabled_on", off ? disabledOn.toString() : in.asOf().toString());
      observed.put("days_after_contract_end", late);
      observed.put("grace_days", grace);
      List<Provenance> evidence = AccountSupport.accountLines(a);
      a.holders().forEach(p -> evidence.add(p.source()));
      String who = a.system() + " 上的帳號 " + a.name();
      String whoEn = "Account " + a.name() + " on " + a.system();
      out.fail(
          AccountSupport.subject(a),
          off
              ? Localized.of(
                  who + " 於 " + disabledOn + " 停用，晚於合約到期日 " + end + " 達 " + late + " 天（寬限 " + grace + " 天）。",
                  whoEn + " was disabled on " + disabledOn + ", " + Days.en(late) + " after the contract ended on " + end
                      + " (grace " + grace + ").")
              : Localized.of(
                  who + " 於合約到期日 " + end + " 後 " + late + " 天仍未停用（寬限 " + grace + " 天）。",
                  whoEn + " is still enabled " + Days.en(late) + " after the contract ended on " + end + " (grace " + grace + ")."),
          observed,
          evidence);
    }
    out.observe("vendor_accounts", vendorAccounts);
    out.observe("disabled_on_unknown", disabledOnUnknown);
  }

  /** The latest contract end among the vendor holders, else among all holders. */
  private static LocalDate contractEnd(Account a) {
    LocalDate vendor = latest(a.holders().stream().filter(p -> p.type() == PartyType.VENDOR).toList());
    return vendor != null ? vendor : latest(a.holders());
  }

  private static LocalDate latest(List<Person> people) {
    return people.stream().map(Person::contractEnd).filter(d -> d != null).max(LocalDate::compareTo).orElse(null);
  }
}
