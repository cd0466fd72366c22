package tw.coloaudit.controls.colo;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.coloaudit.controls.colo.ColoPack.failing;
import static tw.coloaudit.controls.colo.ColoPack.failureOf;

import org.junit.jupiter.api.Test;
import tw.coloaudit.controls.Evaluation;
import tw.coloaudit.model.Subject;

class RackInventoryTakenPeriodicallyTest {

  // as of 2026-11-20, limit 183 days
  private static final String INVENTORY = """
      A01,U30,閘道,gw,S-GW,,broker,,twse-colo,fw,2025-04-30
      A02,U30,閘道,gw2,S-GW2,,broker,,twse-colo,fw,2025-05-02   # a second rack counted two days later
      A01,U30,閘道,gw,S-GW,,broker,,twse-colo,fw,2025-10-30     # 181 days after 2025-05-02: pass
      A01,U30,閘道,gw,S-GW,,broker,,twse-colo,fw,2026-05-02     # FAIL 2025-10-30 → 2026-05-02: 184 days
      A01,U30,閘道,gw,S-GW,,broker,,twse-colo,fw,2026-11-21     # after the as-of date: left out
      """;

  @Test
  void failsGapsLongerThanTheLimitIncludingTheOneUpToTheAsOfDate() {
    Evaluation e = new ColoPack().inventory(INVENTORY).run(new RackInventoryTakenPeriodically());

    assertThat(failing(e)).containsExactly(
        Subject.of("from", "2025-10-30", "to", "2026-05-02"), Subject.of("from", "2026-05-02", "to", "2026-11-20"));
    assertThat(failureOf(e, Subject.of("from", "2026-05-02", "to", "2026-11-20")).message().en())
        .isEqualTo("The last rack inventory was taken on 2026-05-02, 202 days before the as-of date 2026-11-20 (limit 183).");
    assertThat(failureOf(e, Subject.of("from", "2025-10-30", "to", "2026-05-02")).message().zh())
        .isEqualTo("機櫃盤點自 2025-10-30 至 2026-05-02 相隔 184 天（上限 183 天）。");
  }

  @Test
  void aGapEqualToTheLimitPasses() {
    Evaluation e = new ColoPack()
        .inventory("""
            A01,U30,閘道,gw,S-GW,,broker,,twse-colo,fw,2026-05-21
            """)
        .run(new RackInventoryTakenPeriodically());

    assertThat(failing(e)).isEmpty();
    assertThat(e.passed()).isEqualTo(1);

    Evaluation late = new ColoPack().inventory("A01,U30,閘道,gw,S-GW,,broker,,twse-colo,fw,2026-05-20").run(new RackInventoryTakenPeriodically());
    assertThat(failing(late)).containsExactly(Subject.of("from", "2026-05-20", "to", "2026-11-20"));
  }

  @Test
  void followsTheFirmsOwnLimit() {
    Evaluation e = new ColoPack()
        .inventory("A01,U30,閘道,gw,S-GW,,broker,,twse-colo,fw,2026-08-20")
        .policy("inventory_days", 90)
        .run(new RackInventoryTakenPeriodically());

    assertThat(failing(e)).containsExactly(Subject.of("from", "2026-08-20", "to", "2026-11-20"));
  }

  @Test
  void anInventoryWithoutAnyDateIsNoEvidence() {
    Evaluation e = new ColoPack().inventory("A01,U30,閘道,gw,S-GW,,broker,,twse-colo,fw,").run(new RackInventoryTakenPeriodically());

    assertThat(failing(e)).isEmpty();
    assertThat(e.missing()).extracting(Evaluation.Failure::subject).containsExactly(Subject.of("file", "rack-inventory.csv"));
  }

  @Test
  void judgesNothingWithoutARackInventory() {
    Evaluation e = new ColoPack().run(new RackInventoryTakenPeriodically());

    assertThat(failing(e)).isEmpty();
    assertThat(e.missing()).isEmpty();
    assertThat(e.passed()).isZero();
  }
}
