package tw.coloaudit.controls.vuln;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tw.coloaudit.controls.AuditControl;
import tw.coloaudit.controls.AuditInput;
import tw.coloaudit.controls.Evaluation;
import tw.coloaudit.controls.Policy;
import tw.coloaudit.facts.EvidencePresence;
import tw.coloaudit.facts.Facts;
import tw.coloaudit.facts.vuln.InventoryHost;
import tw.coloaudit.facts.vuln.VulnFacts;
import tw.coloaudit.model.PartyType;
import tw.coloaudit.model.Provenance;
import tw.coloaudit.model.Subject;
import tw.coloaudit.model.SystemDef;
import tw.coloaudit.model.vuln.RemediationDecision;
import tw.coloaudit.model.vuln.RemediationRecord;
import tw.coloaudit.model.vuln.ScanFinding;
import tw.coloaudit.model.vuln.ScanHost;
import tw.coloaudit.model.vuln.ScanSeverity;

/** A small vulnerability-management pack built inline for control tests. */
final class VulnPack {

  static final LocalDate AS_OF = LocalDate.parse("2026-11-20");
  static final ZoneId ZONE = ZoneId.of("Asia/Taipei");

  private final List<SystemDef> systems = new ArrayList<>();
  private final List<ScanHost> hosts = new ArrayList<>();
  private final List<ScanFinding> findings = new ArrayList<>();
  private final List<RemediationRecord> records = new ArrayList<>();
  private final List<InventoryHost> inventory = new ArrayList<>();
  private final Map<String, Set<String>> presence = new HashMap<>();
  private final Map<String, Object> policy = new LinkedHashMap<>();

  /** The usual three important systems and one that is not. */
  static VulnPack standard() {
    return new VulnPack()
        .system("colo-gw-1", true, "10.20.1.11")
        .system("colo-win-1", true, "10.20.1.21")
        .system("colo-db-1", true, "10.20.1.41")
        .system("colo-mon-1", false, "10.20.1.51");
  }

  VulnPack system(String id, boolean important, String ip) {
    systems.add(new SystemDef(id, id, "server", important, List.of(ip, id), null, null));
    return this;
  }

  VulnPack device(String hostname, String ip, PartyType owner, String network) {
    inventory.add(new InventoryHost(hostname.toUpperCase(), hostname, ip, owner, network, Provenance.line("inventory/rack.csv", inventory.size() + 2)));
    return this;
  }

  VulnPack policy(String key, Object value) {
    policy.put(key, value);
    return this;
  }

  /** Marks a kind present, as a file of it with no usable rows would. */
  VulnPack kind(String kind) {
    presence.put(kind, Set.of());
    return this;
  }

  /** A scan of {@code host} (an IP or name) at 10:00 local on {@code date}, with findings {@code plugin:severity[:CVE]}. */
  VulnPack scan(String host, String date, String... items) {
    boolean ip = Character.isDigit(host.charAt(0));
    ScanHost h = new ScanHost("nessus", null, ip ? host : null, ip ? List.of() : List.of(host),
        LocalDate.parse(date).atTime(10, 0).atZone(ZONE).toInstant(), null, Provenance.line("scans/" + date + ".nessus", hosts.size() + 1));
    hosts.add(h);
    for (String item : items) {
      String[] p = item.split(":");
      findings.add(new ScanFinding(h, p[0], "plugin " + p[0], ScanSeverity.parse(p[1]).orElseThrow(),
          p.length > 2 ? List.of(p[2]) : List.of(), "22/tcp", Provenance.line("scans/" + date + ".nessus", 100 + findings.size())));
    }
    return kind("vuln-scan");
  }

  VulnPack record(String host, String finding, String decision, String date) {
    return record(host, finding, decision, date, "資訊主管 王大明", "評估說明");
  }

  VulnPack record(String host, String finding, String decision, String date, String approver, String note) {
    records.add(new RemediationRecord(host, finding, RemediationDecision.parse(decision).orElseThrow(),
        date == null ? null : LocalDate.parse(date), approver, note, Provenance.line("registers/vuln-remediation.csv", records.size() + 2)));
    return kind("vuln-remediation");
  }

  Evaluation run(AuditControl control) {
    Facts facts = new Facts(Map.of(), Map.of(VulnFacts.class, VulnFacts.build(hosts, findings, records, inventory)),
        new EvidencePresence(presence.keySet(), presence));
    Evaluation e = new Evaluation();
    control.evaluate(new AuditInput(AS_OF, ZONE, systems, List.of(), new Policy(policy), facts), e);
    return e;
  }

  static List<Subject> failing(Evaluation e) {
    return e.failures().stream().map(Evaluation.Failure::subject).toList();
  }

  static List<Subject> missing(Evaluation e) {
    return e.missing().stream().map(Evaluation.Failure::subject).toList();
  }

  static Evaluation.Failure failureOf(Evaluation e, Subject s) {
    return e.failures().stream().filter(f -> f.subject().equals(s)).findFirst().orElseThrow();
  }

  static Subject host(String host) {
    return Subject.of("host", host);
  }

  static Subject gap(String host, String from, String to) {
    return Subject.of("host", host, "from", from, "to", to);
  }

  static Subject finding(String host, String plugin) {
    return Subject.of("host", host, "plugin", plugin);
  }
}
