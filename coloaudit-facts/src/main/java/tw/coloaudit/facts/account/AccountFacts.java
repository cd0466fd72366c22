package tw.coloaudit.facts.account;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import tw.coloaudit.model.Localized;
import tw.coloaudit.model.PartyType;
import tw.coloaudit.model.Provenance;
import tw.coloaudit.model.account.AccountRecord;
import tw.coloaudit.model.account.GroupEntry;
import tw.coloaudit.model.account.PasswdEntry;
import tw.coloaudit.model.account.Person;
import tw.coloaudit.model.account.PolicySetting;
import tw.coloaudit.model.account.ShadowEntry;
import tw.coloaudit.model.account.SudoersGrant;

/**
 * Every account of every system, merged from native account files, the accounts register or
 * Windows exports, and the people register; with each system's {@code UID_MIN}.
 */
public final class AccountFacts {

  /** {@code UID_MIN} when login.defs does not say. */
  public static final int DEFAULT_UID_MIN = 1000;

  private static final Set<String> ADMIN_GROUPS =
      Set.of("administrators", "domain admins", "enterprise admins", "sysadmin");

  private final Map<String, List<Account>> bySystem;
  private final Map<String, Integer> uidMin;
  private final People people;

  private AccountFacts(Map<String, List<Account>> bySystem, Map<String, Integer> uidMin, People people) {
    this.bySystem = bySystem;
    this.uidMin = uidMin;
    this.people = people;
  }

  public static AccountFacts build(
      List<PasswdEntry> passwd,
      List<ShadowEntry> shadow,
      List<GroupEntry> groups,
      List<SudoersGrant> sudoers,
      List<AccountRecord> records,
      List<PolicySetting> settings,
      List<Person> persons) {
    People people = People.of(persons);
    Map<String, Draft> drafts = new LinkedHashMap<>();
    for (PasswdEntry p : passwd) {
      Draft d = draft(drafts, p.system(), p.name());
      if (d.passwdLine != null) continue;
      d.passwdLine = p.source();
      d.uid = p.uid();
      d.gid = p.gid();
      d.shell = p.shell() == null ? "" : p.shell();
    }
    for (ShadowEntry s : shadow) {
      Draft d = draft(drafts, s.system(), s.name());
      if (d.shadowLine != null) continue;
      d.shadowLine = s.source();
      d.passwordState = passwordState(s.hash());
      if (s.lastChange() != null && s.lastChange() == 0) d.mustChangePassword = true;
      else if (s.lastChange() != null) d.passwordChangedOn = LocalDate.ofEpochDay(s.lastChange());
      if (s.expire() != null) d.expiresOn = LocalDate.ofEpochDay(s.expire());
    }
    for (AccountRecord r : records) {
      Draft d = draft(drafts, r.system(), r.account());
      d.registerRows.add(r.source());
      for (String h : splitHolders(r.holder())) addHolder(d, h, people);
      if (d.holderType == null) d.holderType = r.holderType();
      if (Boolean.TRUE.equals(r.privileged())) {
        d.privileges.add(privilege("register", "帳號清冊標示為最高權限", "marked privileged in the accounts register", r.source()));
      }
      for (String g : r.groups()) if (!g.isBlank()) d.groups.add(g.strip());
      if (d.enabled == null) d.enabled = r.enabled();
      if (d.createdOn == null) d.createdOn = r.createdOn();
      if (d.passwordChangedOn == null && !d.mustChangePassword) d.passwordChangedOn = r.passwordChangedOn();
      if (r.lastLoginAt() != null && (d.lastLoginAt == null || r.lastLoginAt().isAfter(d.lastLoginAt))) {
        d.lastLoginAt = r.lastLoginAt();
      }
      if (d.disabledOn == null) d.disabledOn = r.disabledOn();
    }
    for (Person p : people.all()) {
      for (String ref : p.accounts()) {
        int colon = ref.indexOf(':');
        if (colon <= 0) continue;
        Draft d = drafts.get(key(ref.substring(0, colon).strip(), ref.substring(colon + 1).strip()));
        if (d != null && p.person() != null) addHolder(d, p.person(), people);
      }
    }
    addGroupsAndPrivileges(drafts, groups, sudoers);
    Map<String, List<Account>> bySystem = new LinkedHashMap<>();
    for (Draft d : drafts.values()) {
      if (d.passwordState == null) d.passwordState = PasswordState.UNKNOWN;
      bySystem.computeIfAbsent(d.system, s -> new ArrayList<>()).add(new Account(d));
    }
    bySystem.replaceAll((s, l) -> List.copyOf(l));
    Map<String, Integer> uidMin = new HashMap<>();
    for (PolicySetting s : settings) {
      if (PolicySetting.UID_MIN.equals(s.setting())) uidMin.put(s.system(), s.value());
    }
    return new AccountFacts(Collections.unmodifiableMap(bySystem), Map.copyOf(uidMin), people);
  }

  /** Every account, system by system, each in evidence order. */
  public List<Account> all() {
    return bySystem.values().stream().flatMap(List::stream).toList();
  }

  public List<Account> accounts(String system) {
    return bySystem.getOrDefault(system, List.of());
  }

  /** An account by system and name (names compared without regard to case). */
  public Optional<Account> find(String system, String account) {
    if (system == null || account == null) return Optional.empty();
    String wanted = account.strip();
    return accounts(system).stream().filter(a -> a.name().equalsIgnoreCase(wanted)).findFirst();
  }

