package tw.coloaudit.controls.vuln;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tw.coloaudit.controls.AuditControl;
import tw.coloaudit.controls.AuditInput;
import tw.coloaudit.controls.Control;
import tw.coloaudit.controls.Evaluation;
import tw.coloaudit.facts.vuln.HostScans;
import tw.coloaudit.model.Localized;
import tw.coloaudit.model.Provenance;
import tw.coloaudit.model.Severity;
import tw.coloaudit.model.Subject;

/** VULN-COVERAGE: every host in scope appears in at least one vulnerability scan. */
@Control(
    id = "VULN-COVERAGE",
    family = "vuln",
    pattern = 8,
    titleZh = "弱點掃描涵蓋所有主機",
    titleEn = "Every host in scope scanned",
    checksZh = "範圍內（重要系統之主機，及本公司所有、位於 twse-colo 或 twse-tcpip 網路且有 IP 之機櫃設備）的每台主機，"
        + "於查核基準日前至少出現在一次弱點掃描中。主機依系統 hosts 之 IP 或主機名稱比對，否則依清冊主機名稱，否則依 IP。",
    checksEn = "Every host in scope (the hosts of important systems, and broker-owned inventory devices with an IP on "
        + "twse-colo or twse-tcpip) appears in at least one vulnerability scan on or before the as-of date. Scanned hosts "
        + "are matched to systems by the IPs and host names in their hosts, else to the inventory's host name, else by IP.",
    severity = Severity.HIGH,
    refs = {"CC-19000", "主機共置服務管理辦法 art. 19", "TWSE 2020-12-31 co-location audit findings, pattern 8"},
    requires = {"vuln-scan"},
    uses = {"rack-inventory"},
    subjects = {"host"})
public final class EveryHostInScopeScanned implements AuditControl {

  @Override
  public void evaluate(AuditInput in, Evaluation out) {
    VulnScope scope = new VulnScope(in);
    out.observe("hosts_in_scope", scope.hosts.size());
    out.observe("scanned_hosts_out_of_scope", scope.scannedOutOfScope());
    List<Provenance> scanFiles = scope.facts.scanFiles();
    for (Map.Entry<String, List<Provenance>> e : scope.hosts.entrySet()) {
      String host = e.getKey();
      Subject subject = Subject.of("host", host);
      if (!scope.scansPresent) {
        out.noEvidence(subject, VulnScope.SCAN_KIND);
        continue;
      }
      HostScans hs = scope.history.host(host);
      if (hs != null && !hs.scans().firstKey().isAfter(in.asOf())) {
        out.pass(subject);
        continue;
      }
      // The scans it is missing from, and the inventory row that puts a device in scope.
      List<Provenance> evidence = new ArrayList<>(e.getValue());
      evidence.addAll(scanFiles);
      out.fail(
          subject,
          Localized.of(
              "主機 " + host + " 未出現在任何弱點掃描中（共 " + scanFiles.size() + " 份掃描報告）。",
              "Host " + host + " appears in none of the vulnerability scans (" + scanFiles.size() + " scan "
                  + (scanFiles.size() == 1 ? "report" : "reports") + ")."),
          Map.of("scan_reports", scanFiles.size()),
          evidence);
    }
  }
}
