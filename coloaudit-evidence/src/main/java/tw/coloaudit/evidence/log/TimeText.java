package tw.coloaudit.evidence.log;

import java.time.Instant;

/**
 * Hand-written readers of the timestamps login logs use, working on character positions rather
 * than regular expressions because they run once per line over gigabytes of logs.
 */
final class TimeText {

  private TimeText() {}

  /** The month 1–12 of a three-letter English abbreviation at {@code i}, or 0. */
  static int month(CharSequence s, int i) {
    if (i + 3 > s.length()) return 0;
    char a = s.charAt(i);
    char b = s.charAt(i + 1);
    char c = s.charAt(i + 2);
    switch (a) {
      case 'J':
        if (b == 'a' && c == 'n') return 1;
        if (b == 'u' && c == 'n') return 6;
        if (b == 'u' && c == 'l') return 7;
        return 0;
      case 'F':
        return b == 'e' && c == 'b' ? 2 : 0;
      case 'M':
        if (b == 'a' && c == 'r') return 3;
        if (b == 'a' && c == 'y') return 5;
        return 0;
      case 'A':
        if (b == 'p' && c == 'r') return 4;
        if (b == 'u' && c == 'g') return 8;
        return 0;
      case 'S':
        return b == 'e' && c == 'p' ? 9 : 0;
      case 'O':
        return b == 'c' && c == 't' ? 10 : 0;
      case 'N':
        return b == 'o' && c == 'v' ? 11 : 0;
      case 'D':
        return b == 'e' && c == 'c' ? 12 : 0;
      default:
        return 0;
    }
  }

  static boolean digit(CharSequence s, int i) {
    if (i >= s.length()) return false;
    char c = s.charAt(i);
    return c >= '0' && c <= '9';
  }

  static int two(CharSequence s, int i) {
    return (s.charAt(i) - '0') * 10 + (s.charAt(i + 1) - '0');
  }

  /** Whether {@code HH:mm:ss} starts at {@code i}. */
  static boolean clock(CharSequence s, int i) {
    return i + 8 <= s.length() && digit(s, i) && digit(s, i + 1) && s.charAt(i + 2) == ':' && digit(s, i + 3)
        && digit(s, i + 4) && s.charAt(i + 5) == ':' && digit(s, i + 6) && digit(s, i + 7);
  }

  /**
   * An RFC 3164 {@code Mmm dd HH:mm:ss} at {@code i} (day space- or zero-padded, or one digit):
   * returns the index after it, or -1; {@code out} gets month, day, hour, minute, second.
   */
  static int bsd(CharSequence s, int i, int[] out) {
    int mo = month(s, i);
    if (mo == 0 || i + 3 >= s.length() || s.charAt(i + 3) != ' ') return -1;
    int p = i + 4;
    if (p < s.length() && s.charAt(p) == ' ') p++;
    int day;
    if (digit(s, p) && digit(s, p + 1)) {
      day = two(s, p);
      p += 2;
    } else if (digit(s, p)) {
      day = s.charAt(p) - '0';
      p += 1;
    } else {
      return -1;
    }
    if (p >= s.length() || s.charAt(p) != ' ' || !clock(s, p + 1)) return -1;
    p++;
    if (day < 1 || day > 31) return -1;
    out[0] = mo;
    out[1] = day;
    out[2] = two(s, p);
    out[3] = two(s, p + 3);
    out[4] = two(s, p + 6);
    if (out[2] > 23 || out[3] > 59 || out[4] > 60) return -1;
    return p + 8;
  }

  /**
   * {@link #bsd(CharSequence, int, int[])} over the bytes {@code [i, end)} of ASCII-compatible
   * text, read without decoding: a byte that is not ASCII fails the checks its character would.
   * Kept apart from the character version so each stays monomorphic in the hot loop.
   */
  static int bsd(byte[] s, int i, int end, int[] out) {
    if (i + 3 > end) return -1;
    int mo = month(s[i], s[i + 1], s[i + 2]);
    if (mo == 0 || i + 3 >= end || s[i + 3] != ' ') return -1;
    int p = i + 4;
    if (p < end && s[p] == ' ') p++;
    int day;
    if (digit(s, p, end) && digit(s, p + 1, end)) {
      day = (s[p] - '0') * 10 + (s[p + 1] - '0');
      p += 2;
    } else if (digit(s, p, end)) {
      day = s[p] - '0';
      p += 1;
    } else {
      return -1;
    }
    if (p >= end || s[p] != ' ') return -1;
    p++;
    if (p + 8 > end || !digit(s, p, end) || !digit(s, p + 1, end) || s[p + 2] != ':' || !digit(s, p + 3, end)
        || !digit(s, p + 4, end) || s[p + 5] != ':' || !digit(s, p + 6, end) || !digit(s, p + 7, end)) {
      return -1;
    }
    if (day < 1 || day > 31) return -1;
    out[0] = mo;
    out[1] = day;
    out[2] = (s[p] - '0') * 10 + (s[p + 1] - '0');
    out[3] = (s[p + 3] - '0') * 10 + (s[p + 4] - '0');
    out[4] = (s[p + 6] - '0') * 10 + (s[p + 7] - '0');
    if (out[2] > 23 || out[3] > 59 || out[4] > 60) return -1;
    return p + 8;
  }

