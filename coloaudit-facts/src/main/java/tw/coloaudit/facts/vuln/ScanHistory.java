package tw.coloaudit.facts.vuln;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import tw.coloaudit.model.vuln.RemediationRecord;

/**
 * The scans of every host named as the subjects rule says, and the remediation records joined to
 * them: the view of {@link VulnFacts} for one manifest's systems and timezone.
 */
public final class ScanHistory {

  private final HostNames names;
  private final SortedMap<String, HostScans> hosts;
  private final List<RemediationJoin> remediation;

  ScanHistory(HostNames names, SortedMap<String, HostScans> hosts, List<RemediationRecord> records) {
    this.names = names;
    this.hosts = Collections.unmodifiableSortedMap(hosts);
    List<RemediationJoin> joins = new ArrayList<>();
    for (RemediationRecord r : records) joins.addAll(join(r));
    this.remediation = List.copyOf(joins);
  }

  public HostNames names() {
    return names;
  }

  /** Every scanned host by subject name. */
  public SortedMap<String, HostScans> hosts() {
    return hosts;
  }

  /** The scans of one host, or null when it was never scanned. */
  public HostScans host(String name) {
    return hosts.get(name);
  }

  /** Every remediation record joined to its host's scans, in register order. */
  public List<RemediationJoin> remediation() {
    return remediation;
  }

  /** The joins of the records about one finding of one host. */
  public List<RemediationJoin> remediation(String host, String plugin) {
    return remediation.stream().filter(j -> j.host().equals(host) && plugin.equals(j.plugin())).toList();
  }

  private List<RemediationJoin> join(RemediationRecord r) {
    String host = names.name(r.host());
    HostScans hs = host == null ? null : hosts.get(host);
    List<RemediationJoin> out = new ArrayList<>();
    if (hs != null) {
      for (String plugin : hs.plugins()) {
        boolean named = hs.scansWith(plugin).stream().anyMatch(s -> s.findings().get(plugin).isNamedBy(r.finding()));
        if (!named) continue;
        LocalDate d = r.decidedOn();
        if (d == null) {
          out.add(new RemediationJoin(r, host, plugin, null, null, RemediationJoin.Status.UNDATED));
          continue;
        }
        var before = hs.scans().floorKey(d);
        Scan after = hs.scanAfter(d);
        RemediationJoin.Status status =
            after == null
                ? RemediationJoin.Status.AWAITING_SCAN
                : after.has(plugin) ? RemediationJoin.Status.PERSISTING : RemediationJoin.Status.FIXED;
        out.add(new RemediationJoin(r, host, plugin, before, after == null ? null : after.date(), status));
      }
    }
    if (out.isEmpty()) out.add(new RemediationJoin(r, host, null, null, null, RemediationJoin.Status.NOT_FOUND));
    return out;
  }
}
