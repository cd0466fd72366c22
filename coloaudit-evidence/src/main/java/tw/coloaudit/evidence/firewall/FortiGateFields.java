package tw.coloaudit.evidence.firewall;

/**
 * Finds the fields the controls need in one FortiGate {@code key=value} line, straight in the
 * line's bytes. Deliberately optimised: this loop runs once per line of years of traffic logs, so
 * it allocates nothing, compares keys by length and bytes, and only records where each value lies;
 * the caller decodes the few values it keeps.
 */
final class FortiGateFields {

  // Offsets of each value in the buffer (start, end), -1 when absent.
  int dateStart = -1;
  int timeStart = -1;
  int tzStart = -1;
  int tzEnd;
  int devStart = -1;
  int devEnd;
  int devidStart = -1;
  int devidEnd;
  int typeStart = -1;
  int typeEnd;
  int actionStart = -1;
  int actionEnd;
  int srcStart = -1;
  int srcEnd;
  int dstStart = -1;
  int dstEnd;

  /** Scans {@code b[from, to)}; false when it holds no {@code date=} and {@code time=} of the right shape. */
  boolean scan(byte[] b, int from, int to) {
    dateStart = timeStart = tzStart = devStart = devidStart = typeStart = actionStart = srcStart = dstStart = -1;
    int p = from;
    int found = 0;
    while (p < to && found != ALL) {
      // Skip separators, then read a key up to '='.
      while (p < to && b[p] == ' ') p++;
      int k = p;
      p = keyEnd(b, p, to);
      if (p >= to) break;
      if (b[p] == ' ') continue; // a word that is no key (a syslog header in front)
      if (b[k] == '<') {
        // A syslog priority glued to the first key: <189>date=…
        while (k < p && b[k] != '>') k++;
        k++;
      }
      int keyLen = p - k;
      p++;
      int vs;
      int ve;
      if (p < to && b[p] == '"') {
        vs = ++p;
        p = indexOf(b, p, to, QUOTES);
        ve = p;
        if (p < to) p++;
      } else {
        vs = p;
        p = indexOf(b, p, to, SPACES);
        ve = p;
      }
      switch (keyLen) {
        case 2 -> {
          if (b[k] == 't' && b[k + 1] == 'z') {
            tzStart = vs;
            tzEnd = ve;
            found |= 1;
          }
        }
        case 4 -> {
          if (is(b, k, 'd', 'a', 't', 'e')) {
            if (ve - vs == 10) dateStart = vs;
            found |= 2;
          } else if (is(b, k, 't', 'i', 'm', 'e')) {
            if (ve - vs == 8) timeStart = vs;
            found |= 4;
          } else if (is(b, k, 't', 'y', 'p', 'e')) {
            typeStart = vs;
            typeEnd = ve;
            found |= 8;
          }
        }
        case 5 -> {
          if (b[k + 1] == 'r' && b[k] == 's' && b[k + 2] == 'c' && b[k + 3] == 'i' && b[k + 4] == 'p') {
            srcStart = vs;
            srcEnd = ve;
            found |= 16;
          } else if (b[k] == 'd' && b[k + 1] == 's' && b[k + 2] == 't' && b[k + 3] == 'i' && b[k + 4] == 'p') {
            dstStart = vs;
            dstEnd = ve;
            found |= 32;
          } else if (b[k] == 'd' && b[k + 1] == 'e' && b[k + 2] == 'v' && b[k + 3] == 'i' && b[k + 4] == 'd') {
            devidStart = vs;
            devidEnd = ve;
          }
        }
        case 6 -> {
          if (b[k] == 'a' && b[k + 1] == 'c' && b[k + 2] == 't' && b[k + 3] == 'i' && b[k + 4] == 'o' && b[k + 5] == 'n') {
            actionStart = vs;
            actionEnd = ve;
            found |= 64;
          }
        }
        case 7 -> {
          if (b[k] == 'd' && b[k + 1] == 'e' && b[k + 2] == 'v' && b[k + 3] == 'n' && b[k + 4] == 'a' && b[k + 5] == 'm'
              && b[k + 6] == 'e') {
            devStart = vs;
            devEnd = ve;
            found |= 128;
          }
        }
        default -> {}
      }
    }
    return dateStart >= 0 && timeStart >= 0 && digitsAt(b, dateStart) && digitsAt(b, timeStart);
  }

