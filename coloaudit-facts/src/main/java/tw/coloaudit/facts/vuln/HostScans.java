package tw.coloaudit.facts.vuln;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.TreeSet;

/** Every scan of one host, by date, and what changed between consecutive scans. */
public final class HostScans {

  /** What one scan found compared with the scan before it (the first scan has no previous). */
  public record Delta(LocalDate previous, LocalDate date, List<String> added, List<String> fixed, List<String> persisting) {}

  private final String host;
  private final NavigableMap<LocalDate, Scan> scans;

  HostScans(String host, TreeMap<LocalDate, Scan> scans) {
    this.host = host;
    this.scans = Collections.unmodifiableNavigableMap(scans);
  }

  /** The host's subject name. */
  public String host() {
    return host;
  }

  public NavigableMap<LocalDate, Scan> scans() {
    return scans;
  }

  /** The first scan strictly after {@code date}, or null. */
  public Scan scanAfter(LocalDate date) {
    Map.Entry<LocalDate, Scan> e = scans.higherEntry(date);
    return e == null ? null : e.getValue();
  }

  /** Every plugin this host was ever found with, sorted. */
  public List<String> plugins() {
    TreeSet<String> all = new TreeSet<>();
    scans.values().forEach(s -> all.addAll(s.findings().keySet()));
    return List.copyOf(all);
  }

  /** The scans that found {@code plugin}, in date order. */
  public List<Scan> scansWith(String plugin) {
    List<Scan> out = new ArrayList<>();
    for (Scan s : scans.values()) if (s.has(plugin)) out.add(s);
    return out;
  }

  /** For each scan, the plugins new since the previous scan, gone since it, and still there. */
  public List<Delta> deltas() {
    List<Delta> out = new ArrayList<>();
    Scan prev = null;
    for (Scan s : scans.values()) {
      List<String> added = new ArrayList<>();
      List<String> persisting = new ArrayList<>();
      List<String> fixed = new ArrayList<>();
      for (String p : new TreeSet<>(s.findings().keySet())) {
        if (prev != null && prev.has(p)) persisting.add(p);
        else added.add(p);
      }
      if (prev != null) {
        for (String p : new TreeSet<>(prev.findings().keySet())) if (!s.has(p)) fixed.add(p);
      }
      out.add(new Delta(prev == null ? null : prev.date(), s.date(), added, fixed, persisting));
      prev = s;
    }
    return out;
  }
}
