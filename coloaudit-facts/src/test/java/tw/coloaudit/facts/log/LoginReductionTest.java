package tw.coloaudit.facts.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import tw.coloaudit.model.Provenance;
import tw.coloaudit.model.log.LogLine;
import tw.coloaudit.model.log.LoginRecord;

class LoginReductionTest {

  private final LoginReduction reduction = new LoginReduction();
  private int line;

  private LoginRecord login(String system, String user, String time, String origin, boolean success, String sid) {
    return new LoginRecord(system, user, time == null ? null : Instant.parse(time), origin, success, sid, "sshd",
        Provenance.line("auth.log", ++line));
  }

  @Test
  void foldsFieldCountsFirstAndLastLoginsSuperusersAndDefaultAccounts() {
    LoginFacts f = reduction.empty();
    reduction.fold(f, login("gw", "wangdm", "2026-11-02T01:00:00Z", "10.20.5.12", true, null));
    reduction.fold(f, login("gw", "WANGDM", "2026-11-01T01:00:00Z", "10.20.5.12", true, null));
    reduction.fold(f, login("gw", "wangdm", "2026-11-05T01:00:00Z", "10.20.5.12", false, null));
    reduction.fold(f, login("gw", "root", "2026-11-03T01:00:00Z", null, true, null));
    reduction.fold(f, login("gw", null, "2026-11-03T02:00:00Z", "10.20.9.9", false, null));
    reduction.fold(f, login("win", "COLO\\renamed", null, "10.20.5.12", true, "S-1-5-21-1-2-3-500"));
    reduction.fold(f, new LogLine("gw", Instant.parse("2026-11-04T00:00:00Z"), Provenance.line("auth.log", 99)));
    reduction.fold(f, new LogLine(null, Instant.parse("2026-11-04T00:00:00Z"), Provenance.line("auth.log", 100)));

    assertThat(f.fields("gw").records()).isEqualTo(5);
    assertThat(f.fields("gw").missing("user")).isEqualTo(1);
    assertThat(f.fields("gw").missing("source")).isEqualTo(1);
    assertThat(f.fields("win").missing("time")).isEqualTo(1);
    assertThat(f.lastLogin("gw", "wangdm")).as("failed attempts are not logins").isEqualTo(Instant.parse("2026-11-02T01:00:00Z"));
    assertThat(f.logins("gw", "wangdm").orElseThrow().first().time()).isEqualTo(Instant.parse("2026-11-01T01:00:00Z"));
    assertThat(f.superuserLogins()).extracting(Login::account).containsExactly("root", "COLO\\renamed");
    assertThat(f.defaultAccountLogins().get("gw")).containsOnlyKeys("root");
    assertThat(f.coverage().lines("gw")).isEqualTo(6);
    assertThat(f.unattributedLines()).isEqualTo(1);
  }

  @Test
  void mergesPartialsInFileOrderAndKeepsTheSuperuserListBounded() {
    LoginFacts a = reduction.empty();
    LoginFacts b = reduction.empty();
    for (int i = 0; i < LoginFacts.KEPT_SUPERUSER_LOGINS; i++) {
      reduction.fold(a, login("gw", "root", "2026-01-01T00:00:00Z", "10.0.0.1", true, null));
    }
    reduction.fold(b, login("gw", "root", "2026-02-01T00:00:00Z", "10.0.0.1", true, null));
    reduction.fold(b, login("gw", "sa", "2026-03-01T00:00:00Z", "10.0.0.1", true, null));
    reduction.merge(a, b);

    assertThat(a.superuserLogins()).hasSize(LoginFacts.KEPT_SUPERUSER_LOGINS);
    assertThat(a.superuserLoginCount()).isEqualTo(LoginFacts.KEPT_SUPERUSER_LOGINS + 2L);
    assertThat(a.lastLogin("gw", "root")).isEqualTo(Instant.parse("2026-02-01T00:00:00Z"));
    assertThat(a.defaultAccountLogins().get("gw").get("root").count()).isEqualTo(LoginFacts.KEPT_SUPERUSER_LOGINS + 1L);
  }
}
