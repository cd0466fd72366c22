package tw.coloaudit.controls.account;

import static tw.coloaudit.controls.support.AccountScope.Exclusion.CANNOT_LOG_IN;
import static tw.coloaudit.controls.support.AccountScope.Exclusion.CUSTOMER;
import static tw.coloaudit.controls.support.AccountScope.Exclusion.DISABLED;
import static tw.coloaudit.controls.support.AccountScope.Exclusion.SYSTEM_ACCOUNT;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tw.coloaudit.controls.AuditControl;
import tw.coloaudit.controls.AuditInput;
import tw.coloaudit.controls.Control;
import tw.coloaudit.controls.Evaluation;
import tw.coloaudit.controls.support.AccountScope;
import tw.coloaudit.controls.support.AccountSupport;
import tw.coloaudit.facts.account.Account;
import tw.coloaudit.facts.account.AccountFacts;
import tw.coloaudit.facts.account.People;
import tw.coloaudit.model.Localized;
import tw.coloaudit.model.Provenance;
import tw.coloaudit.model.Severity;
import tw.coloaudit.model.Subject;
import tw.coloaudit.model.account.Person;

/** ACC-UNIQUE: one person, one ID — each account has exactly one holder and each person id is used once. */
@Control(
    id = "ACC-UNIQUE",
    family = "accounts",
    pattern = 5,
    titleZh = "一人一帳號，帳號不共用",
    titleEn = "Each account is held by one person",
    checksZh = "範圍內的每個帳號（不含停用、完全無法登入、系統帳號及客戶帳號）經帳號清冊的使用人或人員名冊的帳號欄，"
        + "恰對應一位人員；無人或多人使用者列為缺失，並註明帳號名稱是否為共用性名稱（test、guest、ops、trader、user、admin 等）。"
        + "人員名冊中重複的人員代號亦列為缺失。",
    checksEn = "Every account in scope (not disabled, able to log in, not a system or customer account) is held by "
        + "exactly one person, through the accounts' holder or the people register's accounts; an account held by "
        + "nobody or by several people is flagged, saying when its name is a generic one (test, guest, ops, trader, "
        + "user, admin…). A person id used twice in the people register is flagged.",
    severity = Severity.MEDIUM,
    refs = {"CC-18000", "TWSE 2020-12-31 co-location audit findings, pattern 5"},
    requires = {"accounts", "people"},
    subjects = {"system,account", "person"})
public final class EachAccountHeldByOnePerson implements AuditControl {

  private static final AccountScope SCOPE = AccountScope.skipping(DISABLED, CANNOT_LOG_IN, SYSTEM_ACCOUNT, CUSTOMER);

  private static final Set<String> GENERIC =
      Set.of("test", "guest", "ops", "trader", "user", "admin", "administrator", "operator", "oper", "temp", "tmp",
          "demo", "shared", "public", "support", "service", "dealer", "backup", "monitor", "sales", "teller");

  @Override
  public void evaluate(AuditInput in, Evaluation out) {
    AccountFacts facts = AccountSupport.accounts(in);
    People people = AccountSupport.people(in);
    boolean peoplePresent = AccountSupport.present(in, "people", people.all());
    for (Account a : facts.all()) {
      Optional<String> skip = SCOPE.skipReason(a, in.asOf(), facts.uidMin(a.system()));
      List<String> holders = a.holderIds();
      if (skip.isEmpty() && holders.isEmpty() && !peoplePresent) skip = Optional.of("no_people");
      if (skip.isPresent()) {
        out.skip(skip.get());
        continue;
      }
      if (holders.size() == 1) {
        out.pass(AccountSupport.subject(a));
        continue;
      }
      boolean generic = isGeneric(a.bareName());
      String zh = a.system() + " 上的帳號 " + a.name()
          + (holders.isEmpty() ? " 無對應使用人" : " 由 " + holders.size() + " 人共用（" + String.join("、", holders) + "）")
          + (generic ? "，且帳號名稱為共用性名稱。" : "。");
      String en = "Account " + a.name() + " on " + a.system()
          + (holders.isEmpty() ? " is held by nobody" : " is held by " + holders.size() + " people (" + String.join(", ", holders) + ")")
          + (generic ? "; its name is a generic one." : ".");
      Map<String, Object> observed = new LinkedHashMap<>();
      observed.put("holders", holders);
      observed.put("generic_name", generic);
      List<Provenance> evidence = AccountSupport.accountLines(a);
      a.holders().forEach(p -> evidence.add(p.source()));
      out.fail(AccountSupport.subject(a), Localized.of(zh, en), observed, evidence);
    }
    for (String id : people.duplicateIds()) {
      List<Person> rows = people.rowsOf(id);
      out.fail(
          Subject.of("person", id),
          Localized.of(
              "人員代號 " + id + " 在人員名冊中出現 " + rows.size() + " 次。",
              "Person id " + id + " appears " + rows.size() + " times in the people register."),
          Map.of("rows", rows.size()),
          rows.stream().map(Person::source).toList());
    }
  }

  /** A well-known shared name, also with a number or separator after it (test01, user_2). */
  static boolean isGeneric(String name) {
    String n = name.toLowerCase(Locale.ROOT).replaceAll("[-_.]?\\d+$", "");
    return GENERIC.contains(n);
  }
}
