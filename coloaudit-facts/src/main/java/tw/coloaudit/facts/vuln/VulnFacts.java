package tw.coloaudit.facts.vuln;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import tw.coloaudit.model.Provenance;
import tw.coloaudit.model.SystemDef;
import tw.coloaudit.model.vuln.RemediationRecord;
import tw.coloaudit.model.vuln.ScanFinding;
import tw.coloaudit.model.vuln.ScanHost;
import tw.coloaudit.model.vuln.ScanSeverity;

/**
 * The vulnerability-management evidence: every host each scan saw and what it found, the
 * remediation register, and the inventory devices that widen the scan scope. Hosts are named only
 * in {@link #history}, which needs the manifest's systems and timezone.
 */
public final class VulnFacts {

  private final List<ScanHost> scanHosts;
  private final List<ScanFinding> findings;
  private final List<RemediationRecord> remediations;
  private final List<InventoryHost> inventory;

  private VulnFacts(
      List<ScanHost> scanHosts, List<ScanFinding> findings, List<RemediationRecord> remediations, List<InventoryHost> inventory) {
    this.scanHosts = List.copyOf(scanHosts);
    this.findings = List.copyOf(findings);
    this.remediations = List.copyOf(remediations);
    this.inventory = List.copyOf(inventory);
  }

  /** The facts of these records; {@code inventory} is empty when the pack has no rack inventory. */
  public static VulnFacts build(
      List<ScanHost> scanHosts, List<ScanFinding> findings, List<RemediationRecord> remediations, List<InventoryHost> inventory) {
    return new VulnFacts(scanHosts, findings, remediations, inventory);
  }

  public static VulnFacts empty() {
    return build(List.of(), List.of(), List.of(), List.of());
  }

  public List<ScanHost> scanHosts() {
    return scanHosts;
  }

  public List<ScanFinding> findings() {
    return findings;
  }

  public List<RemediationRecord> remediations() {
    return remediations;
  }

  public List<InventoryHost> inventory() {
    return inventory;
  }

  /** Each scan file once, sorted, as file-level provenance. */
  public List<Provenance> scanFiles() {
    TreeSet<String> files = new TreeSet<>();
    scanHosts.forEach(h -> files.add(h.source().file()));
    return files.stream().map(Provenance::file).toList();
  }

  /** The scans of every host, named against {@code systems} and the inventory, dated in {@code zone}. */
  public ScanHistory history(List<SystemDef> systems, ZoneId zone) {
    HostNames names = new HostNames(systems, inventory);
    Map<ScanHost, String> nameOf = new IdentityHashMap<>();
    Map<String, TreeMap<LocalDate, Draft>> byHost = new TreeMap<>();
    for (ScanHost h : scanHosts) {
      if (h.time() == null) continue;
      String name = nameOf.computeIfAbsent(h, x -> names.name(x.declared(), x.ip(), x.names()));
      LocalDate date = h.time().atZone(zone).toLocalDate();
      byHost.computeIfAbsent(name, k -> new TreeMap<>()).computeIfAbsent(date, d -> new Draft()).sources.add(h.source());
    }
    for (ScanFinding f : findings) {
      if (f.time() == null) continue;
      String name = nameOf.computeIfAbsent(f.host(), x -> names.name(x.declared(), x.ip(), x.names()));
      LocalDate date = f.time().atZone(zone).toLocalDate();
      Draft d = byHost.computeIfAbsent(name, k -> new TreeMap<>()).computeIfAbsent(date, x -> new Draft());
      if (d.sources.isEmpty()) d.sources.add(f.host().source());
      d.findings.computeIfAbsent(f.plugin(), p -> new FindingDraft()).add(f);
    }
    TreeMap<String, HostScans> hosts = new TreeMap<>();
    byHost.forEach((name, dates) -> {
      TreeMap<LocalDate, Scan> scans = new TreeMap<>();
      dates.forEach((date, d) -> scans.put(date, d.build(date)));
      hosts.put(name, new HostScans(name, scans));
    });
    return new ScanHistory(names, hosts, remediations);
  }

  /** One scan being assembled. */
  private static final class Draft {
    final LinkedHashSet<Provenance> sources = new LinkedHashSet<>();
    final Map<String, FindingDraft> findings = new LinkedHashMap<>();

    Scan build(LocalDate date) {
      Map<String, ObservedFinding> built = new LinkedHashMap<>();
      findings.forEach((p, f) -> built.put(p, f.build(p)));
      return new Scan(date, new ArrayList<>(sources), built);
    }
  }

  /** One plugin of one scan being merged over its items. */
  private static final class FindingDraft {
    String name;
    ScanSeverity severity;
    final LinkedHashSet<String> cves = new LinkedHashSet<>();
    final LinkedHashSet<String> ports = new LinkedHashSet<>();
    final List<Provenance> sources = new ArrayList<>();

    void add(ScanFinding f) {
      if (name == null) name = f.name();
      if (severity == null || f.severity().compareTo(severity) > 0) severity = f.severity();
      cves.addAll(f.cves());
      if (f.port() != null) ports.add(f.port());
      sources.add(f.source());
    }

    ObservedFinding build(String plugin) {
      return new ObservedFinding(plugin, name, severity, new ArrayList<>(cves), new ArrayList<>(ports), sources);
    }
  }
}
