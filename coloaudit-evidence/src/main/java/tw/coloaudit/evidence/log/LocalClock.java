package tw.coloaudit.evidence.log;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Turns local date-times into instants quickly for log lines, which come in long runs within the
 * same hour: the epoch second of the hour's start is kept and reused. Not thread-safe; one per file.
 */
final class LocalClock {

  private final ZoneId zone;
  private int year = -1;
  private int month;
  private int day;
  private int hour = -1;
  private long hourStart;
  private int dYear = -1;
  private int dMonth;
  private int dDay;
  private long epochDay;

  LocalClock(ZoneId zone) {
    this.zone = zone;
  }

  /** The instant of a local time in the manifest zone. */
  Instant local(int y, int mo, int d, int h, int mi, int s, int nanos) {
    if (y != year || mo != month || d != day || h != hour) {
      LocalDateTime start = LocalDateTime.of(y, mo, d, h, 0);
      hourStart = start.atZone(zone).toEpochSecond();
      year = y;
      month = mo;
      day = d;
      hour = h;
    }
    return Instant.ofEpochSecond(hourStart + mi * 60L + s, nanos);
  }

  /** The instant of a local time at a fixed offset (seconds east of UTC). */
  Instant offset(int y, int mo, int d, int h, int mi, int s, int nanos, int offsetSeconds) {
    if (y != dYear || mo != dMonth || d != dDay) {
      epochDay = LocalDate.of(y, mo, d).toEpochDay();
      dYear = y;
      dMonth = mo;
      dDay = d;
    }
    return Instant.ofEpochSecond(epochDay * 86_400 + h * 3600L + mi * 60L + s - offsetSeconds, nanos);
  }

  static int offsetSeconds(ZoneOffset o) {
    return o.getTotalSeconds();
  }
}
