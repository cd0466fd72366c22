package tw.coloaudit.evidence.firewall;

import java.io.InputStream;
import tw.coloaudit.evidence.text.ByteLineSplitter;
import tw.coloaudit.model.Localized;

/**
 * The lines of a firewall log or rule file: at most {@link #MAX_LINE} bytes of each held, a
 * UTF-8 byte-order mark before the first skipped.
 */
final class LogLineScanner extends ByteLineSplitter {

  /** The longest line held; longer ones are flagged as overlong. */
  static final int MAX_LINE = 64 * 1024;

  /** Why an overlong line is rejected. */
  static final Localized OVERLONG = Localized.of("此行長度超過 " + MAX_LINE + " 位元組", "line longer than " + MAX_LINE + " bytes");

  LogLineScanner(InputStream in) {
    super(in, MAX_LINE, true);
  }

  boolean overlong() {
    return cut();
  }
}
