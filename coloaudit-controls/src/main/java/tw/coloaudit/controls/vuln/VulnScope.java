package tw.coloaudit.controls.vuln;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tw.coloaudit.controls.AuditInput;
import tw.coloaudit.facts.vuln.InventoryHost;
import tw.coloaudit.facts.vuln.ScanHistory;
import tw.coloaudit.facts.vuln.VulnFacts;
import tw.coloaudit.model.Provenance;
import tw.coloaudit.model.SystemDef;

/**
 * The hosts the VULN controls cover (CONTROLS.md, VULN-CADENCE): the important systems, and the
 * broker-owned inventory devices with an IP on twse-colo or twse-tcpip, each named once.
 */
final class VulnScope {

  static final String SCAN_KIND = "vuln-scan";
  static final String REGISTER_KIND = "vuln-remediation";

  final VulnFacts facts;
  final ScanHistory history;
  /** Host name to what puts it in scope: empty for a system, the inventory row for a device. */
  final Map<String, List<Provenance>> hosts = new LinkedHashMap<>();
  /** Whether the pack holds any scan file at all. */
  final boolean scansPresent;

  VulnScope(AuditInput in) {
    VulnFacts f = in.facts().fact(VulnFacts.class);
    facts = f != null ? f : VulnFacts.empty();
    history = facts.history(in.systems(), in.zone());
    for (SystemDef s : in.importantSystems()) hosts.put(s.id(), List.of());
    for (InventoryHost d : facts.inventory()) {
      if (d.inScanScope()) hosts.putIfAbsent(history.names().name(d), List.of(d.source()));
    }
    scansPresent = in.facts().presence().has(SCAN_KIND);
  }

  /** Scanned hosts that are not in scope (counted in the controls' observed figures). */
  long scannedOutOfScope() {
    return history.hosts().keySet().stream().filter(h -> !hosts.containsKey(h)).count();
  }
}
