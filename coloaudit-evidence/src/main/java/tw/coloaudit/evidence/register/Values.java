package tw.coloaudit.evidence.register;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tw.coloaudit.model.PartyType;

/**
 * Reads the values people write in registers and Windows exports: dates in ISO, slashed, ROC,
 * en-US and Excel serial forms; timestamps with 24- or 12-hour clocks and optional zones; yes/no
 * words; party types; lists; Windows FILETIME numbers. Each returns null for blank text and throws
 * {@link ValueException} with a reason for text it cannot read.
 */
public final class Values {

  /** Excel's 1900 date system counts days from here (it keeps Lotus's phantom 1900-02-29). */
  private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

  private static final long FILETIME_NEVER = 0x7FFFFFFFFFFFFFFFL;
  private static final Instant FILETIME_EPOCH = Instant.parse("1601-01-01T00:00:00Z");

  private static final Pattern YMD = Pattern.compile("(\\d{1,4})([-/.])(\\d{1,2})\\2(\\d{1,2})");
  private static final Pattern CJK_YMD =
      Pattern.compile("(民國|民国)?\\s*(\\d{1,4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日號号]?");
  private static final Pattern US_MDY = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
  private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
  private static final Pattern SERIAL = Pattern.compile("(\\d{5})(\\.\\d+)?");
  private static final Pattern DATE_TIME =
      Pattern.compile(
          "(?<date>[^\\sT]+?)(?:T|\\s+|(?<=[日號号]))"
              + "(?:(?<ap1>上午|下午|AM|PM|A\\.M\\.|P\\.M\\.)\\s*)?"
              + "(?<h>\\d{1,2}):(?<m>\\d{2})(?::(?<s>\\d{2})(?:[.,](?<f>\\d{1,9}))?)?"
              + "\\s*(?<ap2>AM|PM|A\\.M\\.|P\\.M\\.|上午|下午)?"
              + "\\s*(?<zone>Z|UTC|GMT|[+-]\\d{2}(?::?\\d{2})?)?",
          Pattern.CASE_INSENSITIVE);

  /** No date or time form is longer; longer text is refused before any pattern sees it. */
  static final int MAX_DATE_CHARS = 64;

  private Values() {}

  private static ValueException tooLong(String t) {
    // Pattern matching on hostile text of unbounded length can backtrack for seconds.
    return new ValueException(
        "無法將長度 " + t.length() + " 個字元的值（'" + t.substring(0, 20) + "…'）讀為日期",
        "cannot read a value of " + t.length() + " characters ('" + t.substring(0, 20) + "…') as a date");
  }

  private static String clean(String text) {
    if (text == null) return null;
    String t = text.replace('\u3000', ' ').strip();
    if (t.startsWith("民國") || t.startsWith("民国")) t = t.substring(0, 2) + t.substring(2).stripLeading();
    return t.isEmpty() ? null : t;
  }

  // ---- dates ------------------------------------------------------------------------------

  /**
   * A calendar date: {@code 2024-05-01}, {@code 2024/5/1}, ROC {@code 113/05/01},
   * {@code 113.5.1}, {@code 113-05-01}, {@code 民國113年5月1日}, {@code 113年5月1日} (ROC years have
   * one to three digits), en-US {@code 10/5/2026} (month first when the four-digit year is last),
   * {@code 20240501}, an Excel serial number (a bare number 20000–80000), or the date part of a
   * timestamp as written.
   */
  public static LocalDate date(String text) throws ValueException {
    String t = clean(text);
    if (t != null && t.length() > MAX_DATE_CHARS) throw tooLong(t);
    if (t == null) return null;
    LocalDate d = dateOnly(t);
    if (d != null) return d;
    LocalDateTime ldt = localDateTime(t);
    if (ldt != null) return ldt.toLocalDate();
    throw new ValueException("無法將 '" + t + "' 讀為日期", "cannot read '" + t + "' as a date");
  }

  /**
   * An Excel serial day number (1900 date system) as a date. Serials before 61 (1900-03-01) are
   * refused: Excel's calendar is wrong there, and such small numbers are typing slips, not dates.
   */
  public static LocalDate excelDate(double serial) throws ValueException {
    if (!(serial >= 61 && serial < 2_958_466)) {
      throw new ValueException(
          "無法將 '" + plain(serial) + "' 讀為 Excel 日期序號", "cannot read '" + plain(serial) + "' as an Excel date serial");
    }
    return EXCEL_EPOCH.plusDays((long) Math.floor(serial));
  }

  /** An Excel serial day number with a day fraction, as a local date and time. */
  public static LocalDateTime excelDateTime(double serial) throws ValueException {
    LocalDate day = excelDate(serial);
    long millis = Math.round((serial - Math.floor(serial)) * 86_400_000d);
    return day.atStartOfDay().plusNanos(millis * 1_000_000L);
  }

  private static String plain(double d) {
    return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
  }

