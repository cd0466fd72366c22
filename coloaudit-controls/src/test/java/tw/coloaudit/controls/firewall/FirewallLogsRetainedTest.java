package tw.coloaudit.controls.firewall;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tw.coloaudit.controls.Evaluation;

class FirewallLogsRetainedTest {

  private static final FirewallLogsRetained CONTROL = new FirewallLogsRetained();

  /** A line every 12 hours over the whole window 2023-11-20 .. 2026-11-20, except the days given. */
  private static FwInput everyTwelveHours(String... missingDays) {
    FwInput in = new FwInput().kind("firewall-log");
    Set<String> skip = Set.of(missingDays);
    for (var d = FwInput.AS_OF.minusYears(3); d.isBefore(FwInput.AS_OF); d = d.plusDays(1)) {
      if (skip.contains(d.toString())) continue;
      in.log("colo-fw-1", d + "T06:00:00");
      in.log("colo-fw-1", d + "T18:00:00");
    }
    return in;
  }

  @Test
  void passesWhenTheLogsCoverTheWindow() {
    Evaluation e = everyTwelveHours().run(CONTROL);
    assertThat(FwInput.failing(e)).isEmpty();
    assertThat(FwInput.missing(e)).isEmpty();
    assertThat(e.passed()).isEqualTo(1);
  }

  @Test
  void listsEveryGapLongerThanTheToleranceWithTheDatesOnEitherSide() {
    Evaluation e = everyTwelveHours("2025-03-11", "2025-03-12", "2026-01-01").run(CONTROL);
    assertThat(FwInput.failing(e)).containsExactlyInAnyOrder(
        Map.of("device", "colo-fw-1", "from", "2025-03-10", "to", "2025-03-13"),
        Map.of("device", "colo-fw-1", "from", "2025-12-31", "to", "2026-01-02"));
  }

  @Test
  void theWindowStartAndTheAsOfDateCountAsEdges() {
    FwInput in = new FwInput().kind("firewall-log");
    for (var d = FwInput.AS_OF.minusYears(1); d.isBefore(FwInput.AS_OF.minusDays(3)); d = d.plusDays(1)) {
      in.log("colo-fw-1", d + "T12:00:00");
    }
    Evaluation e = in.run(CONTROL);
    assertThat(FwInput.failing(e)).containsExactlyInAnyOrder(
        Map.of("device", "colo-fw-1", "from", "2023-11-20", "to", "2025-11-20"),
        Map.of("device", "colo-fw-1", "from", "2026-11-16", "to", "2026-11-20"));
  }

  @Test
  void aGapOfExactlyTheToleranceAndTheSystemsSinceDateAreRespected() {
    FwInput in = new FwInput().kind("firewall-log").policy("firewall_log_retention_years", 1).policy("log_gap_hours", 48);
    // Lines every 48 hours exactly, from the window start 2025-11-20 00:00 to the as-of date.
    for (var d = FwInput.AS_OF.minusYears(1); !d.isAfter(FwInput.AS_OF); d = d.plusDays(2)) {
      in.log("colo-fw-1", d + "T00:00:00");
    }
    assertThat(FwInput.failing(in.run(CONTROL))).isEmpty();
  }

  @Test
  void aDeclaredFirewallWithoutLogsHasNoEvidence() {
    Evaluation e = new FwInput().kind("firewall-log").run(CONTROL);
    assertThat(FwInput.missing(e)).containsExactly(Map.of("system", "colo-fw-1"));
    assertThat(FwInput.failing(e)).isEmpty();
  }
}
