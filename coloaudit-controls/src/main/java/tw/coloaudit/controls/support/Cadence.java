package tw.coloaudit.controls.support;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * The cadence rule of CONTROLS.md: gaps longer than a limit between consecutive record dates, and
 * from the last record to the as-of date; the time before the first record is not a gap.
 */
public final class Cadence {

  private Cadence() {}

  /** One gap: the two record dates (or the last record and the as-of date) and the days between. */
  public record Gap(LocalDate from, LocalDate to, long days) {}

  /**
   * The gaps longer than {@code limitDays} (a gap equal to the limit passes). Dates after the
   * as-of date, duplicates and nulls are left out.
   */
  public static List<Gap> gaps(Collection<LocalDate> dates, LocalDate asOf, int limitDays) {
    TreeSet<LocalDate> sorted = new TreeSet<>();
    for (LocalDate d : dates) if (d != null && !d.isAfter(asOf)) sorted.add(d);
    List<Gap> out = new ArrayList<>();
    LocalDate prev = null;
    for (LocalDate d : sorted) {
      if (prev != null) add(out, prev, d, limitDays);
      prev = d;
    }
    if (prev != null) add(out, prev, asOf, limitDays);
    return out;
  }

  private static void add(List<Gap> out, LocalDate from, LocalDate to, int limitDays) {
    long days = Days.between(from, to);
    if (days > limitDays) out.add(new Gap(from, to, days));
  }
}
