package tw.coloaudit.report;

/**
 * Text made safe for a spreadsheet cell: a value that would start a formula ({@code =}, {@code +},
 * {@code -}, {@code @}, tab, CR) gets a leading apostrophe so no spreadsheet program evaluates it,
 * characters XML 1.0 cannot carry are dropped, and the length is capped at what a cell holds.
 */
public final class SpreadsheetText {

  /** The most characters one XLSX cell holds. */
  public static final int MAX_CELL_CHARS = 32_767;

  private SpreadsheetText() {}

  public static String safe(String s) {
    if (s == null || s.isEmpty()) return "";
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean ok = c >= 0x20 ? c != 0xFFFE && c != 0xFFFF : c == '\t' || c == '\n' || c == '\r';
      if (!ok && b == null) b = new StringBuilder(s.length()).append(s, 0, i);
      if (ok && b != null) b.append(c);
    }
    String v = b == null ? s : b.toString();
    if (!v.isEmpty() && startsFormula(v.charAt(0))) v = "'" + v;
    if (v.length() > MAX_CELL_CHARS) v = v.substring(0, MAX_CELL_CHARS - 1) + "…";
    return v;
  }

  static boolean startsFormula(char c) {
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
  }
}
