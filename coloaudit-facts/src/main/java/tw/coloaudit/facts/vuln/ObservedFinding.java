package tw.coloaudit.facts.vuln;

import java.util.List;
import tw.coloaudit.model.Provenance;
import tw.coloaudit.model.vuln.ScanSeverity;

/**
 * One finding (a plugin) on one host in one scan, merged over the ports and scanners that reported
 * it: the highest severity, every CVE, every port and every item's provenance.
 */
public record ObservedFinding(
    String plugin, String name, ScanSeverity severity, List<String> cves, List<String> ports, List<Provenance> sources) {

  public ObservedFinding {
    cves = List.copyOf(cves);
    ports = List.copyOf(ports);
    sources = List.copyOf(sources);
  }

  /** Whether a register's finding cell names this one: the plugin id, or one of its CVEs (case ignored). */
  public boolean isNamedBy(String finding) {
    if (finding == null) return false;
    String f = finding.strip();
    if (plugin.equalsIgnoreCase(f)) return true;
    for (String c : cves) if (c.equalsIgnoreCase(f)) return true;
    return false;
  }
}
