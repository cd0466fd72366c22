package tw.coloaudit.evidence.firewall;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import tw.coloaudit.model.Localized;

/**
 * Splits decompressed log bytes into physical lines (LF, CRLF or a lone CR) without copying them:
 * each line is a range of one reusable buffer. Deliberately optimised, as the hot loop under
 * years of firewall logs: no per-line allocation, no decoding unless asked, and a hard cap on how
 * much of one line is held (a longer one is flagged and its excess skipped unread).
 */
final class LogLineScanner implements Closeable {

  /** The longest line held; longer ones are flagged as overlong. */
  static final int MAX_LINE = 64 * 1024;

  /** Why an overlong line is rejected. */
  static final Localized OVERLONG = Localized.of("此行長度超過 " + MAX_LINE + " 位元組", "line longer than " + MAX_LINE + " bytes");

  private static final java.lang.invoke.VarHandle LONGS =
      java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);

  private final InputStream in;
  private byte[] buf = new byte[256 * 1024];
  private int pos;
  private int lim;
  private boolean eof;
  private boolean skipLf;
  private int start;
  private int end;
  private int number;
  private boolean overlong;

  LogLineScanner(InputStream in) {
    this.in = in;
  }

  /** Advances to the next line; false at the end of the input. */
  boolean next() throws IOException {
    overlong = false;
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
          if (number == 1) skipBom();
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
        number++;
        if (number == 1) skipBom();
        return true;
      }
      if (lim - pos >= MAX_LINE) {
        skipOverlong();
        return true;
      }
      if (!fill()) continue;
    }
  }

  private void skipBom() {
    if (end - start >= 3 && buf[start] == (byte) 0xEF && buf[start + 1] == (byte) 0xBB && buf[start + 2] == (byte) 0xBF) {
      start += 3;
    }
  }

  /** Keeps the first {@link #MAX_LINE} bytes of the line and discards the rest up to its end. */
  private void skipOverlong() throws IOException {
    start = pos;
    end = pos + MAX_LINE;
    overlong = true;
    number++;
    // Move the kept part to the front, then read and drop bytes until a terminator.
    System.arraycopy(buf, start, buf, 0, MAX_LINE);
    start = 0;
    end = MAX_LINE;
    int keep = MAX_LINE;
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
      byte[] bigger = new byte[buf.length * 2];
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

  boolean overlong() {
    return overlong;
  }

  boolean blank() {
    for (int i = start; i < end; i++) {
      byte c = buf[i];
      if (c != ' ' && c != '\t' && c != '\f' && c != 0x0B) return false;
    }
    return !overlong;
  }

  /** The current line decoded as UTF-8. */
  String text() {
    return new String(buf, start, end - start, StandardCharsets.UTF_8);
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
