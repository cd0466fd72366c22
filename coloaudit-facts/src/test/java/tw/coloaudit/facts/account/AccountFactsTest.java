package tw.coloaudit.facts.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tw.coloaudit.model.PartyType;
import tw.coloaudit.model.Provenance;
import tw.coloaudit.model.account.AccountRecord;
import tw.coloaudit.model.account.GroupEntry;
import tw.coloaudit.model.account.PasswdEntry;
import tw.coloaudit.model.account.Person;
import tw.coloaudit.model.account.PolicySetting;
import tw.coloaudit.model.account.ShadowEntry;
import tw.coloaudit.model.account.SudoersGrant;

class AccountFactsTest {

  private static final LocalDate AS_OF = LocalDate.parse("2026-11-20");

  private static final List<PasswdEntry> PASSWD =
      AccountText.passwd(
          "gw",
          """
          root:x:0:0:root:/root:/bin/bash
          daemon:x:2:2:daemon:/sbin:/sbin/nologin
          svc_fix:x:990:990:FIX engine:/opt/fix:/bin/bash
          alice:x:1001:1001:Alice:/home/alice:/bin/bash
          bob:x:1002:10:Bob:/home/bob:/bin/bash
          carol:x:1003:1003:Carol:/home/carol:/bin/bash
          dave:x:1004:1004:Dave:/home/dave:/bin/bash
          ftp:x:1005:1005:FTP:/srv/ftp:/usr/sbin/nologin
          deploy:x:1006:1006:Deploy:/home/deploy:/bin/bash
          """);

  private static final List<ShadowEntry> SHADOW =
      AccountText.shadow(
          "gw",
          """
          root:$6$abc:2026-10-01:0:99999:7:::
          daemon:*:2026-01-01:0:99999:7:::
          svc_fix:!!:2026-01-01:0:99999:7:::
          alice:$6$def:2026-09-01:0:90:7:::
          bob:$6$ghi::0:90:7:::
          carol:$6$jkl:0:0:90:7::2026-11-20:
          dave:$6$mno:2026-08-01:0:90:7:::
          ftp::2026-01-01:0:99999:7:::
          deploy:!$6$pqr:2026-08-01:0:90:7:::
          ghost:$6$stu:2026-08-01:0:90:7:::
          """);

  private static final List<GroupEntry> GROUP =
      AccountText.group(
          "gw",
          """
          root:x:0:
          wheel:x:10:
          ops:x:2000:dave
          alice:x:1001:
          """);

  private static final List<SudoersGrant> SUDOERS =
      List.of(
          new SudoersGrant("gw", "alice", false, true, "alice ALL=(ALL) ALL", Provenance.line("gw/sudoers", 3)),
          new SudoersGrant("gw", "wheel", true, true, "%wheel ALL=(ALL) ALL", Provenance.line("gw/sudoers", 4)),
          new SudoersGrant("gw", "ops", true, true, "%ops ALL=(ALL) ALL", Provenance.line("gw/sudoers", 5)),
          new SudoersGrant("gw", "deploy", false, false, "deploy ALL=(root) /usr/bin/systemctl", Provenance.line("gw/sudoers", 6)));

  private static AccountFacts linux(List<AccountRecord> records, List<Person> people, List<PolicySetting> settings) {
    return AccountFacts.build(PASSWD, SHADOW, GROUP, SUDOERS, records, settings, people);
  }

  private static Account account(AccountFacts facts, String system, String name) {
    return facts.find(system, name).orElseThrow();
  }

  private static AccountRecord record(String system, String account, String holder, PartyType type, Boolean privileged, List<String> groups, Boolean enabled, LocalDate disabledOn, int row) {
    return new AccountRecord(system, account, holder, type, privileged, groups, enabled, null, null, null, disabledOn, "register", Provenance.line("accounts.csv", row));
  }

