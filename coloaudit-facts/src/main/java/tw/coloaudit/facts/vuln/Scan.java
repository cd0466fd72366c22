package tw.coloaudit.facts.vuln;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import tw.coloaudit.model.Provenance;

/**
 * One scan of one host: its local date, where the scan of the host is recorded (a Nessus
 * ReportHost, an OpenVAS host or result, a CSV row), and its findings by plugin. Scans of a host on
 * the same date are one scan.
 */
public record Scan(LocalDate date, List<Provenance> sources, Map<String, ObservedFinding> findings) {

  public Scan {
    sources = List.copyOf(sources);
    findings = Map.copyOf(findings);
  }

  public boolean has(String plugin) {
    return findings.containsKey(plugin);
  }
}
