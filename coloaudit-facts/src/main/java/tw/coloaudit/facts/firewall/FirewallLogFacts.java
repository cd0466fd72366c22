package tw.coloaudit.facts.firewall;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tw.coloaudit.facts.coverage.LogCoverage;
import tw.coloaudit.model.Provenance;

/**
 * What years of firewall logs reduce to: per device and hour, lines and rejects with the first
 * and last instant ({@link LogCoverage}); the device each file spoke of; and the connections the
 * firewalls accepted from Internet (non-private) sources, per device, destination and source with
 * a count and the first line, bounded to the first {@link #MAX_DESTINATIONS} destinations and
 * {@link #MAX_SOURCES_PER_DESTINATION} sources each (what is beyond is counted, not listed).
 */
public final class FirewallLogFacts {

  public static final int MAX_DESTINATIONS = 10_000;
  public static final int MAX_SOURCES_PER_DESTINATION = 1_000;

  /** Connections accepted from one Internet source to one destination through one device. */
  public static final class Accepted {
    private final String device;
    private final String src;
    private final String dst;
    private long count;
    private Instant first;
    private Provenance firstAt;

    Accepted(String device, String src, String dst) {
      this.device = device;
      this.src = src;
      this.dst = dst;
    }

    public String device() {
      return device;
    }

    public String src() {
      return src;
    }

    public String dst() {
      return dst;
    }

    public long count() {
      return count;
    }

    public Instant first() {
      return first;
    }

    public Provenance firstAt() {
      return firstAt;
    }

    void add(long n, Instant time, Provenance at) {
      count += n;
      if (first == null || (time != null && time.isBefore(first))) {
        first = time;
        firstAt = at;
      }
    }
  }

  private final LogCoverage coverage = new LogCoverage();
  private final Map<String, String> deviceOfFile = new LinkedHashMap<>();
  // device -> dst -> src -> accepted
  private final Map<String, Map<String, Map<String, Accepted>>> accepted = new LinkedHashMap<>();
  private int destinations;
  private long unlisted;

  public LogCoverage coverage() {
    return coverage;
  }

  /** The device named for each firewall-log file (the first one its lines spoke of). */
  public Map<String, String> deviceOfFile() {
    return Collections.unmodifiableMap(deviceOfFile);
  }

  /** Every listed accepted Internet connection, in evidence order. */
  public List<Accepted> accepted() {
    List<Accepted> out = new ArrayList<>();
    accepted.values().forEach(byDst -> byDst.values().forEach(bySrc -> out.addAll(bySrc.values())));
    return out;
  }

  /** Accepted Internet connections beyond the bound: counted, not listed. */
  public long unlisted() {
    return unlisted;
  }

  void file(String path, String device) {
    deviceOfFile.putIfAbsent(path, device);
  }

  void accept(String device, String src, String dst, long n, Instant time, Provenance at) {
    Map<String, Map<String, Accepted>> byDst = accepted.computeIfAbsent(device, d -> new LinkedHashMap<>());
    Map<String, Accepted> bySrc = byDst.get(dst);
    if (bySrc == null) {
      if (destinations >= MAX_DESTINATIONS) {
        unlisted += n;
        return;
      }
      destinations++;
      bySrc = new LinkedHashMap<>();
      byDst.put(dst, bySrc);
    }
    Accepted a = bySrc.get(src);
    if (a == null) {
      if (bySrc.size() >= MAX_SOURCES_PER_DESTINATION) {
        unlisted += n;
        return;
      }
      a = new Accepted(device, src, dst);
      bySrc.put(src, a);
    }
    a.add(n, time, at);
  }

  void merge(FirewallLogFacts other) {
    coverage.merge(other.coverage);
    other.deviceOfFile.forEach(deviceOfFile::putIfAbsent);
    for (Accepted a : other.accepted()) accept(a.device, a.src, a.dst, a.count, a.first, a.firstAt);
    unlisted += other.unlisted;
  }
}
