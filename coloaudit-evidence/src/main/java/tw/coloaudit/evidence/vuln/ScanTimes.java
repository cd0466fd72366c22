package tw.coloaudit.evidence.vuln;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import tw.coloaudit.evidence.register.ValueException;
import tw.coloaudit.evidence.register.Values;
import tw.coloaudit.model.Localized;

/** Reads the times scanners write: Nessus's ctime form and epoch seconds, ISO-8601 with or without a zone. */
final class ScanTimes {

  private static final DateTimeFormatter CTIME = DateTimeFormatter.ofPattern("EEE MMM d HH:mm:ss yyyy", Locale.US);

  /** Longer text is quoted by its start in the Chinese reason, as {@link Values} does in the English. */
  private static final int MAX_QUOTED = 64;

  private ScanTimes() {}

  /**
   * A time as a scanner writes it: {@code Tue Jun 25 10:32:42 2013} (Nessus {@code HOST_START},
   * the scanner's local time, read in {@code zone}), epoch seconds, or any date-time form of
   * {@link Values#timestamp}; null for blank text.
   */
  static Instant parse(String text, ZoneId zone) throws ValueException {
    if (text == null || text.isBlank()) return null;
    String t = text.strip().replaceAll("\\s+", " ");
    if (t.matches("\\d{9,10}")) return Instant.ofEpochSecond(Long.parseLong(t));
    if (Character.isLetter(t.charAt(0))) {
      try {
        return LocalDateTime.parse(t, CTIME).atZone(zone).toInstant();
      } catch (DateTimeParseException e) {
        throw new ValueException(Localized.of("無法將 " + quote(t) + " 讀為掃描時間", "cannot read '" + t + "' as a scan time"));
      }
    }
    try {
      return Values.timestamp(t, zone);
    } catch (DateTimeException e) {
      throw new ValueException(Localized.of("無法將 " + quote(t) + " 讀為掃描時間", "cannot read '" + t + "' as a scan time"));
    }
  }

  /** {@code t} quoted for a Chinese reason: whole, or its first characters and its length when long. */
  static String quote(String t) {
    if (t.length() <= MAX_QUOTED) return "'" + t + "'";
    return "'" + t.substring(0, 20) + "…'（共 " + t.length() + " 個字元）";
  }
}
