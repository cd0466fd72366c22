package tw.coloaudit.controls.account;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tw.coloaudit.controls.AuditControl;
import tw.coloaudit.controls.AuditInput;
import tw.coloaudit.controls.Evaluation;
import tw.coloaudit.controls.Policy;
import tw.coloaudit.facts.EvidencePresence;
import tw.coloaudit.facts.Facts;
import tw.coloaudit.facts.account.AccountFacts;
import tw.coloaudit.facts.account.PasswordPolicyFacts;
import tw.coloaudit.facts.account.SshdFacts;
import tw.coloaudit.model.PartyType;
import tw.coloaudit.model.Provenance;
import tw.coloaudit.model.Subject;
import tw.coloaudit.model.SystemDef;
import tw.coloaudit.model.account.AccessRequest;
import tw.coloaudit.model.account.AccountRecord;
import tw.coloaudit.model.account.DormantReview;
import tw.coloaudit.model.account.GroupEntry;
import tw.coloaudit.model.account.PasswdEntry;
import tw.coloaudit.model.account.Person;
import tw.coloaudit.model.account.PolicySetting;
import tw.coloaudit.model.account.ShadowEntry;
import tw.coloaudit.model.account.SshdDirective;
import tw.coloaudit.model.account.SudoersGrant;
import tw.coloaudit.model.account.WeakPasswordResult;

/**
 * A small evidence pack built inline: native files and registers as text, one record a line,
 * with anything after {@code #} ignored so the expected outcome can be marked beside each line.
 * Register texts have no header; each method names its columns. Blank cells are null.
 */
final class AccountPack {

  static final LocalDate AS_OF = LocalDate.parse("2026-11-20");
  static final ZoneId ZONE = ZoneId.of("Asia/Taipei");

  private final List<SystemDef> systems = new ArrayList<>();
  private final List<PasswdEntry> passwd = new ArrayList<>();
  private final List<ShadowEntry> shadow = new ArrayList<>();
  private final List<GroupEntry> groups = new ArrayList<>();
  private final List<SudoersGrant> sudoers = new ArrayList<>();
  private final List<AccountRecord> accounts = new ArrayList<>();
  private final List<Person> people = new ArrayList<>();
  private final List<PolicySetting> settings = new ArrayList<>();
  private final List<AccessRequest> requests = new ArrayList<>();
  private final List<DormantReview> reviews = new ArrayList<>();
  private final List<WeakPasswordResult> weak = new ArrayList<>();
  private final List<SshdDirective> sshd = new ArrayList<>();
  private final Map<String, Set<String>> presence = new HashMap<>();
  private final Map<String, Object> policy = new LinkedHashMap<>();

  AccountPack system(String id, boolean important) {
    systems.add(new SystemDef(id, id, "server", important, List.of(id), null, null));
    return this;
  }

  /** Marks a kind as present in the pack (for the given systems), as a file of it with no rows would. */
  AccountPack kind(String kind, String... forSystems) {
    presence.computeIfAbsent(kind, k -> new HashSet<>()).addAll(Arrays.asList(forSystems));
    return this;
  }

  AccountPack policy(String key, Object value) {
    policy.put(key, value);
    return this;
  }

  /** {@code name:x:uid:gid:gecos:home:shell}. */
  AccountPack passwd(String system, String text) {
    each(text, system + "/passwd", ':', (f, src) ->
        passwd.add(new PasswdEntry(system, f[0], num(f[2]), num(f[3]), f[4], f[5], f[6], src)));
    return kind("accounts", system);
  }

  /** {@code name:hash:lastchg:min:max:warn:inactive:expire:}; day fields may be ISO dates. */
  AccountPack shadow(String system, String text) {
    each(text, system + "/shadow", ':', (f, src) -> {
      String[] g = Arrays.copyOf(f, 9);
      shadow.add(new ShadowEntry(system, g[0], g[1] == null ? "" : g[1], day(g[2]), day(g[3]), day(g[4]), day(g[5]), day(g[6]), day(g[7]), src));
    });
    return kind("accounts", system);
  }

  /** {@code name:x:gid:member,member}. */
  AccountPack group(String system, String text) {
    each(text, system + "/group", ':', (f, src) -> {
      String members = f.length > 3 ? f[3] : null;
      groups.add(new GroupEntry(system, f[0], num(f[2]), members == null ? List.of() : List.of(members.split(",")), src));
    });
    return this;
  }

  /** One {@code ALL=(ALL) ALL} rule for a user or a {@code %group}. */
  AccountPack sudoAll(String system, String principal) {
    boolean group = principal.startsWith("%");
    sudoers.add(new SudoersGrant(system, group ? principal.substring(1) : principal, group, true, principal + " ALL=(ALL) ALL",
        Provenance.line(system + "/sudoers", sudoers.size() + 1)));
    return this;
  }

  /** {@code system,account,holder,holder_type,privileged,enabled,created_on,password_changed_on,last_login_at,disabled_on,groups(;)}. */
  AccountPack accounts(String text) {
    each(text, "accounts.csv", ',', (f, src) -> {
      String[] g = Arrays.copyOf(f, 11);
      accounts.add(new AccountRecord(g[0], g[1], g[2], type(g[3]), bool(g[4]), g[10] == null ? List.of() : List.of(g[10].split(";")),
          bool(g[5]), date(g[6]), date(g[7]), instant(g[8]), date(g[9]), "register", src));
      kind("accounts", g[0]);
    });
    return this;
  }