  @Test
  void findsPrivilegeThroughUidZeroSudoAllAndGroupsWithSudoAll() {
    AccountFacts facts = linux(List.of(), List.of(), List.of());

    assertThat(reasons(account(facts, "gw", "root"))).containsExactly("uid_0");
    assertThat(reasons(account(facts, "gw", "alice"))).containsExactly("sudo_all");
    assertThat(reasons(account(facts, "gw", "bob"))).as("primary group wheel has sudo ALL").containsExactly("sudo_all_group");
    assertThat(reasons(account(facts, "gw", "dave"))).as("member of ops, which has sudo ALL").containsExactly("sudo_all_group");
    assertThat(account(facts, "gw", "deploy").isPrivileged()).as("sudo for one command only").isFalse();
    assertThat(account(facts, "gw", "carol").isPrivileged()).isFalse();
    assertThat(account(facts, "gw", "dave").privileges().get(0).source()).isEqualTo(Provenance.line("gw/sudoers", 5));
    assertThat(account(facts, "gw", "dave").groups()).containsExactly("ops");
  }

  @Test
  void findsPrivilegeThroughWindowsAdministrativeGroupsAndTheRegister() {
    List<AccountRecord> windows =
        List.of(
            record("ad", "Administrator", null, null, null, List.of(), true, null, 2),
            record("ad", "jchen", "E001", null, null, List.of("Domain Admins", "Remote Desktop Users"), true, null, 3),
            record("ad", "lwang", "E002", null, null, List.of("Administrators"), true, null, 4),
            record("ad", "dba", "E003", null, null, List.of("sysadmin"), true, null, 5),
            record("ad", "ops1", "E004", null, true, List.of(), true, null, 6),
            record("ad", "clerk", "E005", null, false, List.of("Users"), true, null, 7));
    AccountFacts facts = AccountFacts.build(List.of(), List.of(), List.of(), List.of(), windows, List.of(), List.of());

    assertThat(reasons(account(facts, "ad", "administrator"))).containsExactly("builtin_administrator");
    assertThat(reasons(account(facts, "ad", "jchen"))).containsExactly("admin_group");
    assertThat(reasons(account(facts, "ad", "lwang"))).containsExactly("admin_group");
    assertThat(reasons(account(facts, "ad", "dba"))).containsExactly("admin_group");
    assertThat(reasons(account(facts, "ad", "ops1"))).containsExactly("register");
    assertThat(account(facts, "ad", "clerk").isPrivileged()).isFalse();
    assertThat(account(facts, "ad", "lwang").privileges().get(0).source()).isEqualTo(Provenance.line("accounts.csv", 4));
  }

  @Test
  void mergesARegisterRowIntoTheNativeAccountItDescribes() {
    AccountRecord row =
        new AccountRecord(
            "gw", "BOB", "E002", PartyType.EMPLOYEE, null, List.of("traders"), true,
            LocalDate.parse("2024-03-01"), LocalDate.parse("2026-07-01"), Instant.parse("2026-11-01T01:00:00Z"),
            null, "register", Provenance.line("accounts.csv", 9));
    AccountRecord aliceRow =
        new AccountRecord(
            "gw", "alice", null, null, null, List.of(), null, null, LocalDate.parse("2025-01-01"), null, null, "register",
            Provenance.line("accounts.csv", 10));
    AccountFacts facts = linux(List.of(row, aliceRow), List.of(), List.of());

    Account bob = account(facts, "gw", "bob");
    assertThat(facts.accounts("gw")).filteredOn(a -> a.name().equalsIgnoreCase("bob")).hasSize(1);
    assertThat(bob.name()).isEqualTo("bob");
    assertThat(bob.uid()).isEqualTo(1002L);
    assertThat(bob.groups()).containsExactlyInAnyOrder("wheel", "traders");
    assertThat(bob.holderIds()).containsExactly("E002");
    assertThat(bob.holderType()).isEqualTo(PartyType.EMPLOYEE);
    assertThat(bob.createdOn()).isEqualTo("2024-03-01");
    assertThat(bob.passwordChangedOn()).as("shadow has no last change: the register fills it").isEqualTo("2026-07-01");
    assertThat(bob.lastLoginAt()).isEqualTo(Instant.parse("2026-11-01T01:00:00Z"));
    assertThat(bob.evidence())
        .containsExactly(Provenance.line("gw/passwd", 5), Provenance.line("gw/shadow", 5), Provenance.line("accounts.csv", 9), Provenance.line("gw/sudoers", 4));
    assertThat(account(facts, "gw", "alice").passwordChangedOn()).as("the native shadow wins").isEqualTo("2026-09-01");
  }

