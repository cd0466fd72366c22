package tw.coloaudit.controls.account;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.coloaudit.controls.account.AccountPack.account;
import static tw.coloaudit.controls.account.AccountPack.failing;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import tw.coloaudit.controls.Evaluation;
import tw.coloaudit.facts.log.LoginFacts;
import tw.coloaudit.facts.log.LoginReduction;
import tw.coloaudit.model.Provenance;
import tw.coloaudit.model.log.LoginRecord;

/** ACC-DORMANT and PWD-DEFAULT reading the login logs: last logins and direct logins by default accounts. */
class LoginLogAccountChecksTest {

  private static LoginFacts logins(String... lines) {
    LoginReduction r = new LoginReduction();
    LoginFacts f = r.empty();
    int n = 0;
    for (String l : lines) {
      String[] c = l.split(",");
      r.fold(f, new LoginRecord(c[0], c[1], LocalDateTime.parse(c[2]).atZone(AccountPack.ZONE).toInstant(), "10.0.0.1",
          c[3].equals("Y"), null, "sshd", Provenance.line("auth.log", ++n)));
    }
    return f;
  }

  @Test
  void theLatestOfTheLogsAndTheAccountsLastLoginDecidesDormancy() {
    // Review 2026-07-12, idle limit 90: the logs' 2026-04-13 login is 90 days before it.
    Evaluation e = new AccountPack().system("gw", true)
        .accounts("""
            gw,fromlogs,,,,Y,2025-01-01               # pass: logs show a login 90 days before the review
            gw,stale,,,,Y,2025-01-01,2026-07-01       # FAIL: password changed lately but last login per logs 2026-04-12
            gw,newer,,,,Y,2025-01-01,,2026-07-01T09:00 # pass: the account's own last login is later than the logs'
            gw,failedonly,,,,Y,2026-06-01             # pass: a failed attempt is not a login, creation 41 days before
            """)
        .reviews("gw,2026-07-12,E001,")
        .logins(logins(
            "gw,fromlogs,2026-04-13T09:00:00,Y",
            "gw,stale,2026-04-12T09:00:00,Y",
            "gw,newer,2026-01-01T09:00:00,Y",
            "gw,failedonly,2025-01-01T09:00:00,N"))
        .run(new DormantAccountsReviewed());

    assertThat(failing(e)).containsExactly(account("gw", "stale"));
  }

  @Test
  void aDirectLoginByAnEnabledDefaultAccountFailsPwdDefault() {
    Evaluation e = new AccountPack().system("gw", true).system("db", true)
        .accounts("""
            gw,root,,,,Y                # FAIL: barred by sshd but logged in per the logs
            gw,admin,,,,N               # pass: disabled, whatever the logs say
            gw,guest,,,,Y               # FAIL: enabled default account (no login needed)
            """)
        .sshd("gw", "PermitRootLogin no")
        .logins(logins(
            "gw,root,2026-11-03T10:15:22,Y",
            "gw,admin,2026-11-03T10:15:22,Y",
            "gw,wangdm,2026-11-03T10:15:22,Y",
            "db,root,2026-11-03T10:15:22,Y",  // FAIL: root logs in on db, whose accounts are not in the pack
            "db,sa,2026-11-03T10:15:22,N"))
        .run(new DefaultAccountsBarredFromLogin());

    assertThat(failing(e)).containsExactlyInAnyOrder(account("gw", "root"), account("gw", "guest"), account("db", "root"));
    assertThat(e.failures().stream().filter(f -> f.subject().equals(account("gw", "root"))).findFirst().orElseThrow().message().en())
        .contains("logged in directly 1 time");
  }
}