  /** The date forms without a time; null when {@code t} is none of them. */
  private static LocalDate dateOnly(String t) throws ValueException {
    Matcher m = YMD.matcher(t);
    if (m.matches()) {
      String y = m.group(1);
      int year = Integer.parseInt(y);
      if (y.length() <= 3) year = roc(year, t);
      return ymd(year, m.group(3), m.group(4), t);
    }
    m = CJK_YMD.matcher(t);
    if (m.matches()) {
      String y = m.group(2);
      int year = Integer.parseInt(y);
      if (m.group(1) != null || y.length() <= 3) year = roc(year, t);
      return ymd(year, m.group(3), m.group(4), t);
    }
    m = US_MDY.matcher(t);
    if (m.matches()) return ymd(Integer.parseInt(m.group(3)), m.group(1), m.group(2), t);
    m = COMPACT.matcher(t);
    if (m.matches()) return ymd(Integer.parseInt(m.group(1)), m.group(2), m.group(3), t);
    m = SERIAL.matcher(t);
    if (m.matches()) {
      int days = Integer.parseInt(m.group(1));
      if (days >= 20_000 && days <= 80_000) return EXCEL_EPOCH.plusDays(days);
    }
    return null;
  }

  private static int roc(int year, String t) throws ValueException {
    if (year < 1) {
      throw new ValueException(
          "無法將 '" + t + "' 讀為日期：民國 " + year + " 年不存在",
          "cannot read '" + t + "' as a date: ROC year " + year + " does not exist");
    }
    return year + 1911;
  }

  private static LocalDate ymd(int year, String month, String day, String t) throws ValueException {
    try {
      return LocalDate.of(year, Integer.parseInt(month), Integer.parseInt(day));
    } catch (DateTimeException e) {
      throw new ValueException("無法將 '" + t + "' 讀為日期", "cannot read '" + t + "' as a date");
    }
  }

  // ---- timestamps -------------------------------------------------------------------------

  /**
   * A point in time: a date (any form {@link #date} reads) plus {@code HH:mm[:ss[.fraction]]}
   * after a space or {@code T}, or a 12-hour clock with {@code AM}/{@code PM} or
   * {@code 上午}/{@code 下午} before or after it, and an optional zone ({@code Z}, {@code +08:00},
   * {@code +0800}); an Excel serial with a day fraction; a date alone means its start. Without a
   * zone the time is read in {@code zone}.
   */
  public static Instant timestamp(String text, ZoneId zone) throws ValueException {
    String t = clean(text);
    if (t != null && t.length() > MAX_DATE_CHARS) throw tooLong(t);
    if (t == null) return null;
    Matcher m = DATE_TIME.matcher(t);
    if (m.matches()) {
      LocalDateTime ldt = toLocalDateTime(m, t);
      String z = m.group("zone");
      if (z == null) return ldt.atZone(zone).toInstant();
      return ldt.atOffset(offset(z, t)).toInstant();
    }
    Matcher s = SERIAL.matcher(t);
    if (s.matches()) {
      int days = Integer.parseInt(s.group(1));
      if (days >= 20_000 && days <= 80_000) {
        return excelDateTime(Double.parseDouble(t)).atZone(zone).toInstant();
      }
    }
    LocalDate d = dateOnly(t);
    if (d != null) return d.atStartOfDay(zone).toInstant();
    throw notDateTime(t);
  }

  /** The local date of a timestamp, in {@code zone} when the text carries another zone. */
  public static LocalDate timestampDate(String text, ZoneId zone) throws ValueException {
    Instant i = timestamp(text, zone);
    return i == null ? null : i.atZone(zone).toLocalDate();
  }

  /** Date and time as written, ignoring any zone; null when {@code t} has no time part. */
  private static LocalDateTime localDateTime(String t) throws ValueException {
    Matcher m = DATE_TIME.matcher(t);
    return m.matches() ? toLocalDateTime(m, t) : null;
  }

  private static LocalDateTime toLocalDateTime(Matcher m, String t) throws ValueException {
    String datePart = m.group("date");
    LocalDate d;
    try {
      d = dateOnly(datePart);
    } catch (ValueException e) {
      throw notDateTime(t);
    }
    if (d == null) throw notDateTime(t);
    String ap1 = m.group("ap1");
    String ap2 = m.group("ap2");
    if (ap1 != null && ap2 != null) {
      throw new ValueException(
          "無法將 '" + t + "' 讀為日期時間：有兩個上午／下午（AM/PM）標記",
          "cannot read '" + t + "' as a date and time: two AM/PM marks");
    }
    String ap = ap1 != null ? ap1 : ap2;
    int h = Integer.parseInt(m.group("h"));
    int min = Integer.parseInt(m.group("m"));
    int sec = m.group("s") == null ? 0 : Integer.parseInt(m.group("s"));
    int nanos = 0;
    if (m.group("f") != null) {
      String f = (m.group("f") + "000000000").substring(0, 9);
      nanos = Integer.parseInt(f);
    }
    if (ap != null) {
      if (h < 1 || h > 12) {
        throw new ValueException(
            "無法將 '" + t + "' 讀為日期時間：12 小時制沒有 " + h + " 點",
            "cannot read '" + t + "' as a date and time: hour " + h + " on a 12-hour clock");
      }
      boolean pm = ap.equals("下午") || ap.toUpperCase(Locale.ROOT).startsWith("P");
      h = h % 12 + (pm ? 12 : 0);
    }
    try {
      return LocalDateTime.of(d, LocalTime.of(h, min, sec, nanos));
    } catch (DateTimeException e) {
      throw notDateTime(t);
    }
  }

