package tw.coloaudit.facts.log;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import tw.coloaudit.facts.coverage.LogCoverage;
import tw.coloaudit.model.Provenance;

/**
 * What the login logs say, reduced to a bounded size whatever their length: per system the
 * coverage in time (every timestamped line), how many login records lack a user, a time or a
 * source; per account the first and last successful login; the superuser logins (root, the
 * built-in Administrator, sa; at most {@link #KEPT_SUPERUSER_LOGINS} kept, all counted); and the
 * logins by default accounts. Mutable while the engine folds files into it, read-only afterwards.
 */
public final class LoginFacts {

  /** How many superuser logins are kept with their times; more are only counted. */
  public static final int KEPT_SUPERUSER_LOGINS = 5000;

  /** How many example lines are kept per system and missing field. */
  public static final int KEPT_EXAMPLES = 5;

  /** The login-record fields LOG-FIELDS checks. */
  public static final List<String> FIELDS = List.of("user", "time", "source");

  /** Default accounts (CONTROLS.md, PWD-DEFAULT). */
  public static final Set<String> DEFAULT_ACCOUNTS = Set.of("root", "administrator", "admin", "sa", "guest");

  /** Login records of one system and how many lack each field, with a few examples. */
  public static final class Fields {
    long records;
    final long[] missing = new long[3];
    final List<List<Provenance>> examples = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());

    public long records() {
      return records;
    }

    public long missing(String field) {
      return missing[FIELDS.indexOf(field)];
    }

    public List<Provenance> examples(String field) {
      return Collections.unmodifiableList(examples.get(FIELDS.indexOf(field)));
    }

    void miss(int field, Provenance at) {
      missing[field]++;
      if (examples.get(field).size() < KEPT_EXAMPLES) examples.get(field).add(at);
    }

    void merge(Fields o) {
      records += o.records;
      for (int i = 0; i < 3; i++) {
        missing[i] += o.missing[i];
        for (Provenance p : o.examples.get(i)) if (examples.get(i).size() < KEPT_EXAMPLES) examples.get(i).add(p);
      }
    }
  }

  /** The first and last successful login of one account on one system, and how many there were. */
  public static final class AccountLogins {
    long count;
    Login first;
    Login last;

    public long count() {
      return count;
    }

    public Login first() {
      return first;
    }

    public Login last() {
      return last;
    }

    void add(Login l) {
      count++;
      if (l.time() == null) return;
      if (first == null || l.time().isBefore(first.time())) first = l;
      if (last == null || l.time().isAfter(last.time())) last = l;
    }

    void merge(AccountLogins o) {
      count += o.count;
      if (o.first != null && (first == null || o.first.time().isBefore(first.time()))) first = o.first;
      if (o.last != null && (last == null || o.last.time().isAfter(last.time()))) last = o.last;
    }
  }

  final LogCoverage coverage = new LogCoverage();
  final Map<String, Fields> fields = new TreeMap<>();
  final Map<String, Map<String, AccountLogins>> logins = new TreeMap<>();
  final Map<String, Map<String, AccountLogins>> defaultLogins = new TreeMap<>();
  final List<Login> superuser = new ArrayList<>();
  long superuserCount;
  long unattributed;

  /** Every timestamped line of the login logs, per system. */
  public LogCoverage coverage() {
    return coverage;
  }

  /** The login-record field counts of a system (empty when it has no login record). */
  public Fields fields(String system) {
    Fields f = fields.get(system);
    return f != null ? f : new Fields();
  }

  public Set<String> systems() {
    return Collections.unmodifiableSet(fields.keySet());
  }

  /** The successful logins of an account (name matched without regard to case), if any. */
  public Optional<AccountLogins> logins(String system, String account) {
    Map<String, AccountLogins> bySystem = logins.get(system);
    return bySystem == null || account == null
        ? Optional.empty()
        : Optional.ofNullable(bySystem.get(account.toLowerCase(Locale.ROOT)));
  }

  /** The last successful login of an account seen in the logs, or null. */
  public Instant lastLogin(String system, String account) {
    return logins(system, account).map(a -> a.last == null ? null : a.last.time()).orElse(null);
  }

  /** Logins by default accounts: system → account (lower case) → logins. */
  public Map<String, Map<String, AccountLogins>> defaultAccountLogins() {
    return Collections.unmodifiableMap(defaultLogins);
  }

  /** The kept superuser logins, in evidence order. */
  public List<Login> superuserLogins() {
    return Collections.unmodifiableList(superuser);
  }

  /** All superuser logins seen, kept or not. */
  public long superuserLoginCount() {
    return superuserCount;
  }

  /** Login-log lines that named no system (neither the manifest nor the line). */
  public long unattributedLines() {
    return unattributed;
  }

  /** Whether an account name or SID is a superuser by name: root, the built-in Administrator (RID 500), sa. */
  public static boolean isSuperuserName(String account, String accountId) {
    if (accountId != null && accountId.startsWith("S-1-5-21-") && accountId.endsWith("-500")) return true;
    if (account == null) return false;
    String a = bare(account);
    return a.equals("root") || a.equals("administrator") || a.equals("sa");
  }

  /** The account name without a {@code DOMAIN\} prefix or {@code @domain} suffix, in lower case. */
  public static String bare(String account) {
    String a = account.strip();
    int slash = a.lastIndexOf('\\');
    if (slash >= 0) a = a.substring(slash + 1);
    int at = a.indexOf('@');
    if (at > 0) a = a.substring(0, at);
    return a.toLowerCase(Locale.ROOT);
  }
}
