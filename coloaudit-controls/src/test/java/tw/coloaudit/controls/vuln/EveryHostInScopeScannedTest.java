package tw.coloaudit.controls.vuln;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.coloaudit.controls.vuln.VulnPack.failing;
import static tw.coloaudit.controls.vuln.VulnPack.failureOf;
import static tw.coloaudit.controls.vuln.VulnPack.host;
import static tw.coloaudit.controls.vuln.VulnPack.missing;

import org.junit.jupiter.api.Test;
import tw.coloaudit.controls.Evaluation;
import tw.coloaudit.model.PartyType;

class EveryHostInScopeScannedTest {

  private final EveryHostInScopeScanned control = new EveryHostInScopeScanned();

  private static VulnPack pack() {
    return VulnPack.standard()
        .device("colo-sw-1", "10.20.1.2", PartyType.BROKER, "twse-colo")      // FAIL: in scope, never scanned
        .device("colo-fw-1", "10.20.1.1", PartyType.BROKER, "twse-tcpip")     // pass: scanned by name
        .device("cust-box", "10.20.1.3", PartyType.CUSTOMER, "twse-colo")     // out of scope: customer-owned
        .device("pdu-1", "10.20.1.4", PartyType.BROKER, "internal")          // out of scope: internal network
        .device("colo-db-1", "10.20.1.41", PartyType.BROKER, "twse-colo")     // the same host as the system
        .scan("10.20.1.11", "2026-05-01")
        .scan("colo-db-1.colo.example.com.tw", "2026-05-01")
        .scan("colo-fw-1", "2026-05-01");
    // colo-win-1: FAIL, never scanned; colo-mon-1 is not important and not scanned: out of scope
  }

  @Test
  void failsEveryHostInScopeThatNoScanSaw() {
    Evaluation e = pack().run(control);

    assertThat(failing(e)).containsExactlyInAnyOrder(host("colo-win-1"), host("colo-sw-1"));
    assertThat(e.passed()).as("colo-gw-1, colo-db-1, colo-fw-1").isEqualTo(3);
    assertThat(e.missing()).isEmpty();
    assertThat(e.observed()).containsEntry("hosts_in_scope", 5);
  }

  @Test
  void citesTheScansAndTheInventoryRowThatPutsADeviceInScope() {
    Evaluation e = pack().run(control);

    Evaluation.Failure sw = failureOf(e, host("colo-sw-1"));
    assertThat(sw.message().en()).isEqualTo("Host colo-sw-1 appears in none of the vulnerability scans (1 scan report).");
    assertThat(sw.evidence()).extracting(p -> p.toString()).containsExactly("inventory/rack.csv:2", "scans/2026-05-01.nessus");
    assertThat(failureOf(e, host("colo-win-1")).message().zh()).isEqualTo("主機 colo-win-1 未出現在任何弱點掃描中（共 1 份掃描報告）。");
  }

  @Test
  void countsAScanOnTheAsOfDateButNotOneAfterIt() {
    Evaluation e = VulnPack.standard()
        .scan("10.20.1.11", "2026-11-20")
        .scan("10.20.1.21", "2026-11-21")       // FAIL: after the as-of date
        .scan("10.20.1.41", "2020-01-01")       // long ago, but scanned: coverage passes
        .run(control);

    assertThat(failing(e)).containsExactly(host("colo-win-1"));
    assertThat(e.passed()).isEqualTo(2);
  }

  @Test
  void listsEveryHostInScopeAsMissingEvidenceWhenThePackHoldsNoScan() {
    Evaluation e = VulnPack.standard().run(control);

    assertThat(failing(e)).isEmpty();
    assertThat(missing(e)).containsExactly(host("colo-gw-1"), host("colo-win-1"), host("colo-db-1"));
    assertThat(e.missing().get(0).observed()).containsEntry("missing_kind", "vuln-scan");
  }
}
