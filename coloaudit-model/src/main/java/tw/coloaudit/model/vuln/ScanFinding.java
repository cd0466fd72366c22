package tw.coloaudit.model.vuln;

import java.time.Instant;
import java.util.List;
import tw.coloaudit.model.Provenance;
import tw.coloaudit.model.Timestamped;

/**
 * One vulnerability a scan reported on a host: a Nessus {@code ReportItem}, an OpenVAS
 * {@code <result>} or a scan CSV row.
 *
 * @param plugin the scanner's own id (Nessus pluginID, OpenVAS NVT OID), or a CVE when the scan
 *     gives no id
 * @param port where it was seen ({@code 80/tcp}), or null
 */
public record ScanFinding(
    ScanHost host, String plugin, String name, ScanSeverity severity, List<String> cves, String port, Provenance source)
    implements Timestamped {

  public ScanFinding {
    cves = cves == null ? List.of() : List.copyOf(cves);
  }

  @Override
  public Instant time() {
    return host.time();
  }
}
