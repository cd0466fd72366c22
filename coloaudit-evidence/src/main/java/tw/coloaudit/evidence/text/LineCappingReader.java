package tw.coloaudit.evidence.text;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayDeque;

/**
 * Passes text through but drops the characters of any physical line beyond a limit, remembering
 * which lines were cut, so a tokenizer downstream (FastCSV) never buffers a hostile giant line and
 * the reader can still reject exactly the rows that held one.
 */
public final class LineCappingReader extends FilterReader {

  private final int maxLine;
  private final ArrayDeque<Integer> capped = new ArrayDeque<>();
  private int line = 1;
  private int column;
  private boolean lastCr;

  public LineCappingReader(Reader in, int maxLine) {
    super(in);
    this.maxLine = maxLine;
  }

  @Override
  public int read() throws IOException {
    char[] one = new char[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0];
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    if (len == 0) return 0;
    for (; ; ) {
      int n = in.read(cbuf, off, len);
      if (n <= 0) return n;
      int out = off;
      for (int i = off; i < off + n; i++) {
        char c = cbuf[i];
        if (c == '\n') {
          if (!lastCr) line++;
          lastCr = false;
          column = 0;
          cbuf[out++] = c;
        } else if (c == '\r') {
          line++;
          lastCr = true;
          column = 0;
          cbuf[out++] = c;
        } else {
          lastCr = false;
          if (column < maxLine) {
            cbuf[out++] = c;
          } else if (column == maxLine && (capped.isEmpty() || capped.peekLast() != line)) {
            capped.addLast(line);
          }
          if (column <= maxLine) column++;
        }
      }
      // A chunk made only of dropped characters is read past, so a caller never sees 0.
      if (out > off) return out - off;
    }
  }

  /**
   * Whether a line in {@code [from, to)} was cut, forgetting cut lines before {@code to}: callers
   * ask for consecutive spans in order.
   */
  public boolean cutWithin(long from, long to) {
    boolean hit = false;
    while (!capped.isEmpty() && capped.peekFirst() < to) {
      if (capped.pollFirst() >= from) hit = true;
    }
    return hit;
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  @Override
  public void mark(int readAheadLimit) throws IOException {
    throw new IOException("mark not supported");
  }

  @Override
  public void reset() throws IOException {
    throw new IOException("reset not supported");
  }

  @Override
  public long skip(long n) throws IOException {
    throw new IOException("skip not supported");
  }
}
