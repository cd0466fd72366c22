package tw.coloaudit.model.orders;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tw.coloaudit.model.Provenance;
import tw.coloaudit.model.RowView;

/**
 * One order line as its parser read it, deliberately kept as bytes: the line's buffer, where each
 * cell starts and ends in it, the charset, the time in epoch nanoseconds, the line number and the
 * file. Parsers of receipts and FIX logs fill one per file and overwrite it for every line, so a
 * reduction can fold ten million orders without building a string per cell; {@link #text(int)}
 * decodes a cell exactly as the record's component would hold it.
 */
public abstract sealed class OrderRow implements RowView permits ReceiptRow, SentRow {

  private final String file;
  private final Charset charset;
  private final int[] from;
  private final int[] to;
  private byte[] bytes;
  private int line;
  private long nanos;
  private boolean[] whitespaceLeads;

  OrderRow(String file, Charset charset, int cells) {
    if (!asciiCompatible(charset)) throw new IllegalArgumentException("not an ASCII-compatible charset: " + charset);
    this.file = file;
    this.charset = charset;
    this.from = new int[cells];
    this.to = new int[cells];
  }

  /** Moves to the next line: its bytes (valid until the next call), line number and time; every cell empty. */
  public void reset(byte[] bytes, int line, long epochNanos) {
    this.bytes = bytes;
    this.line = line;
    this.nanos = epochNanos;
    for (int i = 0; i < from.length; i++) {
      from[i] = 0;
      to[i] = 0;
    }
  }

  /** Sets a cell to {@code bytes()[from, to)}; an empty range is a blank cell (a null component). */
  public void cell(int cell, int from, int to) {
    this.from[cell] = from;
    this.to[cell] = to;
  }

  public final String file() {
    return file;
  }

  public final Charset charset() {
    return charset;
  }

  public final byte[] bytes() {
    return bytes;
  }

  public final int from(int cell) {
    return from[cell];
  }

  public final int to(int cell) {
    return to[cell];
  }

  public final int line() {
    return line;
  }

  @Override
  public final long epochNanos() {
    return nanos;
  }

  public final Provenance source() {
    return Provenance.line(file, line);
  }

  /** A cell's text as the record holds it: null when empty, else its bytes decoded. */
  public final String text(int cell) {
    int f = from[cell];
    int t = to[cell];
    return t > f ? new String(bytes, f, t - f, charset) : null;
  }

  /**
   * Whether the cell's text is null or {@link String#isBlank() blank}; decided on the bytes unless a
   * non-ASCII character that may be white space comes first.
   */
  public final boolean blank(int cell) {
    int f = from[cell];
    int t = to[cell];
    if (t > f && bytes[f] > ' ') return false; // the usual case: an ASCII character that is not white space
    int i = f;
    while (i < t && asciiWhitespace(bytes[i])) i++;
    if (i == t) return true;
    int first = bytes[i] & 0xFF;
    if (first < 0x80) return false;
    if (whitespaceLeads == null) whitespaceLeads = WhitespaceLeads.of(charset);
    if (whitespaceLeads != WhitespaceLeads.NONE && !whitespaceLeads[first - 0x80]) return false;
    return new String(bytes, f, t - f, charset).isBlank();
  }

  /** Whether a byte is an ASCII character {@link Character#isWhitespace} accepts (as {@link String#strip()} removes). */
  public static boolean asciiWhitespace(byte c) {
    return c == ' ' || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F);
  }

  /**
   * Whether bytes below 0x80 are the ASCII characters in {@code cs} both ways (UTF-8, Big5, CP950,
   * ISO-8859-1 …), as the byte-level readers of order files assume; multi-byte characters of these
   * charsets never hold white space, commas, quotes or line breaks as bytes.
   */
  public static boolean asciiCompatible(Charset cs) {
    if (!cs.canEncode()) return false;
    byte[] ascii = new byte[0x80];
    for (int i = 0; i < ascii.length; i++) ascii[i] = (byte) i;
    String text = new String(ascii, cs);
    if (text.length() != ascii.length) return false;
    for (int i = 0; i < ascii.length; i++) if (text.charAt(i) != i) return false;
    return Arrays.equals(text.getBytes(cs), ascii);
  }

  static Instant instant(long nanos) {
    return nanos == Long.MIN_VALUE
        ? null
        : Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L));
  }

  /**
   * Per charset, which non-ASCII first bytes may begin a white-space character: a cell that starts
   * with any other is not blank. Null for charsets where that cannot be told from one byte.
   */
  private static final class WhitespaceLeads {
    private static final Map<Charset, boolean[]> BY_CHARSET = new ConcurrentHashMap<>();
    private static final boolean[] NONE = new boolean[0];

    /** The table, or {@link #NONE}. */
    static boolean[] of(Charset cs) {
      return BY_CHARSET.computeIfAbsent(cs, WhitespaceLeads::compute);
    }

    private static boolean[] compute(Charset cs) {
      boolean[] leads = new boolean[0x80];
      if (cs.equals(StandardCharsets.UTF_8)) {
        // One byte sequence per character: the first bytes of the white-space characters' encodings.
        for (int cp = 0x80; cp <= Character.MAX_CODE_POINT; cp++) {
          if (Character.isWhitespace(cp)) leads[(new String(Character.toChars(cp)).getBytes(cs)[0] & 0xFF) - 0x80] = true;
        }
        return leads;
      }
      if (!cs.canEncode() || cs.newEncoder().maxBytesPerChar() > 2) return NONE;
      // Characters of at most two bytes (Big5, CP950, single-byte sets): decode every pair once.
      byte[] pair = new byte[2];
      for (int lead = 0x80; lead <= 0xFF; lead++) {
        pair[0] = (byte) lead;
        boolean ws = startsWithWhitespace(new String(pair, 0, 1, cs));
        for (int trail = 0; trail <= 0xFF && !ws; trail++) {
          pair[1] = (byte) trail;
          ws = startsWithWhitespace(new String(pair, 0, 2, cs));
        }
        leads[lead - 0x80] = ws;
      }
      return leads;
    }

    private static boolean startsWithWhitespace(String s) {
      return !s.isEmpty() && Character.isWhitespace(s.codePointAt(0));
    }
  }
}
