package tw.coloaudit.evidence.account;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import tw.coloaudit.evidence.spi.InputLimits;
import tw.coloaudit.evidence.text.BoundedLineReader;

/** Physical lines with a hard cap on what one line may hold in memory; see {@link BoundedLineReader}. */
final class LineReader implements Closeable {

  /** The default longest line read; longer ones are flagged and their excess discarded unread. */
  static final int MAX_LINE = InputLimits.DEFAULT.maxLineChars();

  private final BoundedLineReader lines;

  LineReader(Reader in) {
    this(in, MAX_LINE);
  }

  LineReader(Reader in, int maxLine) {
    this.lines = new BoundedLineReader(in, maxLine);
  }

  boolean next() throws IOException {
    return lines.next();
  }

  int number() {
    return lines.number();
  }

  String text() {
    return lines.text();
  }

  boolean overlong() {
    return lines.overlong();
  }

  boolean blank() {
    return lines.blank();
  }

  @Override
  public void close() throws IOException {
    lines.close();
  }
}
