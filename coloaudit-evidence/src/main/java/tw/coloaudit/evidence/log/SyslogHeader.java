package tw.coloaudit.evidence.log;

import java.time.Instant;

/**
 * The header of one syslog line as login logs write it: RFC 3164 ({@code Mmm dd HH:mm:ss host
 * tag: msg}, with or without {@code <PRI>}), ISO timestamps (rsyslog high precision, journald
 * {@code short-iso}) and RFC 5424 ({@code <PRI>1 TIMESTAMP HOST APP PROCID MSGID SD MSG}).
 * Mutable and reused line after line, so reading gigabytes allocates nothing per header.
 */
final class SyslogHeader {

  enum Kind {
    /** RFC 3164: month, day and time without a year. */
    YEARLESS,
    /** A timestamp with a full date. */
    DATED,
    /** RFC 5424 with the nil timestamp {@code -}. */
    UNDATED,
    /** journalctl's own lines ({@code -- Logs begin at …}, {@code -- Boot …}, {@code -- No entries --}). */
    JOURNAL_META,
    /** No syslog header: a continuation of a multi-line message, or not syslog at all. */
    NONE
  }

  Kind kind;
  /** Month, day, hour, minute, second of a yearless header. */
  final int[] fields = new int[5];
  /** The instant of a dated header. */
  Instant time;
  int hostStart;
  int hostEnd;
  int appStart;
  int appEnd;
  /** Where the message starts. */
  int msgStart;

  private final Instant[] at = new Instant[1];

  /** Reads the header of {@code s}; the kind says what was found. */
  SyslogHeader read(String s, LocalClock clock) {
    kind = Kind.NONE;
    time = null;
    int n = s.length();
    int i = 0;
    if (n == 0) return this;
    if (s.charAt(0) == '-' && s.startsWith("-- ")) {
      kind = Kind.JOURNAL_META;
      return this;
    }
    if (s.charAt(0) == '<') {
      int close = s.indexOf('>');
      if (close < 2 || close > 4) return this;
      for (int k = 1; k < close; k++) if (!TimeText.digit(s, k)) return this;
      i = close + 1;
      if (i + 1 < n && s.charAt(i) == '1' && s.charAt(i + 1) == ' ') return rfc5424(s, i + 2, clock);
    }
    int p = TimeText.bsd(s, i, fields);
    if (p > 0) {
      kind = Kind.YEARLESS;
    } else {
      p = TimeText.iso(s, i, clock, at);
      if (p < 0) return this;
      kind = Kind.DATED;
      time = at[0];
    }
    // "Mar 11 09:39:39: --- last message repeated 5 times ---" has no host.
    if (p < n && s.charAt(p) == ':') {
      hostStart = hostEnd = appStart = appEnd = p;
      msgStart = skipSpaces(s, p + 1);
      return this;
    }
    p = skipSpaces(s, p);
    hostStart = p;
    while (p < n && s.charAt(p) != ' ') p++;
    hostEnd = p;
    p = skipSpaces(s, p);
    appStart = p;
    while (p < n) {
      char c = s.charAt(p);
      if (c == '[' || c == ':' || c == ' ') break;
      p++;
    }
    appEnd = p;
    if (p < n && s.charAt(p) == '[') {
      int close = s.indexOf(']', p);
      p = close < 0 ? n : close + 1;
    }
    if (p < n && s.charAt(p) == ':') p++;
    msgStart = skipSpaces(s, p);
    return this;
  }

  private SyslogHeader rfc5424(String s, int i, LocalClock clock) {
    int n = s.length();
    int p;
    if (i < n && s.charAt(i) == '-') {
      kind = Kind.UNDATED;
      p = i + 1;
    } else {
      p = TimeText.iso(s, i, clock, at);
      if (p < 0) return this;
      kind = Kind.DATED;
      time = at[0];
    }
    if (p >= n || s.charAt(p) != ' ') {
      kind = Kind.NONE;
      time = null;
      return this;
    }
    hostStart = ++p;
    while (p < n && s.charAt(p) != ' ') p++;
    hostEnd = p;
    appStart = ++p;
    while (p < n && s.charAt(p) != ' ') p++;
    appEnd = Math.min(p, n);
    p = field(s, p + 1); // PROCID
    p = field(s, p + 1); // MSGID
    p++;
    if (p < n && s.charAt(p) == '[') {
      // Structured data: one or more [id k="v"...] with \] escaped inside values.
      while (p < n && s.charAt(p) == '[') {
        boolean quoted = false;
        p++;
        while (p < n) {
          char c = s.charAt(p);
          if (c == '\\') {
            p += 2;
            continue;
          }
          if (c == '"') quoted = !quoted;
          if (c == ']' && !quoted) break;
          p++;
        }
        p++;
      }
    } else {
      p = field(s, p);
    }
    if (p < n && s.charAt(p) == ' ') p++;
    if (p < n && s.charAt(p) == '\uFEFF') p++;
    msgStart = skipSpaces(s, Math.min(p, n));
    if (hostEnd - hostStart == 1 && s.charAt(hostStart) == '-') hostEnd = hostStart;
    return this;
  }

  private static int field(String s, int p) {
    int n = s.length();
    while (p < n && s.charAt(p) != ' ') p++;
    return p;
  }

  private static int skipSpaces(String s, int p) {
    int n = s.length();
    while (p < n && s.charAt(p) == ' ') p++;
    return p;
  }

  boolean hasHost() {
    return hostEnd > hostStart;
  }

  /** Whether the program is sshd (also the newer {@code sshd-session} and {@code sshd-auth}). */
  boolean isSshd(String s) {
    return appEnd - appStart >= 4 && s.startsWith("sshd", appStart);
  }
}
