package tw.coloaudit.evidence.log;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Splits UTF-8 (or ASCII) log bytes into physical lines (LF, CRLF or a lone CR, as
 * {@link java.io.BufferedReader} does) as ranges of one reusable buffer, so a pass that only looks
 * at the fixed-position timestamp decodes nothing. {@link #text()} gives the same string the
 * capped text reader would: decoded, and cut to the character limit when longer. Deliberately
 * optimised, as the hot loop under gigabytes of login logs.
 */
final class Utf8Lines implements Closeable {

  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private final InputStream in;
  private final int maxChars;
  /** Bytes kept of one line: enough for {@link #maxChars} characters of any UTF-8. */
  private final int keep;
  private byte[] buf = new byte[256 * 1024];
  private int pos;
  private int lim;
  private boolean eof;
  private boolean skipLf;
  private int start;
  private int end;
  private int number;
  private boolean cut;

  /** Reads {@code in}, already past any byte-order mark, keeping at most {@code maxChars} characters a line. */
  Utf8Lines(InputStream in, int maxChars) {
    this.in = in;
    this.maxChars = maxChars;
    this.keep = (int) Math.min(Integer.MAX_VALUE - 16, 3L * maxChars + 4);
  }

  /** Advances to the next line; false at the end of the input. */
  boolean next() throws IOException {
    cut = false;
    for (; ; ) {
      if (skipLf) {
        if (pos == lim && !fill()) return false;
        if (buf[pos] == '\n') pos++;
        skipLf = false;
      }
      int i = pos;
      final byte[] b = buf;
      final int l = lim;
      // Eight bytes at a time: skip words holding neither LF nor CR (the SWAR zero-byte test).
      while (i + 8 <= l) {
        long w = (long) LONGS.get(b, i);
        long lf = w ^ 0x0A0A0A0A0A0A0A0AL;
        long cr = w ^ 0x0D0D0D0D0D0D0D0DL;
        long hit = ((lf - 0x0101010101010101L) & ~lf | (cr - 0x0101010101010101L) & ~cr) & 0x8080808080808080L;
        if (hit != 0) break;
        i += 8;
      }
      while (i < l) {
        byte c = b[i];
        if (c == '\n' || c == '\r') {
          start = pos;
          end = i;
          pos = i + 1;
          skipLf = c == '\r';
          number++;
          return true;
        }
        i++;
      }
      if (eof) {
        if (pos == lim) return false;
        start = pos;
        end = lim;
        pos = lim;
        number++;
        return true;
      }
      if (lim - pos >= keep) {
        skipRest();
        return true;
      }
      fill();
    }
  }

  /** Keeps the first {@link #keep} bytes of an over-long line and drops the rest up to its end. */
  private void skipRest() throws IOException {
    System.arraycopy(buf, pos, buf, 0, keep);
    start = 0;
    end = keep;
    cut = true;
    number++;
    // Nothing buffered after the kept part ends the line (next() looked): read on and drop.
    for (; ; ) {
      int n = in.read(buf, keep, buf.length - keep);
      if (n < 0) {
        eof = true;
        pos = lim = keep;
        return;
      }
      for (int i = keep; i < keep + n; i++) {
        if (buf[i] == '\n' || buf[i] == '\r') {
          skipLf = buf[i] == '\r';
          pos = i + 1;
          lim = keep + n;
          return;
        }
      }
    }
  }

  /** Moves the unread rest to the front and reads more; false at the end of the input. */
  private boolean fill() throws IOException {
    if (eof) return false;
    if (pos > 0) {
      System.arraycopy(buf, pos, buf, 0, lim - pos);
      lim -= pos;
      pos = 0;
    }
    if (lim == buf.length) {
      byte[] bigger = new byte[(int) Math.min(Integer.MAX_VALUE - 16, Math.max(buf.length * 2L, keep + 65536L))];
      System.arraycopy(buf, 0, bigger, 0, lim);
      buf = bigger;
    }
    int n;
    do {
      n = in.read(buf, lim, buf.length - lim);
    } while (n == 0);
    if (n < 0) {
      eof = true;
      return pos < lim;
    }
    lim += n;
    return true;
  }

  byte[] buf() {
    return buf;
  }

  int start() {
    return start;
  }

  int end() {
    return end;
  }

  /** The 1-based physical line number of the current line. */
  int number() {
    return number;
  }

  /** The current line decoded, cut to the character limit as the capped text reader cuts it. */
  String text() {
    String s = new String(buf, start, end - start, StandardCharsets.UTF_8);
    if (cut || s.length() > maxChars) return s.length() > maxChars ? s.substring(0, maxChars) : s;
    return s;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
