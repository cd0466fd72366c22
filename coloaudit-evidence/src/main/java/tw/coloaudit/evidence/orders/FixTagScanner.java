package tw.coloaudit.evidence.orders;

import tw.coloaudit.model.Localized;

/**
 * Reads the fields of one FIX message line in place, deliberately optimised: a hand-written,
 * allocation-free tag scanner rather than philadelphia-core, because log lines come with any
 * delimiter (SOH, {@code |}, {@code ;}, the two characters {@code ^A}) and any prefix a logger puts
 * before {@code 8=FIX}, which a session-level codec does not accept, and because at ten million
 * messages decoding only the dozen tags the audit needs, without building message objects, is
 * what keeps the join under a minute. Also checks BodyLength (9) and CheckSum (10) with every
 * delimiter counted as the SOH it stands for.
 */
final class FixTagScanner {

  /** Positions of the wanted tags' values in the line; -1 when absent. */
  final int[] valueFrom = new int[TAGS];
  final int[] valueTo = new int[TAGS];

  static final int BEGIN = 0, BODY_LENGTH = 1, MSG_TYPE = 2, CL_ORD_ID = 3, ORDER_ID = 4, ACCOUNT = 5, TRANSACT_TIME = 6,
      SENDING_TIME = 7, SENDER = 8, SYMBOL = 9, CHECKSUM = 10;
  static final int TAGS = 11;

  int bodyLengthActual;
  int checksumActual;
  int fields;

  /**
   * Where {@code 8=FIX} starts in {@code b[from,to)}, or -1: the logger's prefix is skipped eight
   * bytes at a time to each {@code =}, which is then checked for the {@code 8} before it and the
   * {@code FIX} after it.
   */
  static int begin(byte[] b, int from, int to) {
    int j = from + 1;
    while (true) {
      j = WordScan.indexOf(b, j, to - 3, (byte) '=', EQUALS);
      if (j >= to - 3) return -1;
      if (b[j - 1] == '8' && b[j + 1] == 'F' && b[j + 2] == 'I' && b[j + 3] == 'X' && (j - 1 == from || !isDigit(b[j - 2]))) {
        return j - 1;
      }
      j++;
    }
  }

  private static final long EQUALS = WordScan.pattern((byte) '=');

  /**
   * Scans one message starting at {@code start} (the {@code 8=FIX}); returns null when fine, else
   * why the line cannot be read, in both languages. One pass: the checksum is summed while each
   * value is searched for its delimiter, and the body length follows from positions.
   */
  Localized scan(byte[] b, int start, int to) {
    for (int k = 0; k < TAGS; k++) {
      valueFrom[k] = -1;
      valueTo[k] = -1;
    }
    fields = 0;
    // The delimiter is whatever follows the BeginString value.
    int i = start + 2;
    while (i < to && (isDigit(b[i]) || (b[i] >= 'A' && b[i] <= 'Z') || b[i] == '.')) i++;
    if (i >= to) return NO_DELIMITER;
    byte d = b[i];
    boolean caret = d == '^' && i + 1 < to && b[i + 1] == 'A';
    int dlen = caret ? 2 : 1;
    int pos = start;
    int sum = 0;
    int bodyStart = -1;
    int bodyFields = 0;
    while (pos < to) {
      int tag = 0;
      int fieldSum = 0;
      int t = pos;
      while (t < to) {
        int c = b[t] - '0';
        if (c < 0 || c > 9) break;
        tag = tag * 10 + c;
        if (tag > 10_000_000) {
          // Counted in fields, as below: a position in the read buffer means nothing to the reader.
          return Localized.of("第 " + (fields + 1) + " 個欄位的 tag 編號過大", "tag number too large in field " + (fields + 1));
        }
        fieldSum += b[t];
        t++;
      }
      if (t >= to) return CUT_SHORT;
      if (t == pos || b[t] != '=') {
        // Trailing spaces or a logger suffix after the last delimiter end the message.
        if (valueFrom[CHECKSUM] >= 0) break;
        return Localized.of("第 " + (fields + 1) + " 個欄位不是 tag=value 格式", "field " + (fields + 1) + " is not tag=value");
      }
      fieldSum += '=';
      int vs = t + 1;
      int ve = vs;
      // Up to the delimiter (or the end), summed on the way: values are short, so byte by byte.
      if (caret) {
        while (ve < to && !(b[ve] == '^' && ve + 1 < to && b[ve + 1] == 'A')) fieldSum += b[ve++] & 0xFF;
      } else {
        while (ve < to && b[ve] != d) fieldSum += b[ve++] & 0xFF;
      }
      int slot = slot(tag);
      if (slot >= 0 && valueFrom[slot] < 0) {
        valueFrom[slot] = vs;
        valueTo[slot] = ve;
      }
      fields++;
      if (tag == 10) {
        // Every field between BodyLength and CheckSum ends in one delimiter, counted as one SOH.
        if (bodyStart >= 0) bodyLengthActual = pos - bodyStart - (dlen - 1) * bodyFields;
        break;
      }
      sum += fieldSum + 1;
      if (tag == 9) {
        bodyStart = ve + dlen;
        bodyFields = 0;
      } else {
        bodyFields++;
      }
      pos = ve + dlen;
    }
    if (valueFrom[CHECKSUM] < 0) return CUT_SHORT;
    checksumActual = sum & 0xFF;
    return null;
  }