  /** {@code person,name,type,company,contract_end,accounts(;)}. */
  AccountPack people(String text) {
    each(text, "people.csv", ',', (f, src) -> {
      String[] g = Arrays.copyOf(f, 6);
      people.add(new Person(g[0], g[1], type(g[2]), g[3], date(g[4]), g[5] == null ? List.of() : List.of(g[5].split(";")), src));
    });
    return kind("people");
  }

  /** {@code system,setting,value,origin}. */
  AccountPack passwordPolicy(String text) {
    each(text, "password-policy", ',', (f, src) -> {
      settings.add(new PolicySetting(f[0], f[1], Integer.parseInt(f[2]), f[3], src));
      kind("password-policy", f[0]);
    });
    return this;
  }

  /** {@code system,account,requested_on,unit_approved_on,it_approved_on}. */
  AccountPack requests(String text) {
    each(text, "access-requests.csv", ',', (f, src) -> {
      String[] g = Arrays.copyOf(f, 5);
      requests.add(new AccessRequest(g[0], g[1], null, null, date(g[2]), date(g[3]), date(g[4]), src));
      kind("access-requests", g[0]);
    });
    return this;
  }

  /** {@code system,reviewed_on,reviewer,accounts(;)}. */
  AccountPack reviews(String text) {
    each(text, "dormant-reviews.csv", ',', (f, src) -> {
      String[] g = Arrays.copyOf(f, 4);
      reviews.add(new DormantReview(g[0], date(g[1]), g[2], g[3] == null ? List.of() : List.of(g[3].split(";")), src));
      kind("dormant-reviews", g[0]);
    });
    return this;
  }

  /** {@code system,account,tested_on,result(weak|ok)}. */
  AccountPack weakPasswords(String text) {
    each(text, "weak-passwords.csv", ',', (f, src) -> {
      weak.add(new WeakPasswordResult(f[0], f[1], date(f[2]), "weak".equals(f[3]), src));
      kind("weak-password-audit", f[0]);
    });
    return this;
  }

  /** sshd_config lines: {@code Keyword value}. */
  AccountPack sshd(String system, String text) {
    each(text, system + "/sshd_config", ' ', (f, src) -> sshd.add(new SshdDirective(system, f[0].toLowerCase(), f[1], src)));
    return kind("sshd-config", system);
  }

  private tw.coloaudit.facts.log.LoginFacts logins;

  /** The login-log facts the controls read (none by default). */
  AccountPack logins(tw.coloaudit.facts.log.LoginFacts facts) {
    this.logins = facts;
    return this;
  }

  AuditInput input() {
    Map<Class<?>, List<?>> records = new HashMap<>();
    records.put(AccountRecord.class, accounts);
    records.put(Person.class, people);
    records.put(PolicySetting.class, settings);
    records.put(AccessRequest.class, requests);
    records.put(DormantReview.class, reviews);
    records.put(WeakPasswordResult.class, weak);
    records.put(SshdDirective.class, sshd);
    Map<Class<?>, Object> reduced = new HashMap<>();
    reduced.put(AccountFacts.class, AccountFacts.build(passwd, shadow, groups, sudoers, accounts, settings, people));
    reduced.put(PasswordPolicyFacts.class, PasswordPolicyFacts.build(settings));
    reduced.put(SshdFacts.class, SshdFacts.build(sshd));
    if (logins != null) reduced.put(tw.coloaudit.facts.log.LoginFacts.class, logins);
    Facts facts = new Facts(records, reduced, new EvidencePresence(presence.keySet(), presence));
    return new AuditInput(AS_OF, ZONE, systems, List.of(), new Policy(policy), facts);
  }

  Evaluation run(AuditControl control) {
    Evaluation out = new Evaluation();
    control.evaluate(input(), out);
    return out;
  }

  /** The failing subjects, one per failure, so a duplicate shows. */
  static List<Subject> failing(Evaluation e) {
    return e.failures().stream().map(Evaluation.Failure::subject).toList();
  }

  static Subject account(String system, String account) {
    return Subject.of("system", system, "account", account);
  }

  static Evaluation.Failure failureOf(Evaluation e, Subject s) {
    return e.failures().stream().filter(f -> f.subject().equals(s)).findFirst().orElseThrow();
  }

  private interface Row {
    void add(String[] fields, Provenance source);
  }

  private static void each(String text, String file, char sep, Row row) {
    String[] lines = text.split("\n");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      int hash = line.indexOf(" #");
      if (hash >= 0) line = line.substring(0, hash);
      line = line.strip();
      if (line.isEmpty()) continue;
      String[] f = sep == ' ' ? line.split("\\s+", 2) : line.split(sep == ':' ? ":" : ",", -1);
      for (int j = 0; j < f.length; j++) f[j] = f[j].isBlank() ? null : f[j].strip();
      row.add(f, Provenance.line(file, i + 1));
    }
  }

  private static Long num(String s) {
    return s == null ? null : Long.valueOf(s);
  }

  private static Long day(String s) {
    if (s == null) return null;
    return s.contains("-") ? LocalDate.parse(s).toEpochDay() : Long.valueOf(s);
  }

  private static LocalDate date(String s) {
    return s == null ? null : LocalDate.parse(s);
  }

  private static Instant instant(String s) {
    if (s == null) return null;
    if (s.endsWith("Z") || s.contains("+")) return OffsetDateTime.parse(s).toInstant();
    return LocalDateTime.parse(s).atZone(ZONE).toInstant();
  }

  private static Boolean bool(String s) {
    return s == null ? null : s.equalsIgnoreCase("Y");
  }

  private static PartyType type(String s) {
    return s == null ? null : PartyType.parse(s).orElseThrow();
  }
}
