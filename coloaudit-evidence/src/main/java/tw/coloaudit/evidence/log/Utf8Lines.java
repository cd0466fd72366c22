package tw.coloaudit.evidence.log;

import java.io.InputStream;
import tw.coloaudit.evidence.text.ByteLineSplitter;

/**
 * The lines of a UTF-8 (or ASCII) login log, already past any byte-order mark: {@link #text()}
 * gives the same string the capped text reader would, decoded and cut to the character limit.
 */
final class Utf8Lines extends ByteLineSplitter {

  private final int maxChars;

  /** Reads {@code in}, keeping at most {@code maxChars} characters a line (bytes enough for any UTF-8). */
  Utf8Lines(InputStream in, int maxChars) {
    super(in, (int) Math.min(Integer.MAX_VALUE - 16, 3L * maxChars + 4), false);
    this.maxChars = maxChars;
  }

  /** The current line decoded, cut to the character limit as the capped text reader cuts it. */
  @Override
  public String text() {
    String s = super.text();
    return s.length() > maxChars ? s.substring(0, maxChars) : s;
  }
}