  private static final Localized NO_DELIMITER = Localized.of("BeginString 之後沒有欄位分隔字元", "no field delimiter after BeginString");
  private static final Localized CUT_SHORT = Localized.of("訊息不完整：缺少 CheckSum（10）欄位", "message cut short: no CheckSum (10) field");

  private static int slot(int tag) {
    return tag < SLOTS.length ? SLOTS[tag] : -1;
  }

  /** The slot of each tag number below 64 (-1 when not wanted): a look-up, not a chain of comparisons, per field. */
  private static final byte[] SLOTS = new byte[64];

  static {
    java.util.Arrays.fill(SLOTS, (byte) -1);
    SLOTS[8] = BEGIN;
    SLOTS[9] = BODY_LENGTH;
    SLOTS[35] = MSG_TYPE;
    SLOTS[11] = CL_ORD_ID;
    SLOTS[37] = ORDER_ID;
    SLOTS[1] = ACCOUNT;
    SLOTS[60] = TRANSACT_TIME;
    SLOTS[52] = SENDING_TIME;
    SLOTS[49] = SENDER;
    SLOTS[55] = SYMBOL;
    SLOTS[10] = CHECKSUM;
  }

  boolean has(int slot) {
    return valueFrom[slot] >= 0;
  }

  /** Whether a tag has a non-empty value (one {@link #text} does not give as null). */
  boolean present(int slot) {
    return valueFrom[slot] >= 0 && valueTo[slot] > valueFrom[slot];
  }

  /** Whether a tag's value is {@code value}, read as ISO-8859-1 like {@link #text}. */
  boolean is(byte[] b, int slot, String value) {
    int s = valueFrom[slot];
    if (s < 0 || valueTo[slot] - s != value.length()) return false;
    for (int i = 0; i < value.length(); i++) if ((b[s + i] & 0xFF) != value.charAt(i)) return false;
    return true;
  }

  /** An integer value, or -1. */
  int intValue(byte[] b, int slot) {
    int s = valueFrom[slot];
    if (s < 0 || valueTo[slot] == s) return -1;
    int v = 0;
    for (int i = s; i < valueTo[slot]; i++) {
      if (!isDigit(b[i]) || v > 100_000_000) return -1;
      v = v * 10 + (b[i] - '0');
    }
    return v;
  }

  String text(byte[] b, int slot) {
    int s = valueFrom[slot];
    if (s < 0 || valueTo[slot] == s) return null;
    return new String(b, s, valueTo[slot] - s, java.nio.charset.StandardCharsets.ISO_8859_1);
  }

  private static boolean isDigit(byte c) {
    return c >= '0' && c <= '9';
  }
}
