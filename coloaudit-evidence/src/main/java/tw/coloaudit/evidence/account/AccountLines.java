package tw.coloaudit.evidence.account;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import tw.coloaudit.evidence.spi.EvidenceInput;
import tw.coloaudit.evidence.spi.ParseContext;
import tw.coloaudit.model.Localized;

/** Shared plumbing of the account and configuration parsers: line loop, limits, name probes. */
final class AccountLines {

  static final Localized NO_SYSTEM =
      Localized.of("清單中此檔案的項目未指明所屬系統", "the manifest entry names no system for this file");
  static Localized overlong(int limit) {
    return Localized.of("此行長度超過 " + limit + " 個字元的上限",
        "the line is longer than the limit of " + limit + " characters");
  }

  private AccountLines() {}

  /** Receives one non-blank line within the limits. */
  @FunctionalInterface
  interface LineHandler {
    void line(int number, String text);
  }

  /**
   * Calls the handler for every non-blank line, after rejecting over-long lines and, when the
   * manifest names no system, every line (so nothing is emitted for an unattributable file).
   */
  static void forEach(EvidenceInput input, ParseContext ctx, LineHandler handler)
      throws IOException {
    boolean noSystem = ctx.system() == null;
    int limit = ctx.limits().maxLineChars();
    try (LineReader r = new LineReader(input.openText(), limit)) {
      while (r.next()) {
        if (r.blank()) continue;
        int n = r.number();
        if (noSystem) {
          ctx.rejected(n, NO_SYSTEM);
        } else if (r.overlong()) {
          ctx.rejected(n, overlong(limit));
        } else {
          handler.line(n, r.text());
        }
      }
    }
  }

  /**
   * Whether a file name is, or clearly carries, the given base name: {@code shadow},
   * {@code shadow-}, {@code shadow.bak}, {@code gw1_shadow} match {@code shadow}; {@code gshadow}
   * does not.
   */
  static boolean nameIs(String fileName, String base) {
    if (fileName == null) return false;
    String n = fileName.toLowerCase(Locale.ROOT);
    int from = 0;
    while (true) {
      int i = n.indexOf(base, from);
      if (i < 0) return false;
      int end = i + base.length();
      boolean startOk = i == 0 || isSeparator(n.charAt(i - 1));
      boolean endOk = end == n.length() || isSeparator(n.charAt(end));
      if (startOk && endOk) return true;
      from = i + 1;
    }
  }

  private static boolean isSeparator(char c) {
    return c == '.' || c == '_' || c == '-' || c == ' ' || c == '/' || c == '\\';
  }

  /** The first line of a sample that is neither blank nor a comment (# or ;), or null. */
  static String firstContent(List<String> lines) {
    for (String l : lines) {
      String t = stripBom(l).strip();
      if (!t.isEmpty() && !t.startsWith("#") && !t.startsWith(";")) return t;
    }
    return null;
  }

  /**
   * Chinese text from its parts, with a space where a part that may be Latin (a file name, a
   * keyword) meets Han characters, and none between Han characters.
   */
  static String zh(String... parts) {
    StringBuilder b = new StringBuilder();
    for (String p : parts) {
      if (p.isEmpty()) continue;
      if (b.length() > 0) {
        int before = b.codePointBefore(b.length());
        int after = p.codePointAt(0);
        if (han(before) != han(after) && latin(before) != latin(after)) b.append(' ');
      }
      b.append(p);
    }
    return b.toString();
  }

  private static boolean han(int cp) {
    return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
  }

  private static boolean latin(int cp) {
    return cp < 0x80 && !Character.isWhitespace(cp);
  }

  static String stripBom(String s) {
    return !s.isEmpty() && s.charAt(0) == '\uFEFF' ? s.substring(1) : s;
  }

  /** Colon-separated fields, keeping empty trailing ones. */
  static String[] fields(String line) {
    return line.split(":", -1);
  }

  static boolean digits(String s) {
    if (s.isEmpty() || s.length() > 18) return false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') return false;
    }
    return true;
  }

  /** A signed decimal integer of at most 18 digits, or null. */
  static Long signedLong(String s) {
    String t = s.startsWith("-") || s.startsWith("+") ? s.substring(1) : s;
    if (!digits(t)) return null;
    long v = Long.parseLong(t);
    return s.startsWith("-") ? -v : v;
  }

  /** Removes one pair of surrounding double quotes. */
  static String unquote(String s) {
    if (s.length() >= 2 && s.charAt(0) == '"' && s.charAt(s.length() - 1) == '"') {
      return s.substring(1, s.length() - 1);
    }
    return s;
  }
}
