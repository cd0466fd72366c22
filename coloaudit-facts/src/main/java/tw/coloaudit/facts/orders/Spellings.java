package tw.coloaudit.facts.orders;

import java.nio.charset.StandardCharsets;
import tw.coloaudit.model.orders.OrderRow;

/**
 * The ASCII spellings that {@link OrderFacts#channel(String)} or {@link OrderFacts#desk(String)}
 * turn into a canonical value, matched on a cell's bytes with ASCII white space around and ASCII
 * letters in any case; any other cell (another spelling, non-ASCII text) is left to those functions.
 */
final class Spellings {
  static final int BLANK = -1;
  static final int OTHER = -2;
  private final byte[][] spelled;
  private final String[] canonical;
  private final byte[][] canonicalBytes;

  /** Pairs of a lower-case spelling and its canonical value. */
  Spellings(String... pairs) {
    int n = pairs.length / 2;
    spelled = new byte[n][];
    canonical = new String[n];
    canonicalBytes = new byte[n][];
    for (int i = 0; i < n; i++) {
      spelled[i] = pairs[2 * i].getBytes(StandardCharsets.US_ASCII);
      canonical[i] = pairs[2 * i + 1];
      canonicalBytes[i] = canonical[i].getBytes(StandardCharsets.US_ASCII);
    }
  }

  /** Which spelling the cell {@code b[from, to)} is; {@link #BLANK} for ASCII white space only; else {@link #OTHER}. */
  int match(byte[] b, int from, int to) {
    while (from < to && OrderRow.asciiWhitespace(b[from])) from++;
    while (to > from && OrderRow.asciiWhitespace(b[to - 1])) to--;
    if (from == to) return BLANK;
    int len = to - from;
    for (int i = 0; i < spelled.length; i++) {
      byte[] s = spelled[i];
      if (s.length != len) continue;
      int k = 0;
      while (k < len) {
        int c = b[from + k];
        if (c >= 'A' && c <= 'Z') c += 'a' - 'A';
        if (c != s[k]) break;
        k++;
      }
      if (k == len) return i;
    }
    return OTHER;
  }

  /** The canonical value of a spelling; null for {@link #BLANK} and {@link #OTHER}. */
  String canonical(int match) {
    return match >= 0 ? canonical[match] : null;
  }

  /** Writes the canonical value of a match; {@code text} is the value for {@link #OTHER}. */
  void write(DaySpool out, int column, int match, String text) {
    if (match >= 0) {
      out.writeCanonicalDict(column, match, canonicalBytes[match]);
    } else {
      out.writeStringDict(column, match == OTHER ? text : null);
    }
  }
}
