package tw.coloaudit.controls.support;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/** Whole-day ages counted in local dates of the manifest timezone, as the common rules want. */
public final class Days {

  private Days() {}

  /** Whole days from {@code from} to {@code to}; negative when {@code from} is later. */
  public static long between(LocalDate from, LocalDate to) {
    return ChronoUnit.DAYS.between(from, to);
  }

  /** The local date of an instant in the manifest timezone. */
  public static LocalDate localDate(Instant instant, ZoneId zone) {
    return instant.atZone(zone).toLocalDate();
  }

  /** A count of days in English: "1 day", "2 days". */
  public static String en(long days) {
    return days + (Math.abs(days) == 1 ? " day" : " days");
  }
}
