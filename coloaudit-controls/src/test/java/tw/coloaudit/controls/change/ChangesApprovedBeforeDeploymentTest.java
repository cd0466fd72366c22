package tw.coloaudit.controls.change;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.coloaudit.controls.colo.ColoPack.failing;
import static tw.coloaudit.controls.colo.ColoPack.failureOf;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tw.coloaudit.controls.Evaluation;
import tw.coloaudit.controls.colo.ColoPack;
import tw.coloaudit.model.Subject;

class ChangesApprovedBeforeDeploymentTest {

  private static final String PEOPLE = """
      E001,王大明,employee,範例證券
      E003,林志豪,employee,範例證券
      E004,張淑芬,employee,範例證券
      """;

  private static final String CHANGES = """
      CR-1,gw,林志豪,2026-08-05,資訊主管 張淑芬,2026-08-06
      CR-2,gw,林志豪,2026-09-21,張淑芬,2026-09-16
      CR-3,gw,林志豪,2026-10-02,張淑芬,2026-10-03
      CR-4,gw,林志豪,,,
      CR-5,gw,E003,2026-10-20,經理 林志豪,
      CR-6,db,林志豪,2026-10-01,張淑芬,
      cr-7,gw,林志豪,2026-10-01,張淑芬,
      """;

  private static final String DEPLOYMENTS = """
      gw,2026-08-08T20:30:00,王大明,CR-1       # pass
      gw,2026-09-18T21:00:00,王大明,CR-2       # FAIL: approved after
      gw,2026-10-02T22:00:00,E001,CR-3         # FAIL: approved the same day (passes) but tested the day after
      gw,2026-10-05T20:00:00,王大明,CR-4       # FAIL: never approved
      gw,2026-10-21T20:00:00,王大明,CR-5       # FAIL: requester approved it himself
      gw,2026-10-22T20:00:00,林志豪,CR-1       # FAIL: not the system owner
      gw,2026-10-23T20:00:00,王大明,CR-9       # FAIL: no such change request
      gw,2026-10-17T19:45:00,王大明,           # FAIL: no change cited
      gw,2026-10-24T20:00:00,王大明,CR-7       # pass: change ids compare without regard to case
      db,2026-10-01T23:00:00,陳怡君,CR-6       # pass: db names no owner
      mon,2026-11-03T18:00:00,林志豪,          # skip: not important
      lab,2026-11-03T18:00:00,林志豪,          # skip: not in the manifest
      """;

  private static ColoPack pack() {
    return new ColoPack()
        .system("gw", "order-gateway", true, "E001", "10.20.1.11")
        .system("db", "database", true, null, "10.20.1.41")
        .system("mon", "other", false, null, "10.20.1.51")
        .people(PEOPLE);
  }

  @Test
  void failsDeploymentsNotApprovedAndTestedFirstByOthersOrNotMadeByTheOwner() {
    Evaluation e = pack().changes(CHANGES).deployments(DEPLOYMENTS).run(new ChangesApprovedBeforeDeployment());

    assertThat(failing(e)).containsExactlyInAnyOrder(
        Subject.of("system", "gw", "change_id", "CR-2"),
        Subject.of("system", "gw", "change_id", "CR-3"),
        Subject.of("system", "gw", "change_id", "CR-4"),
        Subject.of("system", "gw", "change_id", "CR-5"),
        Subject.of("system", "gw", "change_id", "CR-1"),
        Subject.of("system", "gw", "change_id", "CR-9"),
        Subject.of("system", "gw", "deployed_at", "2026-10-17T19:45:00+08:00"));
    assertThat(e.passed()).isEqualTo(2);
    assertThat(e.skipped()).isEqualTo(Map.of("not_important", 1, "system_not_in_manifest", 1));
    assertThat(failureOf(e, Subject.of("system", "gw", "change_id", "CR-3")).observed())
        .containsEntry("problems", List.of("tested_after_deployment"));
    assertThat(failureOf(e, Subject.of("system", "gw", "change_id", "CR-5")).observed())
        .containsEntry("problems", List.of("self_approved"));
    assertThat(failureOf(e, Subject.of("system", "gw", "change_id", "CR-1")).observed())
        .containsEntry("problems", List.of("not_by_owner"));
  }

  @Test
  void statesWhyTheDeploymentFails() {
    Evaluation e = pack().changes(CHANGES).deployments(DEPLOYMENTS).run(new ChangesApprovedBeforeDeployment());

    assertThat(failureOf(e, Subject.of("system", "gw", "change_id", "CR-2")).message().en())
        .isEqualTo("Deployment on gw (change CR-2): it was approved on 2026-09-21, after the deployment of 2026-09-18.");
    assertThat(failureOf(e, Subject.of("system", "gw", "deployed_at", "2026-10-17T19:45:00+08:00")).message().zh())
        .isEqualTo("gw 的部署（於 2026-10-17T19:45:00+08:00）：部署未引用變更單。");
  }

  @Test
  void withoutTheChangeRegisterOnlyDeploymentsCitingNoChangeFail() {
    Evaluation e = pack().deployments(DEPLOYMENTS).run(new ChangesApprovedBeforeDeployment());

    assertThat(failing(e)).containsExactlyInAnyOrder(
        Subject.of("system", "gw", "deployed_at", "2026-10-17T19:45:00+08:00"),
        Subject.of("system", "gw", "change_id", "CR-1"));
  }

  @Test
  void judgesNothingWithoutDeployments() {
    Evaluation e = pack().changes(CHANGES).run(new ChangesApprovedBeforeDeployment());

    assertThat(failing(e)).isEmpty();
    assertThat(e.passed()).isZero();
  }
}
