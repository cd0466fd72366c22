package tw.coloaudit.controls.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tw.coloaudit.controls.AuditInput;
import tw.coloaudit.facts.account.Account;
import tw.coloaudit.facts.account.AccountFacts;
import tw.coloaudit.facts.account.People;
import tw.coloaudit.facts.account.PasswordPolicyFacts;
import tw.coloaudit.facts.account.SshdFacts;
import tw.coloaudit.model.Provenance;
import tw.coloaudit.model.Subject;
import tw.coloaudit.model.account.Person;

/** What the account and password controls share: their facts, subjects and evidence lines. */
public final class AccountSupport {

  private AccountSupport() {}

  /** The account facts, or none when the engine built none. */
  public static AccountFacts accounts(AuditInput in) {
    AccountFacts f = in.facts().fact(AccountFacts.class);
    return f != null ? f : AccountFacts.build(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
  }

  public static PasswordPolicyFacts passwordPolicy(AuditInput in) {
    PasswordPolicyFacts f = in.facts().fact(PasswordPolicyFacts.class);
    return f != null ? f : PasswordPolicyFacts.build(List.of());
  }

  public static SshdFacts sshd(AuditInput in) {
    SshdFacts f = in.facts().fact(SshdFacts.class);
    return f != null ? f : SshdFacts.build(List.of());
  }

  /** The people register, from its records, else as the account facts saw it. */
  public static People people(AuditInput in) {
    List<Person> rows = in.facts().records(Person.class);
    return rows.isEmpty() ? accounts(in).people() : People.of(rows);
  }

  /**
   * Whether the pack holds evidence of a kind at all: a file of it, or records. A register that
   * is absent leaves its subjects to insufficient evidence; one that is present but silent fails them.
   */
  public static boolean present(AuditInput in, String kind, List<?> records) {
    return !records.isEmpty() || in.facts().presence().has(kind);
  }

  public static Subject subject(Account a) {
    return Subject.of("system", a.system(), "account", a.name());
  }

  /** The passwd, shadow and register lines of an account, without its privilege sources. */
  public static List<Provenance> accountLines(Account a) {
    List<Provenance> out = new ArrayList<>();
    if (a.passwdLine() != null) out.add(a.passwdLine());
    if (a.shadowLine() != null) out.add(a.shadowLine());
    out.addAll(a.registerRows());
    return out;
  }

  /** A key for matching register rows to accounts: system and account name without regard to case. */
  public static String key(String system, String account) {
    return system + "\u0000" + (account == null ? "" : account.strip().toLowerCase(Locale.ROOT));
  }

  /** Whether a register cell's list of accounts ({@code account} or {@code system:account}) names this account. */
  public static boolean names(List<String> listed, Account a) {
    for (String named : listed) {
      String n = named.strip();
      int colon = n.indexOf(':');
      if (colon > 0 && n.substring(0, colon).strip().equals(a.system())) n = n.substring(colon + 1).strip();
      if (n.equalsIgnoreCase(a.name())) return true;
    }
    return false;
  }
}
