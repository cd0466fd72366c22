package tw.coloaudit.evidence.firewall;

import java.util.HashSet;
import java.util.Set;
import tw.coloaudit.evidence.spi.ParseContext;

/**
 * Names the device of each line of one file: the manifest entry's {@code device} (else its
 * {@code system}) names every line; a name inside the line is used only when the entry names
 * none, and a different one is warned about once per name; with no name at all, the file name.
 */
final class DeviceNames {

  private static final int MAX_WARNED = 5;

  private final ParseContext ctx;
  private final String declared;
  private final String fallback;
  private final Set<String> warned = new HashSet<>();

  DeviceNames(ParseContext ctx, String fileName) {
    this.ctx = ctx;
    this.declared = ctx.device() != null ? ctx.device() : ctx.system();
    String stem = fileName;
    int dot = stem.indexOf('.');
    if (dot > 0) stem = stem.substring(0, dot);
    this.fallback = stem;
  }

  /** The device of a line that names {@code inLine} (or null). */
  String of(String inLine, int line) {
    if (declared == null) return inLine != null && !inLine.isEmpty() ? inLine : fallback;
    if (inLine != null && !inLine.isEmpty() && !inLine.equalsIgnoreCase(declared) && warned.size() < MAX_WARNED
        && warned.add(inLine)) {
      ctx.warn(
          line,
          "此行指明設備 '" + inLine + "'，但清單項目指明 '" + declared + "'；本檔每一行均以 '" + declared + "' 為準",
          "the line names device '" + inLine + "' but the manifest entry names '" + declared + "'; '"
              + declared + "' is used for every line of this file");
    }
    return declared;
  }

  /** The device of the file when every line is the entry's, else null. */
  String declared() {
    return declared;
  }
}