  @Test
  void makesAnAccountFromAShadowLineWithoutAPasswdLine() {
    Account ghost = account(linux(List.of(), List.of(), List.of()), "gw", "ghost");

    assertThat(ghost.uid()).isNull();
    assertThat(ghost.passwdLine()).isNull();
    assertThat(ghost.shadowLine()).isEqualTo(Provenance.line("gw/shadow", 10));
    assertThat(ghost.passwordState()).isEqualTo(PasswordState.USABLE);
  }

  @Test
  void readsPasswordStateAndLastChangeFromShadow() {
    AccountFacts facts = linux(List.of(), List.of(), List.of());

    assertThat(account(facts, "gw", "root").passwordState()).isEqualTo(PasswordState.USABLE);
    assertThat(account(facts, "gw", "daemon").passwordState()).isEqualTo(PasswordState.LOCKED);
    assertThat(account(facts, "gw", "svc_fix").passwordState()).isEqualTo(PasswordState.LOCKED);
    assertThat(account(facts, "gw", "deploy").passwordState()).isEqualTo(PasswordState.LOCKED);
    assertThat(account(facts, "gw", "ftp").passwordState()).isEqualTo(PasswordState.EMPTY);
    assertThat(account(facts, "gw", "carol").mustChangePassword()).isTrue();
    assertThat(account(facts, "gw", "carol").passwordChangedOn()).isNull();
    assertThat(account(facts, "gw", "bob").mustChangePassword()).isFalse();
    assertThat(account(facts, "gw", "bob").passwordChangedOn()).isNull();
    assertThat(account(facts, "gw", "alice").passwordChangedOn()).isEqualTo("2026-09-01");
  }

  @Test
  void classifiesEachRowOfTheScopeTable() {
    List<Person> people =
        List.of(
            new Person("V001", "陳廠商", PartyType.VENDOR, "某系統商", LocalDate.parse("2026-06-30"), List.of("gw:dave"), Provenance.line("people.csv", 2)),
            new Person("C001", "林客戶", PartyType.CUSTOMER, null, null, List.of("gw:alice"), Provenance.line("people.csv", 3)));
    List<AccountRecord> rows =
        List.of(
            record("gw", "bob", null, null, null, List.of(), false, null, 2),
            record("gw", "root", null, null, null, List.of(), null, LocalDate.parse("2026-11-20"), 3),
            record("gw", "alice", null, null, null, List.of(), null, LocalDate.parse("2026-11-21"), 4),
            record("gw", "svc_fix", null, PartyType.SYSTEM, null, List.of(), null, null, 5));
    AccountFacts facts = linux(rows, people, List.of());

    // disabled: enabled false, disabled_on on or before the as-of date, shadow expiry reached
    assertThat(account(facts, "gw", "bob").isDisabled(AS_OF)).isTrue();
    assertThat(account(facts, "gw", "root").isDisabled(AS_OF)).isTrue();
    assertThat(account(facts, "gw", "alice").isDisabled(AS_OF)).as("disabled_on after the as-of date").isFalse();
    assertThat(account(facts, "gw", "carol").isDisabled(AS_OF)).as("shadow expiry on the as-of date").isTrue();
    assertThat(account(facts, "gw", "carol").isDisabled(AS_OF.minusDays(1))).isFalse();
    assertThat(account(facts, "gw", "carol").disabledOn()).isEqualTo(AS_OF);
    assertThat(account(facts, "gw", "dave").isDisabled(AS_OF)).as("enabled state unknown: treated as enabled").isFalse();

    // cannot log in at all: locked or empty password and a no-login shell
    assertThat(account(facts, "gw", "daemon").cannotLogIn()).isTrue();
    assertThat(account(facts, "gw", "ftp").cannotLogIn()).isTrue();
    assertThat(account(facts, "gw", "dave").cannotLogIn()).isFalse();

    // key only: locked password with a login shell
    assertThat(account(facts, "gw", "deploy").keyOnly()).isTrue();
    assertThat(account(facts, "gw", "svc_fix").keyOnly()).isTrue();
    assertThat(account(facts, "gw", "daemon").keyOnly()).isFalse();
    assertThat(account(facts, "gw", "dave").keyOnly()).isFalse();

    // system account: uid below UID_MIN other than 0, or holder type system
    assertThat(account(facts, "gw", "daemon").isSystemAccount(facts.uidMin("gw"))).isTrue();
    assertThat(account(facts, "gw", "svc_fix").isSystemAccount(500)).as("holder_type system").isTrue();
    assertThat(account(facts, "gw", "root").isSystemAccount(facts.uidMin("gw"))).isFalse();
    assertThat(account(facts, "gw", "dave").isSystemAccount(facts.uidMin("gw"))).isFalse();

    // customer and vendor, through the people register
    assertThat(account(facts, "gw", "alice").isCustomer()).isTrue();
    assertThat(account(facts, "gw", "dave").isVendor()).isTrue();
    assertThat(account(facts, "gw", "dave").holderIds()).containsExactly("V001");
    assertThat(account(facts, "gw", "carol").isVendor()).isFalse();

    // default accounts, without regard to case
    assertThat(account(facts, "gw", "root").isDefaultAccount()).isTrue();
    assertThat(account(facts, "gw", "dave").isDefaultAccount()).isFalse();
  }

