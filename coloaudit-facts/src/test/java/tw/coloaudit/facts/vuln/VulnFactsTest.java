package tw.coloaudit.facts.vuln;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tw.coloaudit.model.PartyType;
import tw.coloaudit.model.Provenance;
import tw.coloaudit.model.SystemDef;
import tw.coloaudit.model.vuln.RemediationDecision;
import tw.coloaudit.model.vuln.RemediationRecord;
import tw.coloaudit.model.vuln.ScanFinding;
import tw.coloaudit.model.vuln.ScanHost;
import tw.coloaudit.model.vuln.ScanSeverity;

class VulnFactsTest {

  private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");
  private static final List<SystemDef> SYSTEMS = List.of(
      new SystemDef("colo-gw-1", "gw", "order-gateway", true, List.of("10.20.1.11", "colo-gw-1"), null, null),
      new SystemDef("colo-db-1", "db", "database", true, List.of("10.20.1.41"), null, null));
  private static final List<InventoryHost> INVENTORY = List.of(
      new InventoryHost("SW-01", "colo-sw-1", "10.20.1.2", PartyType.BROKER, "twse-colo", Provenance.line("rack.csv", 2)),
      new InventoryHost("VENDOR-BOX", "vbox", "10.20.1.3", PartyType.VENDOR, "twse-colo", Provenance.line("rack.csv", 3)),
      new InventoryHost("PDU", null, "10.20.1.4", PartyType.BROKER, "internal", Provenance.line("rack.csv", 4)));

  private final List<ScanHost> hosts = new ArrayList<>();
  private final List<ScanFinding> findings = new ArrayList<>();
  private final List<RemediationRecord> records = new ArrayList<>();

  private ScanHost host(String ip, String name, String localTime) {
    Instant t = java.time.LocalDateTime.parse(localTime).atZone(TAIPEI).toInstant();
    ScanHost h = new ScanHost("nessus", null, ip, name == null ? List.of() : List.of(name), t, null, Provenance.line("s.nessus", hosts.size() + 1));
    hosts.add(h);
    return h;
  }

  private void finding(ScanHost h, String plugin, ScanSeverity s, String... cves) {
    findings.add(new ScanFinding(h, plugin, plugin + " name", s, List.of(cves), "22/tcp", Provenance.line("s.nessus", 100 + findings.size())));
  }

  private void record(String host, String finding, RemediationDecision d, String on) {
    records.add(new RemediationRecord(host, finding, d, on == null ? null : LocalDate.parse(on), "王大明", "說明", Provenance.line("r.csv", records.size() + 2)));
  }

  private ScanHistory history() {
    return VulnFacts.build(hosts, findings, records, INVENTORY).history(SYSTEMS, TAIPEI);
  }

  @Test
  void namesHostsBySystemThenInventoryHostnameThenIp() {
    host("10.20.1.11", null, "2026-01-05T10:00");
    host(null, "colo-db-1.colo.example.com.tw", "2026-01-05T10:00"); // the first label is a system id
    host(null, "colo-bk-1.colo.example.com.tw", "2026-01-05T10:00"); // nothing matches: the name as given
    host("10.20.1.99", "colo-gw-1.colo.example.com.tw", "2026-01-05T10:00"); // the first label matches colo-gw-1
    host("10.20.1.2", null, "2026-01-05T10:00");
    host("10.20.1.77", "unknown", "2026-01-05T10:00");

    assertThat(history().hosts().keySet())
        .containsExactly("10.20.1.77", "colo-bk-1.colo.example.com.tw", "colo-db-1", "colo-gw-1", "colo-sw-1");
  }

  @Test
  void mergesScansOfTheSameLocalDateAndFindingsAcrossPorts() {
    ScanHost a = host("10.20.1.11", null, "2026-03-01T23:30"); // 15:30 UTC: still 03-01 in Taipei
    ScanHost b = host("10.20.1.11", null, "2026-03-01T09:00");
    finding(a, "100", ScanSeverity.MEDIUM, "CVE-1");
    finding(b, "100", ScanSeverity.HIGH, "CVE-2");

    HostScans gw = history().host("colo-gw-1");
    assertThat(gw.scans().keySet()).containsExactly(LocalDate.of(2026, 3, 1));
    ObservedFinding f = gw.scans().firstEntry().getValue().findings().get("100");
    assertThat(f.severity()).isEqualTo(ScanSeverity.HIGH);
    assertThat(f.cves()).containsExactly("CVE-1", "CVE-2");
    assertThat(f.sources()).hasSize(2);
  }

  @Test
  void tellsWhatIsNewFixedAndPersistingBetweenConsecutiveScans() {
    ScanHost s1 = host("10.20.1.41", null, "2026-01-10T10:00");
    ScanHost s2 = host("10.20.1.41", null, "2026-04-10T10:00");
    finding(s1, "1", ScanSeverity.HIGH);
    finding(s1, "2", ScanSeverity.HIGH);
    finding(s2, "2", ScanSeverity.HIGH);
    finding(s2, "3", ScanSeverity.LOW);

    List<HostScans.Delta> d = history().host("colo-db-1").deltas();
    assertThat(d).hasSize(2);
    assertThat(d.get(0).added()).containsExactly("1", "2");
    assertThat(d.get(1).added()).containsExactly("3");
    assertThat(d.get(1).fixed()).containsExactly("1");
    assertThat(d.get(1).persisting()).containsExactly("2");
  }

  @Test
  void joinsEachRemediationRecordToTheNextScanOfItsHost() {
    ScanHost s1 = host("10.20.1.41", null, "2026-01-10T10:00");
    ScanHost s2 = host("10.20.1.41", null, "2026-04-10T10:00");
    finding(s1, "1", ScanSeverity.HIGH, "CVE-2024-1");
    finding(s1, "2", ScanSeverity.HIGH);
    finding(s2, "2", ScanSeverity.HIGH);
    finding(s2, "3", ScanSeverity.HIGH);
    record("10.20.1.41", "cve-2024-1", RemediationDecision.PATCHED, "2026-01-20"); // by CVE, any case: fixed
    record("colo-db-1", "2", RemediationDecision.PATCHED, "2026-01-20");          // by system id: persisting
    record("10.20.1.41", "3", RemediationDecision.MITIGATED, "2026-04-10");       // same day as the last scan: none after
    record("10.20.1.41", "2", RemediationDecision.ACCEPTED, null);
    record("10.20.1.41", "999", RemediationDecision.PATCHED, "2026-01-20");

    List<RemediationJoin> j = history().remediation();
    assertThat(j).extracting(RemediationJoin::plugin).containsExactly("1", "2", "3", "2", null);
    assertThat(j).extracting(RemediationJoin::status).containsExactly(
        RemediationJoin.Status.FIXED, RemediationJoin.Status.PERSISTING, RemediationJoin.Status.AWAITING_SCAN,
        RemediationJoin.Status.UNDATED, RemediationJoin.Status.NOT_FOUND);
    assertThat(j.get(1).scanBefore()).isEqualTo(LocalDate.of(2026, 1, 10));
    assertThat(j.get(1).scanAfter()).isEqualTo(LocalDate.of(2026, 4, 10));
    assertThat(j).extracting(RemediationJoin::host).containsOnly("colo-db-1");
  }

  @Test
  void scopesOnlyBrokerOwnedInventoryDevicesOnTheExchangeNetworks() {
    assertThat(INVENTORY).filteredOn(InventoryHost::inScanScope).extracting(InventoryHost::device).containsExactly("SW-01");
  }
}