  /** The systems that have at least one account, sorted. */
  public Set<String> systems() {
    return Collections.unmodifiableSet(new TreeSet<>(bySystem.keySet()));
  }

  /** The system's {@code UID_MIN} from login.defs, else 1000. */
  public int uidMin(String system) {
    return uidMin.getOrDefault(system, DEFAULT_UID_MIN);
  }

  public People people() {
    return people;
  }

  private static void addGroupsAndPrivileges(Map<String, Draft> drafts, List<GroupEntry> groups, List<SudoersGrant> sudoers) {
    Map<String, GroupEntry> groupByGid = new HashMap<>();
    for (GroupEntry g : groups) if (g.gid() != null) groupByGid.putIfAbsent(g.system() + "\u0000" + g.gid(), g);
    Map<String, Provenance> groupLine = new HashMap<>();
    for (GroupEntry g : groups) groupLine.putIfAbsent(g.system() + "\u0000" + g.name().toLowerCase(Locale.ROOT), g.source());
    for (Draft d : drafts.values()) {
      if (d.gid != null) {
        GroupEntry primary = groupByGid.get(d.system + "\u0000" + d.gid);
        if (primary != null) d.groups.add(primary.name());
      }
    }
    for (GroupEntry g : groups) {
      for (String m : g.members()) {
        Draft d = drafts.get(key(g.system(), m.strip()));
        if (d != null) d.groups.add(g.name());
      }
    }
    for (Draft d : drafts.values()) {
      if (d.uid != null && d.uid == 0) {
        d.privileges.add(0, privilege("uid_0", "uid 為 0（超級使用者）", "uid 0 (superuser)", d.passwdLine));
      }
      if (d.passwdLine == null && d.name.equalsIgnoreCase("administrator")) {
        d.privileges.add(privilege("builtin_administrator", "Windows 內建 Administrator 帳號", "the built-in Windows Administrator", first(d.registerRows)));
      }
      for (String g : d.groups) {
        if (ADMIN_GROUPS.contains(g.toLowerCase(Locale.ROOT))) {
          Provenance src = groupLine.getOrDefault(d.system + "\u0000" + g.toLowerCase(Locale.ROOT), first(d.registerRows));
          d.privileges.add(privilege("admin_group", "屬 " + g + " 群組", "member of " + g, src));
        }
      }
      for (SudoersGrant s : sudoers) {
        if (!s.fullRights() || !s.system().equals(d.system)) continue;
        String principal = s.principal().strip();
        if (!s.group() && (principal.equals(d.name) || principal.equals("ALL"))) {
          d.privileges.add(privilege("sudo_all", "sudo 可執行所有指令（ALL）", "sudo ALL", s.source()));
        } else if (s.group() && d.groups.stream().anyMatch(g -> g.equals(principal))) {
          d.privileges.add(
              privilege("sudo_all_group", "經群組 %" + principal + " 取得 sudo ALL", "sudo ALL through group %" + principal, s.source()));
        }
      }
    }
  }

  private static Draft draft(Map<String, Draft> drafts, String system, String name) {
    return drafts.computeIfAbsent(key(system, name.strip()), k -> new Draft(system, name.strip()));
  }

  // Linux names are case-sensitive but Windows names are not, and registers are typed by hand.
  private static String key(String system, String name) {
    return system + "\u0000" + name.toLowerCase(Locale.ROOT);
  }

  private static void addHolder(Draft d, String holder, People people) {
    Optional<Person> p = people.find(holder);
    String id = p.map(Person::person).map(String::strip).orElse(holder.strip());
    if (id.isEmpty() || d.holderIds.contains(id)) return;
    d.holderIds.add(id);
    p.ifPresent(d.holders::add);
  }

  private static List<String> splitHolders(String holder) {
    if (holder == null || holder.isBlank()) return List.of();
    List<String> out = new ArrayList<>();
    for (String h : holder.split("[;,、]")) if (!h.isBlank()) out.add(h.strip());
    return out;
  }

  static PasswordState passwordState(String hash) {
    if (hash == null) return PasswordState.UNKNOWN;
    String h = hash.strip();
    if (h.isEmpty()) return PasswordState.EMPTY;
    if (h.startsWith("!") || h.startsWith("*")) return PasswordState.LOCKED;
    return PasswordState.USABLE;
  }

  private static Privilege privilege(String reason, String zh, String en, Provenance source) {
    return new Privilege(reason, Localized.of(zh, en), source);
  }

  private static Provenance first(List<Provenance> list) {
    return list.isEmpty() ? null : list.get(0);
  }

  /** An account while its sources are being merged. */
  static final class Draft {
    final String system;
    final String name;
    Long uid;
    Long gid;
    final Set<String> groups = new LinkedHashSet<>();
    final List<String> holderIds = new ArrayList<>();
    final List<Person> holders = new ArrayList<>();
    PartyType holderType;
    final List<Privilege> privileges = new ArrayList<>();
    Boolean enabled;
    LocalDate disabledOn;
    LocalDate expiresOn;
    PasswordState passwordState;
    String shell;
    LocalDate createdOn;
    LocalDate passwordChangedOn;
    boolean mustChangePassword;
    Instant lastLoginAt;
    Provenance passwdLine;
    Provenance shadowLine;
    final List<Provenance> registerRows = new ArrayList<>();

    Draft(String system, String name) {
      this.system = system;
      this.name = name;
    }
  }
}
