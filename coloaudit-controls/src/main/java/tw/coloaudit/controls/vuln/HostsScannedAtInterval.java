package tw.coloaudit.controls.vuln;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tw.coloaudit.controls.AuditControl;
import tw.coloaudit.controls.AuditInput;
import tw.coloaudit.controls.Control;
import tw.coloaudit.controls.Evaluation;
import tw.coloaudit.controls.PolicyKeys;
import tw.coloaudit.controls.support.Cadence;
import tw.coloaudit.controls.support.Days;
import tw.coloaudit.facts.vuln.HostScans;
import tw.coloaudit.facts.vuln.Scan;
import tw.coloaudit.model.Localized;
import tw.coloaudit.model.Provenance;
import tw.coloaudit.model.Severity;
import tw.coloaudit.model.Subject;

/** VULN-CADENCE: every host in scope that was ever scanned is scanned again within the interval. */
@Control(
    id = "VULN-CADENCE",
    family = "vuln",
    pattern = 8,
    titleZh = "弱點掃描至少每半年一次",
    titleEn = "Vulnerability scans at least every six months",
    checksZh = "範圍內（重要系統之主機，及本公司所有、位於 twse-colo 或 twse-tcpip 網路且有 IP 之機櫃設備）曾受掃描的每台主機，"
        + "相鄰兩次掃描之間及最後一次掃描至查核基準日的間隔不超過上限；首次掃描前不計。從未受掃描的主機由 VULN-COVERAGE 列出。",
    checksEn = "For every host in scope (the hosts of important systems, and broker-owned inventory devices with an IP on "
        + "twse-colo or twse-tcpip) that was scanned at least once, no gap between consecutive scans, nor from the last "
        + "scan to the as-of date, exceeds the limit; the time before the first scan is not a gap. Hosts never scanned "
        + "are left to VULN-COVERAGE.",
    severity = Severity.HIGH,
    refs = {"CC-19000", "主機共置服務管理辦法 art. 19", "TWSE 2020-12-31 co-location audit findings, pattern 8"},
    requires = {"vuln-scan"},
    uses = {"rack-inventory"},
    policy = {"scan_interval_days"},
    subjects = {"host,from,to"})
public final class HostsScannedAtInterval implements AuditControl {

  @Override
  public void evaluate(AuditInput in, Evaluation out) {
    VulnScope scope = new VulnScope(in);
    int limit = in.policy().intValue(PolicyKeys.SCAN_INTERVAL_DAYS);
    out.observe("hosts_in_scope", scope.hosts.size());
    out.observe("scanned_hosts_out_of_scope", scope.scannedOutOfScope());
    for (String host : scope.hosts.keySet()) {
      if (!scope.scansPresent) {
        out.noEvidence(Subject.of("host", host), VulnScope.SCAN_KIND);
        continue;
      }
      HostScans hs = scope.history.host(host);
      if (hs == null || hs.scans().firstKey().isAfter(in.asOf())) {
        out.skip("never_scanned");
        continue;
      }
      List<Cadence.Gap> gaps = Cadence.gaps(hs.scans().keySet(), in.asOf(), limit);
      if (gaps.isEmpty()) out.pass(Subject.of("host", host));
      for (Cadence.Gap g : gaps) {
        List<Provenance> evidence = new ArrayList<>(sources(hs, g.from()));
        evidence.addAll(sources(hs, g.to()));
        boolean toAsOf = !hs.scans().containsKey(g.to());
        out.fail(
            Subject.of("host", host, "from", g.from().toString(), "to", g.to().toString()),
            toAsOf
                ? Localized.of(
                    "主機 " + host + " 自 " + g.from() + " 最後一次弱點掃描至查核基準日 " + g.to() + " 已 " + g.days() + " 天未掃描（上限 " + limit + " 天）。",
                    "Host " + host + " has gone " + Days.en(g.days()) + " without a vulnerability scan since its last one on " + g.from()
                        + ", to the as-of date " + g.to() + " (limit " + limit + ").")
                : Localized.of(
                    "主機 " + host + " 的弱點掃描自 " + g.from() + " 至 " + g.to() + " 相隔 " + g.days() + " 天（上限 " + limit + " 天）。",
                    "Host " + host + " went " + Days.en(g.days()) + " between vulnerability scans, from " + g.from() + " to " + g.to()
                        + " (limit " + limit + ")."),
            Map.of("gap_days", g.days(), "limit_days", limit, "scans", hs.scans().headMap(in.asOf(), true).size()),
            evidence);
      }
    }
  }

  private static List<Provenance> sources(HostScans hs, LocalDate date) {
    Scan s = hs.scans().get(date);
    return s == null ? List.of() : s.sources();
  }
}