  private static boolean digit(byte[] s, int i, int end) {
    return i < end && s[i] >= '0' && s[i] <= '9';
  }

  private static int month(byte a, byte b, byte c) {
    switch (a) {
      case 'J':
        if (b == 'a' && c == 'n') return 1;
        if (b == 'u' && c == 'n') return 6;
        if (b == 'u' && c == 'l') return 7;
        return 0;
      case 'F':
        return b == 'e' && c == 'b' ? 2 : 0;
      case 'M':
        if (b == 'a' && c == 'r') return 3;
        if (b == 'a' && c == 'y') return 5;
        return 0;
      case 'A':
        if (b == 'p' && c == 'r') return 4;
        if (b == 'u' && c == 'g') return 8;
        return 0;
      case 'S':
        return b == 'e' && c == 'p' ? 9 : 0;
      case 'O':
        return b == 'c' && c == 't' ? 10 : 0;
      case 'N':
        return b == 'o' && c == 'v' ? 11 : 0;
      case 'D':
        return b == 'e' && c == 'c' ? 12 : 0;
      default:
        return 0;
    }
  }

  /**
   * An ISO-8601 / RFC 3339 timestamp at {@code i} ({@code 2024-01-05T10:00:00[.fff][Z|+08:00|+0800]},
   * also with a space for the {@code T}): returns the index after it, or -1, with the instant in
   * {@code at[0]}; a timestamp without an offset is read in the clock's zone.
   */
  static int iso(CharSequence s, int i, LocalClock clock, Instant[] at) {
    int n = s.length();
    if (i + 19 > n) return -1;
    if (!digit(s, i) || !digit(s, i + 1) || !digit(s, i + 2) || !digit(s, i + 3) || !digit(s, i + 5)
        || !digit(s, i + 6) || !digit(s, i + 8) || !digit(s, i + 9)) {
      return -1;
    }
    if (s.charAt(i + 4) != '-' || s.charAt(i + 7) != '-') return -1;
    char t = s.charAt(i + 10);
    if (t != 'T' && t != ' ') return -1;
    if (!clock(s, i + 11)) return -1;
    int y = two(s, i) * 100 + two(s, i + 2);
    int mo = two(s, i + 5);
    int d = two(s, i + 8);
    int h = two(s, i + 11);
    int mi = two(s, i + 14);
    int sec = two(s, i + 17);
    if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || sec > 60) return -1;
    if (sec == 60) sec = 59;
    int p = i + 19;
    int nanos = 0;
    if (p < n && (s.charAt(p) == '.' || s.charAt(p) == ',')) {
      p++;
      int digits = 0;
      while (digit(s, p)) {
        if (digits < 9) {
          nanos = nanos * 10 + (s.charAt(p) - '0');
          digits++;
        }
        p++;
      }
      if (digits == 0) return -1;
      for (int k = digits; k < 9; k++) nanos *= 10;
    }
    try {
      if (p < n && s.charAt(p) == 'Z') {
        at[0] = clock.offset(y, mo, d, h, mi, sec, nanos, 0);
        return p + 1;
      }
      if (p < n && (s.charAt(p) == '+' || s.charAt(p) == '-') && digit(s, p + 1) && digit(s, p + 2)) {
        int sign = s.charAt(p) == '-' ? -1 : 1;
        int oh = two(s, p + 1);
        int q = p + 3;
        if (q < n && s.charAt(q) == ':') q++;
        int om = 0;
        if (digit(s, q) && digit(s, q + 1)) {
          om = two(s, q);
          q += 2;
        }
        at[0] = clock.offset(y, mo, d, h, mi, sec, nanos, sign * (oh * 3600 + om * 60));
        return q;
      }
      at[0] = clock.local(y, mo, d, h, mi, sec, nanos);
      return p;
    } catch (java.time.DateTimeException e) {
      return -1;
    }
  }
}
