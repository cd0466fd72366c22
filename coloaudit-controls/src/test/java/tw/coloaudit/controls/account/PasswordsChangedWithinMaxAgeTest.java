package tw.coloaudit.controls.account;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.coloaudit.controls.account.AccountPack.account;
import static tw.coloaudit.controls.account.AccountPack.failing;
import static tw.coloaudit.controls.account.AccountPack.failureOf;

import java.util.Map;
import org.junit.jupiter.api.Test;
import tw.coloaudit.controls.Evaluation;
import tw.coloaudit.model.Provenance;

class PasswordsChangedWithinMaxAgeTest {

  // as of 2026-11-20, limit 90 days: 2026-08-22 is exactly 90 days before, 2026-08-21 is 91.
  private static AccountPack gateway() {
    return new AccountPack()
        .system("gw", true)
        .passwd("gw", """
            root:x:0:0:root:/root:/bin/bash
            daemon:x:2:2:daemon:/sbin:/sbin/nologin
            svc_fix:x:1100:1100:FIX:/opt/fix:/bin/bash
            alice:x:1001:1001:Alice:/home/alice:/bin/bash
            bob:x:1002:1002:Bob:/home/bob:/bin/bash
            carol:x:1003:1003:Carol:/home/carol:/bin/bash
            dave:x:1004:1004:Dave:/home/dave:/bin/bash
            erin:x:1005:1005:Erin:/home/erin:/bin/bash
            frank:x:1006:1006:Frank:/home/frank:/bin/bash
            gina:x:500:500:Gina:/home/gina:/bin/bash
            """)
        .shadow("gw", """
            root:$6$r:2026-10-01:0:90:7:::        # pass
            daemon:*:2020-01-01:0:99999:7:::     # skip cannot_log_in
            svc_fix:!!:2020-01-01:0:99999:7:::   # skip key_only
            alice:$6$a:2026-08-22:0:90:7:::      # pass: exactly 90 days
            bob:$6$b:2026-08-21:0:90:7:::        # FAIL: 91 days
            carol:$6$c:0:0:90:7:::               # pass: must change at next login
            dave:$6$d::0:90:7:::                 # FAIL: no known change
            erin:$6$e:2025-01-01:0:90:7:::       # skip customer
            frank:$6$f:2025-01-01:0:90:7:::      # skip disabled
            gina:$6$g:2025-01-01:0:90:7:::       # skip system_account
            """)
        .accounts("""
            gw,frank,,,,N
            """)
        .people("""
            C001,林客戶,customer,,,gw:erin
            """);
  }

  @Test
  void failsAccountsPastTheMaximumAgeAndAccountsWithNoKnownChange() {
    Evaluation e = gateway().run(new PasswordsChangedWithinMaxAge());

    assertThat(failing(e)).containsExactlyInAnyOrder(account("gw", "bob"), account("gw", "dave"));
    assertThat(e.passed()).isEqualTo(3);
    assertThat(e.skipped())
        .isEqualTo(Map.of("cannot_log_in", 1, "key_only", 1, "customer", 1, "disabled", 1, "system_account", 1));
    assertThat(e.observed()).containsEntry("must_change_at_next_login", 1);
  }

  @Test
  void listsThePasswordAgeOfEveryInScopeAccountWithAKnownChangeOldestFirst() {
    Evaluation e = gateway().run(new PasswordsChangedWithinMaxAge());

    // as of 2026-11-20: bob 91 days, alice 90, root 50; carol (must change) and dave (unknown) carry no age.
    assertThat(e.observed().get("password_ages")).isEqualTo(java.util.List.of(
        Map.of("system", "gw", "account", "bob", "age_days", 91L),
        Map.of("system", "gw", "account", "alice", "age_days", 90L),
        Map.of("system", "gw", "account", "root", "age_days", 50L)));
    assertThat(e.observed()).containsEntry("password_ages_total", 3);
  }

  @Test
  void capsTheListedPasswordAgesAndKeepsTheTotal() {
    StringBuilder passwd = new StringBuilder();
    StringBuilder shadow = new StringBuilder();
    int n = PasswordsChangedWithinMaxAge.MAX_AGES_LISTED + 5;
    for (int i = 0; i < n; i++) {
      passwd.append("u").append(i).append(":x:").append(2000 + i).append(":100::/home/u:/bin/bash\n");
      shadow.append("u").append(i).append(":$6$x:2026-11-01:0:90:7:::\n");
    }
    Evaluation e = new AccountPack().system("gw", true).passwd("gw", passwd.toString()).shadow("gw", shadow.toString())
        .run(new PasswordsChangedWithinMaxAge());

    assertThat((java.util.List<?>) e.observed().get("password_ages")).hasSize(PasswordsChangedWithinMaxAge.MAX_AGES_LISTED);
    assertThat(e.observed()).containsEntry("password_ages_total", n);
  }

  @Test
  void statesTheAgeAndTheLimitInBothLanguages() {
    Evaluation.Failure bob = failureOf(gateway().run(new PasswordsChangedWithinMaxAge()), account("gw", "bob"));

    assertThat(bob.message().zh()).isEqualTo("gw 上的帳號 bob 的密碼已 91 天未變更（上限 90 天）。");
    assertThat(bob.message().en()).isEqualTo("Account bob on gw last changed its password 91 days ago (limit 90).");
    assertThat(bob.observed()).containsEntry("password_age_days", 91L).containsEntry("password_changed_on", "2026-08-21");
    assertThat(bob.evidence()).containsExactly(Provenance.line("gw/passwd", 5), Provenance.line("gw/shadow", 5));
  }

  @Test
  void passesAnAccountChangedExactlyAtTheLimitAndFailsOneDayPast() {
    Evaluation e = gateway().policy("password_max_age_days", 91).run(new PasswordsChangedWithinMaxAge());

    assertThat(failing(e)).containsExactly(account("gw", "dave"));
  }

  @Test
  void appliesAStricterLimitFromThePolicy() {
    Evaluation e = gateway().policy("password_max_age_days", 60).run(new PasswordsChangedWithinMaxAge());

    assertThat(failing(e)).containsExactlyInAnyOrder(account("gw", "alice"), account("gw", "bob"), account("gw", "dave"));
  }

  @Test
  void readsTheLastChangeFromAWindowsExportWhenThereIsNoShadow() {
    Evaluation e =
        new AccountPack()
            .accounts("""
                ad,jchen,,,,Y,,2026-08-22    # pass
                ad,lwang,,,,Y,,2026-08-21    # FAIL
                ad,old,,,,N,,2020-01-01      # skip disabled
                """)
            .run(new PasswordsChangedWithinMaxAge());

    assertThat(failing(e)).containsExactly(account("ad", "lwang"));
    assertThat(e.skipped()).isEqualTo(Map.of("disabled", 1));
  }

  @Test
  void passesNothingWithoutAccountEvidence() {
    Evaluation e = new AccountPack().system("gw", true).run(new PasswordsChangedWithinMaxAge());

    assertThat(e.failures()).isEmpty();
    assertThat(e.passed()).isZero();
  }
}
