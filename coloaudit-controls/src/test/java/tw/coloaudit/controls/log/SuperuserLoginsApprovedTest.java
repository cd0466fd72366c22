package tw.coloaudit.controls.log;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.coloaudit.controls.log.LogPack.failing;

import org.junit.jupiter.api.Test;
import tw.coloaudit.controls.Evaluation;
import tw.coloaudit.model.Subject;

class SuperuserLoginsApprovedTest {

  private static final String APPROVALS = """
      gw,root,E006,2026-06-01T09:00:00,2026-06-01T12:00:00,資訊主管 王大明
      win,Administrator,E002,2026-06-02T09:00:00,2026-06-02T10:00:00,E001
      db,sa,E001,2026-06-03T09:00:00,2026-06-03T10:00:00,E001          # FAIL self-approved
      db,sa,E002,2026-06-04T09:00:00,2026-06-04T10:00:00,              # FAIL no approver
      """;

  private static final String LOGINS = """
      gw,root,2026-06-01T09:00:00,10.20.5.12,Y        # at the window's start: pass
      gw,root,2026-06-01T12:00:00,10.20.5.12,Y        # at the window's end: pass
      gw,root,2026-06-01T12:00:01,10.20.5.12,Y        # FAIL one second after
      gw,root,2026-06-05T02:00:00,10.20.9.15,N        # failed: not a login
      gw,wangdm,2026-06-05T02:00:00,10.20.5.12,Y      # not a superuser
      win,COLO\\\\Administrator,2026-06-02T09:30:00,10.20.5.12,Y   # pass, domain prefix ignored
      win,admin2,2026-06-02T09:30:00,10.20.5.12,Y,S-1-5-21-1-2-3-500  # FAIL renamed built-in Administrator
      db,sa,2026-06-03T09:30:00,10.20.1.11,Y          # inside a self-approved window: the request is the finding
      db,SA,2026-07-01T09:30:00,10.20.1.11,Y          # FAIL
      """;

  @Test
  void failsSuperuserLoginsOutsideApprovedWindowsAndSelfApprovedRequests() {
    Evaluation e = new LogPack().system("gw", true).system("win", true).system("db", true)
        .approvals(APPROVALS).logins(LOGINS).run(new SuperuserLoginsApproved());

    assertThat(failing(e)).containsExactlyInAnyOrder(
        Subject.of("system", "gw", "account", "root", "login_at", "2026-06-01T12:00:01+08:00"),
        Subject.of("system", "win", "account", "admin2", "login_at", "2026-06-02T09:30:00+08:00"),
        Subject.of("system", "db", "account", "SA", "login_at", "2026-07-01T09:30:00+08:00"),
        Subject.of("system", "db", "account", "sa", "start", "2026-06-03T09:00:00+08:00"),
        Subject.of("system", "db", "account", "sa", "start", "2026-06-04T09:00:00+08:00"));
    assertThat(e.failures()).allMatch(f -> !f.evidence().isEmpty());
  }

  @Test
  void passesWhenEverySuperuserLoginIsInsideAnApprovedWindow() {
    Evaluation e = new LogPack().system("gw", true)
        .approvals("gw,root,E006,2026-06-01T09:00:00,2026-06-01T12:00:00,E001")
        .logins("gw,root,2026-06-01T10:00:00,10.20.5.12,Y")
        .run(new SuperuserLoginsApproved());

    assertThat(failing(e)).isEmpty();
    assertThat(e.passed()).isEqualTo(2);
  }

  @Test
  void withNoApprovalsEverySuperuserLoginFails() {
    Evaluation e = new LogPack().system("gw", true).kind("privileged-approvals")
        .logins("gw,root,2026-06-01T10:00:00,10.20.5.12,Y\ngw,root,2026-06-01T10:00:00,10.20.5.12,Y   # same second: one subject")
        .run(new SuperuserLoginsApproved());

    assertThat(failing(e)).containsExactly(Subject.of("system", "gw", "account", "root", "login_at", "2026-06-01T10:00:00+08:00"));
  }

  @Test
  void reportsNothingForASystemWithoutLoginLogs() {
    Evaluation e = new LogPack().system("gw", true).approvals("gw,root,E006,2026-06-01T09:00:00,2026-06-01T12:00:00,E001")
        .run(new SuperuserLoginsApproved());

    assertThat(failing(e)).isEmpty();
    assertThat(e.passed()).isEqualTo(1);
  }
}
