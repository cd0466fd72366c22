package tw.coloaudit.facts.coverage;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import tw.coloaudit.model.Provenance;

/**
 * How a set of logs covers time, per source (a device or a system): for every hour with lines,
 * the line count and the first and last instant, with where they came from. Bounded (one entry
 * per source and hour) and mergeable, so years of logs reduce to a few thousand entries per
 * source; gaps are measured exactly between consecutive timestamped lines.
 */
public final class LogCoverage {

  /** One hour of one source. */
  public static final class Hour {
    long lines;
    long rejects;
    Instant first;
    Instant last;
    Provenance firstAt;
    Provenance lastAt;

    public long lines() {
      return lines;
    }

    public long rejects() {
      return rejects;
    }

    public Instant first() {
      return first;
    }

    public Instant last() {
      return last;
    }

    public Provenance firstAt() {
      return firstAt;
    }

    public Provenance lastAt() {
      return lastAt;
    }

    void add(Instant t, Provenance at) {
      lines++;
      if (first == null || t.isBefore(first)) {
        first = t;
        firstAt = at;
      }
      if (last == null || t.isAfter(last)) {
        last = t;
        lastAt = at;
      }
    }

    void merge(Hour o) {
      lines += o.lines;
      rejects += o.rejects;
      if (o.first != null && (first == null || o.first.isBefore(first))) {
        first = o.first;
        firstAt = o.firstAt;
      }
      if (o.last != null && (last == null || o.last.isAfter(last))) {
        last = o.last;
        lastAt = o.lastAt;
      }
    }
  }

  /** A stretch with no line, between the lines on either side (null at a window edge). */
  public record Gap(Instant from, Instant to, Provenance before, Provenance after) {
    public Duration length() {
      return Duration.between(from, to);
    }
  }

  private final Map<String, NavigableMap<Long, Hour>> bySource = new TreeMap<>();

  /** Adds one timestamped line of a source. {@code at} may be null when provenance is not kept. */
  public void add(String source, Instant time, Provenance at) {
    hour(source, Math.floorDiv(time.getEpochSecond(), 3600)).add(time, at);
  }

  /** Counts a line of a source that could not be read, in the hour of the line before it. */
  public void reject(String source, Instant near) {
    hour(source, Math.floorDiv(near.getEpochSecond(), 3600)).rejects++;
  }

  private Hour hour(String source, long index) {
    return bySource.computeIfAbsent(source, s -> new TreeMap<>()).computeIfAbsent(index, i -> new Hour());
  }

  public void merge(LogCoverage other) {
    other.bySource.forEach((source, hours) -> {
      NavigableMap<Long, Hour> mine = bySource.computeIfAbsent(source, s -> new TreeMap<>());
      hours.forEach((i, h) -> mine.computeIfAbsent(i, k -> new Hour()).merge(h));
    });
  }

  public Set<String> sources() {
    return Collections.unmodifiableSet(bySource.keySet());
  }

  /** The hours of a source with lines, by hour start, in time order. */
  public NavigableMap<Instant, Hour> hours(String source) {
    NavigableMap<Instant, Hour> out = new TreeMap<>();
    bySource.getOrDefault(source, new TreeMap<>()).forEach((i, h) -> out.put(Instant.ofEpochSecond(i * 3600), h));
    return out;
  }

  public long lines(String source) {
    return bySource.getOrDefault(source, new TreeMap<>()).values().stream().mapToLong(h -> h.lines).sum();
  }

  /** The first and last instant of a source, or null when it has no line. */
  public Instant first(String source) {
    var hours = bySource.get(source);
    return hours == null || hours.isEmpty() ? null : hours.firstEntry().getValue().first;
  }

  public Instant last(String source) {
    var hours = bySource.get(source);
    return hours == null || hours.isEmpty() ? null : hours.lastEntry().getValue().last;
  }

  /**
   * Every gap longer than {@code tolerance} within {@code [start, end)}: between consecutive lines,
   * and from {@code start} to the first line and from the last line to {@code end} (the window's
   * edges count). A source with no line in the window is one gap over the whole window.
   */
  public List<Gap> gaps(String source, Instant start, Instant end, Duration tolerance) {
    List<Gap> out = new ArrayList<>();
    Instant prev = start;
    Provenance prevAt = null;
    var hours = bySource.getOrDefault(source, new TreeMap<>());
    long fromIndex = Math.floorDiv(start.getEpochSecond(), 3600);
    long toIndex = Math.floorDiv(end.getEpochSecond(), 3600);
    for (Hour h : hours.subMap(fromIndex, true, toIndex, true).values()) {
      if (h.first == null) continue;
      if (h.last.isBefore(start) || !h.first.isBefore(end)) continue;
      Instant first = h.first.isBefore(start) ? start : h.first;
      if (Duration.between(prev, first).compareTo(tolerance) > 0) out.add(new Gap(prev, first, prevAt, h.firstAt));
      prev = h.last.isAfter(end) ? end : h.last;
      prevAt = h.lastAt;
    }
    if (Duration.between(prev, end).compareTo(tolerance) > 0) out.add(new Gap(prev, end, prevAt, null));
    return out;
  }
}
