package tw.coloaudit.facts.account;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import tw.coloaudit.model.PartyType;
import tw.coloaudit.model.Provenance;
import tw.coloaudit.model.account.Person;

/**
 * The merged view of one account on one system, from the native account files of that system
 * ({@code passwd}, {@code shadow}, {@code group}, {@code sudoers}), the accounts register or a
 * Windows export, and the {@code people} register; null fields mean no evidence said.
 */
public final class Account {

  private static final Set<String> DEFAULT_NAMES = Set.of("root", "administrator", "admin", "sa", "guest");
  private static final Set<String> NO_LOGIN_SHELLS = Set.of("nologin", "false", "sync", "shutdown", "halt");

  private final String system;
  private final String name;
  private final Long uid;
  private final List<String> groups;
  private final List<String> holderIds;
  private final List<Person> holders;
  private final PartyType registerHolderType;
  private final List<Privilege> privileges;
  private final Boolean enabled;
  private final LocalDate registerDisabledOn;
  private final LocalDate expiresOn;
  private final PasswordState passwordState;
  private final String shell;
  private final LocalDate createdOn;
  private final LocalDate passwordChangedOn;
  private final boolean mustChangePassword;
  private final Instant lastLoginAt;
  private final Provenance passwdLine;
  private final Provenance shadowLine;
  private final List<Provenance> registerRows;

  Account(AccountFacts.Draft d) {
    this.system = d.system;
    this.name = d.name;
    this.uid = d.uid;
    this.groups = List.copyOf(d.groups);
    this.holderIds = List.copyOf(d.holderIds);
    this.holders = List.copyOf(d.holders);
    this.registerHolderType = d.holderType;
    this.privileges = List.copyOf(d.privileges);
    this.enabled = d.enabled;
    this.registerDisabledOn = d.disabledOn;
    this.expiresOn = d.expiresOn;
    this.passwordState = d.passwordState;
    this.shell = d.shell;
    this.createdOn = d.createdOn;
    this.passwordChangedOn = d.passwordChangedOn;
    this.mustChangePassword = d.mustChangePassword;
    this.lastLoginAt = d.lastLoginAt;
    this.passwdLine = d.passwdLine;
    this.shadowLine = d.shadowLine;
    this.registerRows = List.copyOf(d.registerRows);
  }

  public String system() {
    return system;
  }

  public String name() {
    return name;
  }

  public Long uid() {
    return uid;
  }

  /** Group names: the primary group, groups listing it as a member, and groups of the register or export. */
  public List<String> groups() {
    return groups;
  }

  /** Person ids (or the holder text when the people register does not know it), in evidence order. */
  public List<String> holderIds() {
    return holderIds;
  }

  /** The people register rows of the holders it knows. */
  public List<Person> holders() {
    return holders;
  }

  /** The register's holder type, else the first known holder's type; null when unknown. */
  public PartyType holderType() {
    if (registerHolderType != null) return registerHolderType;
    return holders.stream().map(Person::type).filter(t -> t != null).findFirst().orElse(null);
  }

  public boolean isPrivileged() {
    return !privileges.isEmpty();
  }

  /** Why it is privileged, each reason with its source line; empty when it is not. */
  public List<Privilege> privileges() {
    return privileges;
  }

  /** The register's or export's enabled flag; null when unknown (treated as enabled). */
  public Boolean enabled() {
    return enabled;
  }

  /** The register's {@code disabled_on}, else the shadow expiry date. */
  public LocalDate disabledOn() {
    return registerDisabledOn != null ? registerDisabledOn : expiresOn;
  }

  /** The shadow account expiry (field 8) as a date. */
  public LocalDate expiresOn() {
    return expiresOn;
  }

  public PasswordState passwordState() {
    return passwordState;
  }

  public String shell() {
    return shell;
  }

  public LocalDate createdOn() {
    return createdOn;
  }

  /** The last password change; null when unknown or when a change is forced at next login. */
  public LocalDate passwordChangedOn() {
    return passwordChangedOn;
  }

  /** The shadow last-change day is 0: the password must be changed at the next login. */
  public boolean mustChangePassword() {
    return mustChangePassword;
  }

  public Instant lastLoginAt() {
    return lastLoginAt;
  }

  public Provenance passwdLine() {
    return passwdLine;
  }

  public Provenance shadowLine() {
    return shadowLine;
  }

  public List<Provenance> registerRows() {
    return registerRows;
  }

  /** Every line behind this account: passwd, shadow, register rows, then the privilege sources. */
  public List<Provenance> evidence() {
    List<Provenance> out = new ArrayList<>();
    if (passwdLine != null) out.add(passwdLine);
    if (shadowLine != null) out.add(shadowLine);
    out.addAll(registerRows);
    for (Privilege p : privileges) if (p.source() != null && !out.contains(p.source())) out.add(p.source());
    return out;
  }

  /** Disabled on {@code asOf}: enabled false, disabled on or before it, or the shadow expiry reached. */
  public boolean isDisabled(LocalDate asOf) {
    if (Boolean.FALSE.equals(enabled)) return true;
    if (registerDisabledOn != null && !registerDisabledOn.isAfter(asOf)) return true;
    // shadow(5) and pam_unix treat the account as expired from the expiry day itself.
    return expiresOn != null && !expiresOn.isAfter(asOf);
  }

  /** Whether the shell lets a person log in; an unknown shell is assumed to. */
  public boolean shellAllowsLogin() {
    if (shell == null || shell.isBlank()) return true;
    String base = shell.strip();
    base = base.substring(base.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    return !NO_LOGIN_SHELLS.contains(base);
  }

  /** Locked or empty password and a no-login shell. */
  public boolean cannotLogIn() {
    return (passwordState == PasswordState.LOCKED || passwordState == PasswordState.EMPTY) && !shellAllowsLogin();
  }

  /** Locked password with a login shell: only key-based login remains. */
  public boolean keyOnly() {
    return passwordState == PasswordState.LOCKED && shellAllowsLogin();
  }

  /** A uid below {@code uidMin} other than 0, or a holder type of system. */
  public boolean isSystemAccount(int uidMin) {
    if (uid != null && uid != 0 && uid < uidMin) return true;
    return holderType() == PartyType.SYSTEM;
  }

  public boolean isCustomer() {
    return holderType() == PartyType.CUSTOMER;
  }

  /** Held by a vendor or outsourced person, by the register's holder type or any holder's type. */
  public boolean isVendor() {
    if (registerHolderType == PartyType.VENDOR) return true;
    return holders.stream().anyMatch(p -> p.type() == PartyType.VENDOR);
  }

  /** One of the well-known default account names (root, administrator, admin, sa, guest). */
  public boolean isDefaultAccount() {
    return DEFAULT_NAMES.contains(bareName().toLowerCase(Locale.ROOT));
  }

  /** The name without a Windows domain prefix ({@code CORP\Administrator} → Administrator). */
  public String bareName() {
    int slash = name.lastIndexOf('\\');
    return slash < 0 ? name : name.substring(slash + 1);
  }

  @Override
  public String toString() {
    return system + ":" + name;
  }
}