  private static ValueException notDateTime(String t) {
    return new ValueException("無法將 '" + t + "' 讀為日期時間", "cannot read '" + t + "' as a date and time");
  }

  private static ZoneOffset offset(String z, String t) throws ValueException {
    String u = z.toUpperCase(Locale.ROOT);
    if (u.equals("Z") || u.equals("UTC") || u.equals("GMT")) return ZoneOffset.UTC;
    String digits = u.replace(":", "");
    try {
      int sign = digits.charAt(0) == '-' ? -1 : 1;
      int hh = Integer.parseInt(digits.substring(1, 3));
      int mm = digits.length() > 3 ? Integer.parseInt(digits.substring(3)) : 0;
      return ZoneOffset.ofHoursMinutes(sign * hh, sign * mm);
    } catch (DateTimeException | NumberFormatException e) {
      throw new ValueException(
          "無法將 '" + t + "' 讀為日期時間：時區偏移 " + z + " 不正確",
          "cannot read '" + t + "' as a date and time: bad zone offset " + z);
    }
  }

  // ---- other values -----------------------------------------------------------------------

  /**
   * A yes/no word: {@code Y/N, yes/no, true/false, 1/0, 是/否, 有/無, V} (a tick mark, yes); case
   * and surrounding spaces are ignored.
   */
  public static Boolean yesNo(String text) throws ValueException {
    String t = clean(text);
    if (t == null) return null;
    switch (t.toLowerCase(Locale.ROOT)) {
      case "y", "yes", "true", "1", "是", "有", "v", "✓", "✔" -> {
        return Boolean.TRUE;
      }
      case "n", "no", "false", "0", "否", "無", "无" -> {
        return Boolean.FALSE;
      }
      default -> throw new ValueException("無法將 '" + t + "' 讀為是或否", "cannot read '" + t + "' as yes or no");
    }
  }

  /** An owner or person type word (EVIDENCE.md: broker, customer, vendor, … or the Chinese words). */
  public static PartyType party(String text) throws ValueException {
    String t = clean(text);
    if (t == null) return null;
    return PartyType.parse(t)
        .orElseThrow(
            () ->
                new ValueException(
                    "無法將 '" + t + "' 讀為身分類別（本公司、客戶、廠商、第三人、員工、系統、關係企業，"
                        + "或 broker、customer、vendor、third-party、employee、system、affiliate）",
                    "cannot read '" + t + "' as a party type (broker, customer, vendor, third-party, employee, system, affiliate)"));
  }

  /** Items split on {@code ;}, {@code ,} or {@code 、} (and their full-width forms), trimmed; empty for blank. */
  public static List<String> list(String text) {
    String t = clean(text);
    List<String> out = new ArrayList<>();
    if (t == null) return out;
    for (String part : t.split("[;,、；，\\n]")) {
      String p = part.strip();
      if (!p.isEmpty()) out.add(p);
    }
    return out;
  }

  /** A whole number; {@code 8.0} (as Excel writes numbers) is 8. */
  public static Integer integer(String text) throws ValueException {
    String t = clean(text);
    if (t == null) return null;
    try {
      return new BigDecimal(t.replace(",", "")).intValueExact();
    } catch (ArithmeticException | NumberFormatException e) {
      throw new ValueException("無法將 '" + t + "' 讀為整數", "cannot read '" + t + "' as a whole number");
    }
  }

  /**
   * A Windows FILETIME: 100-nanosecond ticks since 1601-01-01 UTC. 0 and
   * {@code 0x7FFFFFFFFFFFFFFF} mean never and give null.
   */
  public static Instant fileTime(String text) throws ValueException {
    String t = clean(text);
    if (t == null) return null;
    long ticks;
    try {
      ticks = Long.parseLong(t);
    } catch (NumberFormatException e) {
      throw new ValueException(
          "無法將 '" + t + "' 讀為 Windows FILETIME 數值", "cannot read '" + t + "' as a Windows FILETIME number");
    }
    if (ticks == 0 || ticks == FILETIME_NEVER) return null;
    if (ticks < 0) {
      throw new ValueException(
          "無法將 '" + t + "' 讀為 Windows FILETIME 數值：不可為負數",
          "cannot read '" + t + "' as a Windows FILETIME number: negative");
    }
    return FILETIME_EPOCH.plusSeconds(ticks / 10_000_000L).plusNanos((ticks % 10_000_000L) * 100L);
  }

  /** Whether the text is a bare whole number, as PowerShell writes FILETIME properties. */
  public static boolean looksLikeFileTime(String text) {
    String t = clean(text);
    return t != null && t.chars().allMatch(c -> c >= '0' && c <= '9');
  }
}
