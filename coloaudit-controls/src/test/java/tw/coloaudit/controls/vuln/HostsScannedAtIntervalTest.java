package tw.coloaudit.controls.vuln;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.coloaudit.controls.vuln.VulnPack.failing;
import static tw.coloaudit.controls.vuln.VulnPack.failureOf;
import static tw.coloaudit.controls.vuln.VulnPack.gap;
import static tw.coloaudit.controls.vuln.VulnPack.host;
import static tw.coloaudit.controls.vuln.VulnPack.missing;

import java.util.Map;
import org.junit.jupiter.api.Test;
import tw.coloaudit.controls.Evaluation;
import tw.coloaudit.model.PartyType;

class HostsScannedAtIntervalTest {

  private final HostsScannedAtInterval control = new HostsScannedAtInterval();

  private static VulnPack pack() {
    return VulnPack.standard()
        .device("colo-sw-1", "10.20.1.2", PartyType.BROKER, "twse-colo")
        .device("vendor-box", "10.20.1.3", PartyType.VENDOR, "twse-colo")     // not in scope: vendor-owned
        .scan("10.20.1.11", "2025-12-01")
        .scan("colo-gw-1", "2026-06-02")        // 183 days after the last: passes
        .scan("10.20.1.11", "2026-11-01")
        .scan("10.20.1.41", "2025-10-01")
        .scan("10.20.1.41", "2026-04-10")       // FAIL: 191 days after the last
                                                // FAIL: 224 days from 2026-04-10 to the as-of date
        .scan("10.20.1.2", "2026-05-21")        // 183 days to the as-of date: passes
        .scan("10.20.1.51", "2024-01-01")       // not important: out of scope
        .scan("10.20.1.3", "2024-01-01");       // out of scope
  }

  @Test
  void failsGapsBetweenScansAndFromTheLastScanToTheAsOfDate() {
    Evaluation e = pack().run(control);

    assertThat(failing(e)).containsExactlyInAnyOrder(
        gap("colo-db-1", "2025-10-01", "2026-04-10"),
        gap("colo-db-1", "2026-04-10", "2026-11-20"));
    assertThat(e.passed()).as("colo-gw-1 and colo-sw-1").isEqualTo(2);
    assertThat(e.skipped()).isEqualTo(Map.of("never_scanned", 1));
    assertThat(e.missing()).isEmpty();
    assertThat(e.observed()).containsEntry("hosts_in_scope", 4).containsEntry("scanned_hosts_out_of_scope", 2L);
  }

  @Test
  void statesTheGapAndPointsAtBothScans() {
    Evaluation e = pack().run(control);

    Evaluation.Failure between = failureOf(e, gap("colo-db-1", "2025-10-01", "2026-04-10"));
    assertThat(between.message().en())
        .isEqualTo("Host colo-db-1 went 191 days between vulnerability scans, from 2025-10-01 to 2026-04-10 (limit 183).");
    assertThat(between.evidence()).extracting(p -> p.file()).containsExactly("scans/2025-10-01.nessus", "scans/2026-04-10.nessus");
    Evaluation.Failure since = failureOf(e, gap("colo-db-1", "2026-04-10", "2026-11-20"));
    assertThat(since.message().zh()).isEqualTo("主機 colo-db-1 自 2026-04-10 最後一次弱點掃描至查核基準日 2026-11-20 已 224 天未掃描（上限 183 天）。");
    assertThat(since.observed()).containsEntry("gap_days", 224L);
  }

  @Test
  void passesAGapEqualToTheLimitAndFailsOneDayMore() {
    Evaluation e = VulnPack.standard()
        .scan("10.20.1.11", "2026-01-01").scan("10.20.1.11", "2026-07-03").scan("10.20.1.11", "2026-11-20")  // 183, 140
        .scan("10.20.1.21", "2026-01-01").scan("10.20.1.21", "2026-07-04").scan("10.20.1.21", "2026-11-20")  // FAIL 184
        .scan("10.20.1.41", "2026-11-20")
        .run(control);

    assertThat(failing(e)).containsExactly(gap("colo-win-1", "2026-01-01", "2026-07-04"));
    assertThat(e.passed()).isEqualTo(2);
  }

  @Test
  void leavesNeverScannedHostsToCoverageAndIgnoresScansAfterTheAsOfDate() {
    Evaluation e = VulnPack.standard().scan("10.20.1.11", "2026-11-21").run(control);

    assertThat(failing(e)).isEmpty();
    assertThat(e.skipped()).isEqualTo(Map.of("never_scanned", 3));
  }

  @Test
  void listsEveryHostInScopeAsMissingEvidenceWhenThePackHoldsNoScan() {
    Evaluation e = VulnPack.standard().device("colo-sw-1", "10.20.1.2", PartyType.BROKER, "twse-tcpip").run(control);

    assertThat(failing(e)).isEmpty();
    assertThat(missing(e)).containsExactly(host("colo-gw-1"), host("colo-win-1"), host("colo-db-1"), host("colo-sw-1"));
  }
}
