package tw.coloaudit.evidence.firewall;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * The syslog header in front of a firewall message, in the forms firewalls and collectors write:
 * RFC 5424 ({@code <134>1 2025-11-06T11:32:42.86+00:00 host app pid msgid [sd] msg}), an ISO-8601
 * stamp and host ({@code 2023-07-06T08:11:40+02:00 host msg}), and BSD/RFC 3164
 * ({@code <166>Jan  5 08:52:35 host msg}, with or without the priority and host, and the
 * {@code Aug 05 2016 20:21:04:} form Cisco devices write with the year).
 */
final class SyslogHeader {

  static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

  /** Set when the stamp carried its date fully (zone applied when it had none). */
  Instant instant;
  /** Set for a yearless stamp: month, day and time, the year left to {@code YearlessDates}. */
  int month;
  int day;
  LocalTime time;
  String host;
  /** Where the message starts in the line. */
  int msgStart;
  /** The RFC 5424 app-name, when the line is RFC 5424. */
  String app;

  boolean yearless() {
    return instant == null && time != null;
  }

  /** Reads the header of {@code line}; null when the line has none of the known forms. */
  static SyslogHeader parse(String line, ZoneId zone) {
    SyslogHeader h = new SyslogHeader();
    int i = 0;
    int n = line.length();
    while (i < n && line.charAt(i) == ' ') i++;
    if (i < n && line.charAt(i) == '<') {
      int close = line.indexOf('>', i);
      if (close < 0 || close - i > 4) return null;
      for (int k = i + 1; k < close; k++) if (!Character.isDigit(line.charAt(k))) return null;
      i = close + 1;
    }
    try {
      if (line.startsWith("1 ", i) && isIsoDate(line, i + 2)) {
        // RFC 5424: VERSION TIMESTAMP HOSTNAME APP-NAME PROCID MSGID STRUCTURED-DATA MSG
        int[] p = {i + 2};
        h.instant = iso(token(line, p), zone);
        h.host = nil(token(line, p));
        h.app = nil(token(line, p));
        token(line, p);
        token(line, p);
        int k = skipSpaces(line, p[0]);
        if (k < n && line.charAt(k) == '[') {
          k = endOfStructuredData(line, k);
        } else if (k < n && line.charAt(k) == '-') {
          k++;
        }
        h.msgStart = skipSpaces(line, k);
        return h;
      }
      if (isIsoDate(line, i)) {
        int[] p = {i};
        h.instant = iso(token(line, p), zone);
        return hostAndRest(line, p[0], h);
      }
      int m = month(line, i);
      if (m > 0) {
        int k = i + 3;
        while (k < n && line.charAt(k) == ' ') k++;
        int d = 0;
        int digits = 0;
        while (k < n && Character.isDigit(line.charAt(k)) && digits < 2) {
          d = d * 10 + (line.charAt(k++) - '0');
          digits++;
        }
        if (digits == 0 || k >= n || line.charAt(k) != ' ') return null;
        k++;
        int year = -1;
        if (k + 5 <= n && Character.isDigit(line.charAt(k)) && line.charAt(k + 4) == ' ' && line.charAt(k + 2) != ':') {
          year = Integer.parseInt(line.substring(k, k + 4));
          k += 5;
        }
        int t = k;
        while (k < n && (Character.isDigit(line.charAt(k)) || line.charAt(k) == ':' || line.charAt(k) == '.')) k++;
        String stamp = line.substring(t, k);
        if (stamp.endsWith(":")) stamp = stamp.substring(0, stamp.length() - 1);
        LocalTime time = LocalTime.parse(stamp);
        if (year > 0) {
          h.instant = LocalDateTime.of(year, m, d, 0, 0).with(time).atZone(zone).toInstant();
        } else {
          if (d < 1 || d > 31) return null;
          h.month = m;
          h.day = d;
          h.time = time;
        }
        return hostAndRest(line, k, h);
      }
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
    return null;
  }

  private static SyslogHeader hostAndRest(String line, int k, SyslogHeader h) {
    int[] p = {k};
    int before = skipSpaces(line, k);
    String next = token(line, p);
    if (!next.isEmpty() && !next.startsWith("%") && !next.endsWith(":") && next.indexOf('=') < 0 && next.indexOf(',') < 0
        && !next.startsWith("[")) {
      h.host = next;
      h.msgStart = skipSpaces(line, p[0]);
    } else {
      h.msgStart = before;
    }
    return h;
  }

  static int month(String line, int i) {
    if (i + 3 > line.length()) return -1;
    for (int m = 0; m < 12; m++) if (line.regionMatches(true, i, MONTHS[m], 0, 3)) return m + 1;
    return -1;
  }

  private static boolean isIsoDate(String s, int i) {
    if (i + 10 > s.length()) return false;
    for (int k = 0; k < 10; k++) {
      char c = s.charAt(i + k);
      if (k == 4 || k == 7) {
        if (c != '-') return false;
      } else if (!Character.isDigit(c)) {
        return false;
      }
    }
    return true;
  }

  /** An RFC 3339 / ISO-8601 stamp; without an offset it is in {@code zone}. */
  static Instant iso(String s, ZoneId zone) {
    try {
      return OffsetDateTime.parse(s).toInstant();
    } catch (DateTimeParseException e) {
      return LocalDateTime.parse(s).atZone(zone).toInstant();
    }
  }

  private static String nil(String s) {
    return s.equals("-") ? null : s;
  }

  private static int skipSpaces(String s, int i) {
    while (i < s.length() && s.charAt(i) == ' ') i++;
    return i;
  }

  /** The next space-separated token from {@code p[0]}, advancing it. */
  private static String token(String s, int[] p) {
    int i = skipSpaces(s, p[0]);
    int j = i;
    while (j < s.length() && s.charAt(j) != ' ') j++;
    p[0] = j;
    return s.substring(i, j);
  }

  /** The index after one or more {@code [id k="v" …]} elements, honouring escaped quotes. */
  private static int endOfStructuredData(String s, int i) {
    int n = s.length();
    while (i < n && s.charAt(i) == '[') {
      boolean quoted = false;
      i++;
      while (i < n) {
        char c = s.charAt(i);
        if (quoted && c == '\\') {
          i += 2;
          continue;
        }
        if (c == '"') quoted = !quoted;
        if (!quoted && c == ']') break;
        i++;
      }
      i++;
    }
    return Math.min(i, n);
  }
}