  @Test
  void takesUidMinFromLoginDefsPerSystem() {
    AccountFacts facts =
        linux(List.of(), List.of(), List.of(new PolicySetting("gw", PolicySetting.UID_MIN, 500, "login.defs", Provenance.line("gw/login.defs", 30))));

    assertThat(facts.uidMin("gw")).isEqualTo(500);
    assertThat(facts.uidMin("other")).isEqualTo(1000);
    assertThat(account(facts, "gw", "svc_fix").isSystemAccount(facts.uidMin("gw"))).isFalse();
  }

  @Test
  void recognisesDefaultAccountNamesWithoutRegardToCaseOrDomain() {
    List<AccountRecord> rows =
        List.of(
            record("ad", "CORP\\Administrator", null, null, null, List.of(), true, null, 2),
            record("db", "SA", null, null, null, List.of(), true, null, 3),
            record("db", "Guest", null, null, null, List.of(), true, null, 4),
            record("db", "admin2", null, null, null, List.of(), true, null, 5));
    AccountFacts facts = AccountFacts.build(List.of(), List.of(), List.of(), List.of(), rows, List.of(), List.of());

    assertThat(facts.all()).filteredOn(Account::isDefaultAccount).extracting(Account::name)
        .containsExactly("CORP\\Administrator", "SA", "Guest");
  }

  @Test
  void linksHoldersFromTheRegisterAndFromPeopleAccountsWithoutDuplicates() {
    List<Person> people =
        List.of(
            new Person("E001", "王大明", PartyType.EMPLOYEE, null, null, List.of("gw:alice"), Provenance.line("people.csv", 2)),
            new Person("E002", "李小華", PartyType.EMPLOYEE, null, null, List.of("gw:alice", "gw:carol"), Provenance.line("people.csv", 3)));
    List<AccountRecord> rows = List.of(record("gw", "alice", "資訊主管 王大明", null, null, List.of(), true, null, 2));
    AccountFacts facts = linux(rows, people, List.of());

    assertThat(account(facts, "gw", "alice").holderIds()).containsExactly("E001", "E002");
    assertThat(account(facts, "gw", "carol").holderIds()).containsExactly("E002");
    assertThat(account(facts, "gw", "dave").holderIds()).isEmpty();
  }

  private static List<String> reasons(Account a) {
    return a.privileges().stream().map(Privilege::reason).toList();
  }
}
