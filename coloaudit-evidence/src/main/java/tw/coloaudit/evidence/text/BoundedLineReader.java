package tw.coloaudit.evidence.text;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;

/**
 * Reads physical lines (ended by LF, CRLF or a lone CR, as {@link java.io.BufferedReader} does)
 * keeping at most a limit of characters of each. Deliberately written over a char buffer:
 * {@code readLine} would load a hostile multi-gigabyte "line" whole before any check could run.
 */
public final class BoundedLineReader implements Closeable {

  private final Reader in;
  private final int maxLine;
  private final char[] buf = new char[8192];
  private final StringBuilder line = new StringBuilder(256);
  private int pos;
  private int lim;
  private boolean skipLf;
  private int number;
  private boolean overlong;

  public BoundedLineReader(Reader in, int maxLine) {
    this.in = in;
    this.maxLine = maxLine;
  }

  /** Advances to the next line; false at the end of the input. */
  public boolean next() throws IOException {
    line.setLength(0);
    overlong = false;
    boolean any = false;
    for (; ; ) {
      if (pos == lim && !fill()) {
        if (!any) return false;
        break;
      }
      char c = buf[pos++];
      if (skipLf) {
        skipLf = false;
        if (c == '\n') continue;
      }
      any = true;
      if (c == '\n') break;
      if (c == '\r') {
        skipLf = true;
        break;
      }
      if (line.length() < maxLine) {
        line.append(c);
      } else {
        overlong = true;
      }
    }
    number++;
    // A BOM the decoder left in place must not become part of the first field.
    if (number == 1 && line.length() > 0 && line.charAt(0) == '\uFEFF') line.deleteCharAt(0);
    return true;
  }

  private boolean fill() throws IOException {
    int n;
    do {
      n = in.read(buf, 0, buf.length);
    } while (n == 0);
    if (n < 0) return false;
    pos = 0;
    lim = n;
    return true;
  }

  /** The 1-based physical line number of the current line. */
  public int number() {
    return number;
  }

  /** The current line without its terminator (cut at the limit when {@link #overlong()}). */
  public String text() {
    return line.toString();
  }

  /** Whether the current line was longer than the limit. */
  public boolean overlong() {
    return overlong;
  }

  /** Whether the current line holds only white space (an over-long line never does). */
  public boolean blank() {
    if (overlong) return false;
    for (int i = 0; i < line.length(); i++) {
      if (!Character.isWhitespace(line.charAt(i))) return false;
    }
    return true;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
