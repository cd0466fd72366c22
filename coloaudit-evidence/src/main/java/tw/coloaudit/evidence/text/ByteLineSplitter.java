package tw.coloaudit.evidence.text;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Splits log bytes into physical lines (LF, CRLF or a lone CR, as {@link java.io.BufferedReader}
 * does) as ranges of one reusable buffer: no per-line allocation and no decoding unless asked, so
 * a pass that only looks at fixed positions decodes nothing. At most {@code keep} bytes of a line
 * are held; a longer one is flagged ({@link #cut()}) and its excess skipped unread.
 *
 * <p>Written by hand rather than taken from a library: it is the hot loop under gigabytes of
 * firewall and login logs, and the readers at hand (a {@code BufferedReader}, FastCSV) decode every
 * line into a String first. Lines are found eight bytes at a time (the SWAR zero-byte test).
 */
public class ByteLineSplitter implements Closeable {

  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private final InputStream in;
  /** The most bytes of one line held. */
  private final int keep;
  private final boolean skipBom;
  private byte[] buf = new byte[256 * 1024];
  private int pos;
  private int lim;
  private boolean eof;
  private boolean skipLf;
  private int start;
  private int end;
  private int number;
  private boolean cut;

  /**
   * Reads {@code in}, holding at most {@code keep} bytes of a line; {@code skipBom}: a UTF-8
   * byte-order mark starting the first line is not part of it.
   */
  public ByteLineSplitter(InputStream in, int keep, boolean skipBom) {
    this.in = in;
    this.keep = keep;
    this.skipBom = skipBom;
  }

  /** Advances to the next line; false at the end of the input. */
  public final boolean next() throws IOException {
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
      // Eight bytes at a time: skip words holding neither LF nor CR.
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
          if (++number == 1) bom();
          hold();
          return true;
        }
        i++;
      }
      // No terminator in what is buffered.
      if (eof) {
        if (pos == lim) return false;
        start = pos;
        end = lim;
        pos = lim;
        if (++number == 1) bom();
        hold();
        return true;
      }
      if (lim - pos >= keep) {
        skipRest();
        return true;
      }
      fill();
    }
  }

  /** A whole line found in the buffer but longer than {@link #keep}: only its start is held, as when read in parts. */
  private void hold() {
    if (end - start > keep) {
      end = start + keep;
      cut = true;
    }
  }

  private void bom() {
    if (skipBom && end - start >= 3 && buf[start] == (byte) 0xEF && buf[start + 1] == (byte) 0xBB
        && buf[start + 2] == (byte) 0xBF) {
      start += 3;
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

  /** The buffer the current line is a range of (valid until the next call of {@link #next()}). */
  public final byte[] buf() {
    return buf;
  }

  public final int start() {
    return start;
  }

  public final int end() {
    return end;
  }

  /** The 1-based physical line number of the current line. */
  public final int number() {
    return number;
  }

  /** Whether the current line was longer than {@code keep} bytes (only its start is held). */
  public final boolean cut() {
    return cut;
  }

  /** Whether the current line holds only spaces, tabs, form feeds and vertical tabs (an over-long one never is). */
  public final boolean blank() {
    for (int i = start; i < end; i++) {
      byte c = buf[i];
      if (c != ' ' && c != '\t' && c != '\f' && c != 0x0B) return false;
    }
    return !cut;
  }

  /** The current line (what is held of it) decoded as UTF-8. */
  public String text() {
    return new String(buf, start, end - start, StandardCharsets.UTF_8);
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
