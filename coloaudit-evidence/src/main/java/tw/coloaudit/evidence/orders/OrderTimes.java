package tw.coloaudit.evidence.orders;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.YearMonth;
import java.time.ZoneOffset;
import tw.coloaudit.evidence.register.ValueException;
import tw.coloaudit.evidence.register.Values;

/**
 * Order timestamps, deliberately optimised: receipts and FIX messages run to tens of millions of
 * lines, so the common forms ({@code yyyy-MM-dd HH:mm:ss.fffffffff}, with {@code T} or {@code /},
 * and FIX {@code yyyyMMdd-HH:mm:ss.fff}) are read straight from bytes without allocation; every
 * other form goes through {@link Values#timestamp}. Nanoseconds are kept.
 */
final class OrderTimes {

  private final ZoneId zone;
  private final java.nio.charset.Charset charset;
  /** The zone's offset from {@link #offsetFromLocal} on: its only one, or the one after its last transition. */
  private final int offset;
  /** The local date-time (as UTC epoch seconds) from which {@link #offset} holds; MAX_VALUE when never. */
  private final long offsetFromLocal;
  // The last date read, so that a file of one day converts its date once.
  private int cachedDate = -1;
  private long cachedEpochDay;

  OrderTimes(ZoneId zone) {
    this(zone, java.nio.charset.StandardCharsets.UTF_8);
  }

  /** Times of a file in {@code charset}: a time in words (民國…年, 下午) is decoded as the file is. */
  OrderTimes(ZoneId zone, java.nio.charset.Charset charset) {
    this.charset = charset;
    this.zone = zone;
    tw.coloaudit.model.SettledOffset settled = tw.coloaudit.model.SettledOffset.of(zone);
    offset = settled == null ? 0 : settled.seconds();
    offsetFromLocal = settled == null ? Long.MAX_VALUE : settled.sinceLocalEpochSecond();
  }

  /** Epoch nanoseconds of a receipt time; local unless it carries a zone. */
  long receipt(byte[] b, int from, int to) throws ValueException {
    long fast = fastIso(b, from, to);
    if (fast != Long.MIN_VALUE) return fast;
    String text = new String(b, from, to - from, charset);
    Instant i = Values.timestamp(text, zone);
    if (i == null) return Long.MIN_VALUE;
    if (!text.matches(".*\\d{1,4}\\s*[-/.年]\\s*\\d{1,2}.*") && !text.matches("\\d{5}(\\.\\d+)?")) {
      throw new ValueException("無法將 '" + text + "' 讀為日期時間（缺少日期）", "cannot read '" + text + "' as a date and time: no date");
    }
    return i.getEpochSecond() * 1_000_000_000L + i.getNano();
  }

  /** Epoch nanoseconds of a FIX UTCTimestamp ({@code yyyyMMdd-HH:mm:ss[.fff…]}), or MIN_VALUE. */
  long fix(byte[] b, int from, int to) {
    int n = to - from;
    if (n < 17 || b[from + 8] != '-' || b[from + 11] != ':' || b[from + 14] != ':') return Long.MIN_VALUE;
    int y = four(b, from), mo = two(b, from + 4), d = two(b, from + 6);
    int h = two(b, from + 9), mi = two(b, from + 12), s = two(b, from + 15);
    if ((y | mo | d | h | mi | s) < 0 || mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 60) return Long.MIN_VALUE;
    long nanos = fraction(b, from + 17, to);
    if (nanos < 0) return Long.MIN_VALUE;
    long day = epochDay(y, mo, d);
    if (day == Long.MIN_VALUE) return Long.MIN_VALUE;
    return ((day * 86400L) + h * 3600L + mi * 60L + s) * 1_000_000_000L + nanos;
  }

  /** The epoch day of a date whose fields are in range but whose day may not exist in its month (then MIN_VALUE). */
  private long epochDay(int y, int mo, int d) {
    int date = (y * 100 + mo) * 100 + d;
    if (date != cachedDate) {
      if (d > 28 && d > YearMonth.of(y, mo).lengthOfMonth()) return Long.MIN_VALUE;
      cachedEpochDay = LocalDate.of(y, mo, d).toEpochDay();
      cachedDate = date;
    }
    return cachedEpochDay;
  }

  private long fastIso(byte[] b, int from, int to) {
    int n = to - from;
    if (n < 19) return Long.MIN_VALUE;
    byte sep1 = b[from + 4];
    if ((sep1 != '-' && sep1 != '/') || b[from + 7] != sep1) return Long.MIN_VALUE;
    byte t = b[from + 10];
    if ((t != ' ' && t != 'T') || b[from + 13] != ':' || b[from + 16] != ':') return Long.MIN_VALUE;
    int y = four(b, from), mo = two(b, from + 5), d = two(b, from + 8);
    int h = two(b, from + 11), mi = two(b, from + 14), s = two(b, from + 17);
    if ((y | mo | d | h | mi | s) < 0 || mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || s > 59) return Long.MIN_VALUE;
    // Only digits may follow the seconds' point: zones and anything else go to the general reader.
    long nanos = fraction(b, from + 19, to);
    if (nanos < 0) return Long.MIN_VALUE;
    long epochDay = epochDay(y, mo, d);
    if (epochDay == Long.MIN_VALUE) return Long.MIN_VALUE;
    long local = epochDay * 86400L + h * 3600L + mi * 60L + s;
    long secs;
    if (local >= offsetFromLocal) {
      secs = local - offset;
    } else {
      ZoneOffset off = zone.getRules().getOffset(LocalDateTime.of(y, mo, d, h, mi, s));
      secs = local - off.getTotalSeconds();
    }
    return secs * 1_000_000_000L + nanos;
  }

  /** {@code .fff…} up to nine digits as nanoseconds (more are checked and ignored); 0 when absent; -1 when malformed. */
  private static long fraction(byte[] b, int at, int to) {
    if (at == to) return 0;
    if (b[at] != '.' || at + 1 == to) return -1;
    int kept = Math.min(to - at - 1, 9);
    int i = at + 1;
    long v = 0;
    for (int end = i + kept; i < end; i++) {
      int c = b[i] - '0';
      if ((c | (9 - c)) < 0) return -1;
      v = v * 10 + c;
    }
    for (; i < to; i++) {
      int c = b[i] - '0';
      if ((c | (9 - c)) < 0) return -1;
    }
    return v * SCALE[kept];
  }

  private static final long[] SCALE = {
    1_000_000_000L, 100_000_000L, 10_000_000L, 1_000_000L, 100_000L, 10_000L, 1_000L, 100L, 10L, 1L
  };

  /** Two ASCII digits as a number, or -1. */
  private static int two(byte[] b, int at) {
    int hi = b[at] - '0';
    int lo = b[at + 1] - '0';
    return (hi | lo | (9 - hi) | (9 - lo)) < 0 ? -1 : hi * 10 + lo;
  }

  /** Four ASCII digits as a number, or -1. */
  private static int four(byte[] b, int at) {
    int hi = two(b, at);
    int lo = two(b, at + 2);
    return (hi | lo) < 0 ? -1 : hi * 100 + lo;
  }
}
