package tw.coloaudit.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How the findings of a later run compare with an earlier one, by fingerprint: new, persisting,
 * fixed and waived, each with its fix deadline (限期改善) and whether the later run is past it.
 * Report writers read it as it is; it is computed here so every reader gets the same answer.
 *
 * @param before the earlier run
 * @param after the later run
 * @param entries every finding of either run once, sorted by change, control and fingerprint
 */
public record RunDiff(RunRef before, RunRef after, List<Entry> entries) {

  /** Which run a side of the diff is. */
  public record RunRef(String id, LocalDate asOf, String brokerId, String packSha256) {

    static RunRef of(RecordedRun r) {
      return new RunRef(r.id(), r.asOf(), r.brokerId(), r.packSha256());
    }
  }

  /** What happened to a finding between the two runs. */
  public enum Change {
    /** Open in the later run and absent from the earlier one. */
    NEW,
    /** Open in the later run and present (open or waived) in the earlier one. */
    PERSISTING,
    /** Present in the earlier run and absent from the later one. */
    FIXED,
    /** Present in the later run and covered by a waiver in force there. */
    WAIVED;

    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * One finding of the diff: the later run's copy when it has one, else the earlier run's, with
   * its deadline (or null) and whether it is still open in the later run after that deadline.
   */
  public record Entry(Change change, RecordedFinding finding, Deadline deadline, boolean overdue) {}

  public RunDiff {
    entries = List.copyOf(entries);
  }

  /**
   * Compares two runs by fingerprint. {@code deadlines} are by fingerprint; an open finding of the
   * later run whose deadline is before the later run's as-of date is overdue.
   */
  public static RunDiff between(RecordedRun before, RecordedRun after, Map<String, Deadline> deadlines) {
    Map<String, RecordedFinding> earlier = byFingerprint(before);
    Map<String, RecordedFinding> later = byFingerprint(after);
    List<Entry> entries = new ArrayList<>();
    for (RecordedFinding f : later.values()) {
      Change change = f.waived() ? Change.WAIVED : earlier.containsKey(f.fingerprint()) ? Change.PERSISTING : Change.NEW;
      Deadline d = deadlines.get(f.fingerprint());
      boolean overdue = d != null && !f.waived() && d.overdueOn(after.asOf());
      entries.add(new Entry(change, f, d, overdue));
    }
    for (RecordedFinding f : earlier.values()) {
      if (!later.containsKey(f.fingerprint())) entries.add(new Entry(Change.FIXED, f, deadlines.get(f.fingerprint()), false));
    }
    entries.sort(
        Comparator.comparing((Entry e) -> e.change())
            .thenComparing(e -> e.finding().control())
            .thenComparing(e -> e.finding().fingerprint()));
    return new RunDiff(RunRef.of(before), RunRef.of(after), entries);
  }

  private static Map<String, RecordedFinding> byFingerprint(RecordedRun run) {
    Map<String, RecordedFinding> m = new LinkedHashMap<>();
    for (RecordedFinding f : run.findings()) m.putIfAbsent(f.fingerprint(), f);
    return m;
  }

  /** The entries of one kind of change. */
  public List<Entry> of(Change change) {
    return entries.stream().filter(e -> e.change() == change).toList();
  }

  /** The open findings of the later run that are past their fix deadline. */
  public List<Entry> overdue() {
    return entries.stream().filter(Entry::overdue).toList();
  }

  /** How many entries there are of each change, in the order of {@link Change}. */
  public Map<Change, Integer> counts() {
    Map<Change, Integer> n = new LinkedHashMap<>();
    for (Change c : Change.values()) n.put(c, 0);
    for (Entry e : entries) n.merge(e.change(), 1, Integer::sum);
    return n;
  }
}
