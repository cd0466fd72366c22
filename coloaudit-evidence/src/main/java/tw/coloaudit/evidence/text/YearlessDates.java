package tw.coloaudit.evidence.text;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.YearMonth;
import tw.coloaudit.evidence.spi.YearBound;
import tw.coloaudit.model.Localized;

/**
 * Gives years to timestamps that carry none, by the rule of EVIDENCE.md: the last line of a file
 * takes the latest year that does not put it after the file's bound, and going backwards the year
 * drops by one each time the month jumps forward. Parsers use it in two passes over a file: the
 * first {@link #observe}s every timestamp in file order, then {@link #resolver} assigns years to
 * the same timestamps in the same order. Written by hand because no library implements this rule.
 */
public final class YearlessDates {

  private int lastMonth = -1;
  private int rollovers;
  private int lastDayOfMonth;
  private long lastNanoOfDay = -1;

  /** First pass: one yearless timestamp, in file order. */
  public void observe(int month, int day, LocalTime time) {
    observe(month, day, time.toNanoOfDay());
  }

  /**
   * First pass, without objects: one yearless timestamp, in file order (called once per line
   * over gigabytes of logs).
   */
  public void observe(int month, int day, int hour, int minute, int second) {
    observe(month, day, (hour * 3600L + minute * 60L + second) * 1_000_000_000L);
  }

  private void observe(int month, int day, long nanoOfDay) {
    if (lastMonth > 0 && month < lastMonth) rollovers++;
    lastMonth = month;
    if (day < 1 || day > java.time.Month.of(month).maxLength()) MonthDay.of(month, day); // throws as before
    lastDayOfMonth = day;
    lastNanoOfDay = nanoOfDay;
  }

  /** Whether any timestamp was observed. */
  public boolean isEmpty() {
    return lastNanoOfDay < 0;
  }

  /** The year of the first timestamp, given the bound; the resolver counts up from it. */
  public Resolver resolver(YearBound bound) {
    if (isEmpty()) return new Resolver(bound.latest().getYear());
    MonthDay lastDay = MonthDay.of(lastMonth, lastDayOfMonth);
    LocalTime lastTime = LocalTime.ofNanoOfDay(lastNanoOfDay);
    int year = bound.latest().getYear();
    while (year > 1 && after(year, bound.latest(), lastDay, lastTime)) year--;
    return new Resolver(year - rollovers);
  }

  private static boolean after(int year, LocalDateTime bound, MonthDay lastDay, LocalTime lastTime) {
    return at(year, lastDay.getMonthValue(), lastDay.getDayOfMonth(), lastTime).isAfter(bound);
  }

  /** Feb 29 in a year without one is read as Feb 28 rather than dropped. */
  private static LocalDateTime at(int year, int month, int day, LocalTime time) {
    int last = YearMonth.of(year, month).lengthOfMonth();
    return LocalDateTime.of(year, month, Math.min(day, last), 0, 0).with(time);
  }

  /** The reason for a month and day that no year has, in both languages. */
  public static Localized noSuchDate(int month, int day) {
    return Localized.of("日期不存在：" + month + " 月 " + day + " 日", "no such date: month " + month + " day " + day);
  }

  /** A month and day that no year has; {@link #reason()} says so in both languages. */
  public static final class NoSuchDate extends IllegalArgumentException {
    private final Localized reason;

    NoSuchDate(int month, int day, Throwable cause) {
      super(noSuchDate(month, day).en(), cause);
      this.reason = noSuchDate(month, day);
    }

    public Localized reason() {
      return reason;
    }
  }

  /** Second pass: assigns years to the same timestamps in the same order. */
  public static final class Resolver {
    private int year;
    private int lastMonth = -1;

    Resolver(int firstYear) {
      this.year = firstYear;
    }

    public LocalDateTime next(int month, int day, LocalTime time) {
      year(month);
      try {
        return at(year, month, day, time);
      } catch (DateTimeException e) {
        throw new NoSuchDate(month, day, e);
      }
    }

    /** Like {@link #next} without building a date: the year of the next timestamp, by its month. */
    public int year(int month) {
      if (lastMonth > 0 && month < lastMonth) year++;
      lastMonth = month;
      return year;
    }
  }
}