  /** Every field the controls need was found: the rest of the line is not read. */
  private static final int ALL = 255;

  // Eight bytes at a time: skipping keys and values is most of the work per line.
  private static final java.lang.invoke.VarHandle LONGS =
      java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGHS = 0x8080808080808080L;
  private static final long SPACES = 0x2020202020202020L;
  private static final long QUOTES = 0x2222222222222222L;
  private static final long EQUALS = 0x3D3D3D3D3D3D3D3DL;

  /** First index of the byte repeated in {@code pattern} in {@code b[p, to)}, or {@code to}. */
  private static int indexOf(byte[] b, int p, int to, long pattern) {
    for (; p + 8 <= to; p += 8) {
      long x = (long) LONGS.get(b, p) ^ pattern;
      long hit = (x - ONES) & ~x & HIGHS;
      // The lowest flagged byte is exact; borrows only disturb the bytes after it.
      if (hit != 0) return p + (Long.numberOfTrailingZeros(hit) >>> 3);
    }
    byte c = (byte) pattern;
    while (p < to && b[p] != c) p++;
    return p;
  }

  /** First index of {@code '='} or {@code ' '} in {@code b[p, to)}, or {@code to}. */
  private static int keyEnd(byte[] b, int p, int to) {
    for (; p + 8 <= to; p += 8) {
      long w = (long) LONGS.get(b, p);
      long eq = w ^ EQUALS;
      long sp = w ^ SPACES;
      long hit = ((eq - ONES) & ~eq | (sp - ONES) & ~sp) & HIGHS;
      if (hit != 0) return p + (Long.numberOfTrailingZeros(hit) >>> 3);
    }
    while (p < to && b[p] != '=' && b[p] != ' ') p++;
    return p;
  }

  private static boolean is(byte[] b, int k, char c0, char c1, char c2, char c3) {
    return b[k] == c0 && b[k + 1] == c1 && b[k + 2] == c2 && b[k + 3] == c3;
  }

  /** {@code dddd-dd-dd} or {@code dd:dd:dd} shape: digits where digits belong. */
  private static boolean digitsAt(byte[] b, int s) {
    boolean date = b[s + 4] == '-';
    int[] seps = date ? DATE_SEPS : TIME_SEPS;
    int len = date ? 10 : 8;
    for (int i = 0; i < len; i++) {
      byte c = b[s + i];
      if (i == seps[0] || i == seps[1]) {
        if (c != (date ? '-' : ':')) return false;
      } else if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static final int[] DATE_SEPS = {4, 7};
  private static final int[] TIME_SEPS = {2, 5};

  static int num(byte[] b, int s, int len) {
    int v = 0;
    for (int i = 0; i < len; i++) v = v * 10 + (b[s + i] - '0');
    return v;
  }

  /** Whether {@code b[s, e)} equals the ASCII text {@code t}. */
  static boolean equals(byte[] b, int s, int e, String t) {
    if (e - s != t.length()) return false;
    for (int i = 0; i < t.length(); i++) if (b[s + i] != t.charAt(i)) return false;
    return true;
  }

  /**
   * Whether {@code b[s, e)} is a private IPv4 address (CONTROLS.md's private ranges); false for
   * anything else, including IPv6, which the caller then reads as text.
   */
  static boolean privateV4(byte[] b, int s, int e) {
    long a = 0;
    int parts = 0;
    int octet = -1;
    for (int i = s; i < e; i++) {
      byte c = b[i];
      if (c >= '0' && c <= '9') {
        octet = (octet < 0 ? 0 : octet * 10) + (c - '0');
        if (octet > 255) return false;
      } else if (c == '.' && octet >= 0) {
        a = (a << 8) | octet;
        parts++;
        octet = -1;
      } else {
        return false;
      }
    }
    if (octet < 0 || parts != 3) return false;
    a = (a << 8) | octet;
    return (a >>> 24) == 10
        || (a >>> 20) == (172L << 4 | 1)
        || (a >>> 16) == (192L << 8 | 168)
        || (a >>> 22) == (100L << 2 | 1)
        || (a >>> 24) == 127
        || (a >>> 16) == (169L << 8 | 254);
  }
}
