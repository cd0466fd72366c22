package tw.coloaudit.evidence.orders;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import tw.coloaudit.model.Localized;

/**
 * Lines of a byte stream without decoding them, deliberately optimised for order files of tens
 * of millions of lines: one reusable buffer, LF or CRLF, a line-length limit. Works for UTF-8 and
 * Big5 alike, because neither uses the bytes of {@code \n}, {@code \r}, {@code ,} or {@code "}
 * inside a multi-byte character.
 */
final class ByteLines {

  static final int MAX_LINE = 1 << 20;
  /** The reason a line cut at {@link #MAX_LINE} is rejected. */
  static final Localized TOO_LONG = Localized.of("行長度超過 " + MAX_LINE + " 位元組", "line longer than " + MAX_LINE + " bytes");
  private static final long NEWLINES = WordScan.pattern((byte) '\n');

  private final InputStream in;
  private byte[] buf = new byte[1 << 16];
  private int start;
  private int limit;
  private boolean eof;
  /** The current line: {@code buf[from, to)}, and whether it was cut at the length limit. */
  byte[] line;
  int from;
  int to;
  boolean tooLong;
  int number;

  ByteLines(InputStream in) {
    this.in = in;
  }

  /** Moves to the next line; false at the end of the stream. */
  boolean next() throws IOException {
    tooLong = false;
    int scan = start;
    while (true) {
      int nl = WordScan.indexOf(buf, scan, limit, (byte) '\n', NEWLINES);
      if (nl < limit) {
        emit(start, nl);
        start = nl + 1;
        return true;
      }
      scan = limit;
      if (eof) {
        if (start < limit) {
          emit(start, limit);
          start = limit;
          return true;
        }
        return false;
      }
      if (start > 0) {
        System.arraycopy(buf, start, buf, 0, limit - start);
        limit -= start;
        scan -= start;
        start = 0;
      }
      if (limit == buf.length) {
        if (buf.length >= MAX_LINE) {
          // Skip the rest of an overlong line.
          emit(0, 0);
          tooLong = true;
          skipRest();
          return true;
        }
        buf = Arrays.copyOf(buf, buf.length * 2);
      }
      int n = in.read(buf, limit, buf.length - limit);
      if (n < 0) {
        eof = true;
      } else {
        limit += n;
      }
    }
  }

  private void skipRest() throws IOException {
    start = 0;
    limit = 0;
    int c;
    while ((c = in.read()) >= 0 && c != '\n') {
      // discard
    }
    if (c < 0) eof = true;
  }

  private void emit(int s, int e) {
    number++;
    line = buf;
    from = s;
    to = e > s && buf[e - 1] == '\r' ? e - 1 : e;
  }

  /** Whether the current line holds only spaces and tabs. */
  boolean blank() {
    for (int i = from; i < to; i++) if (line[i] != ' ' && line[i] != '\t') return false;
    return !tooLong;
  }
}
