package tw.coloaudit.evidence.spi;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import tw.coloaudit.evidence.pack.PackLimits;

/**
 * Limits that keep hostile or broken evidence from exhausting memory, disk or time, with safe
 * defaults; the auditor may change them on the command line ({@code --limit NAME=VALUE}), the
 * evidence pack never can (docs/LIMITS.md).
 *
 * @param maxLineChars longest line a parser keeps; longer lines are rejected, their excess unread
 * @param maxFields most fields (cells) a line or row may have; more are rejected
 * @param maxXmlDepth deepest XML element nesting read
 * @param maxXmlEntityExpansions entity expansions an XML reader allows (DTDs are off anyway)
 * @param maxFileBytes largest stored file of a pack; larger ones are refused
 * @param maxDecompressedBytes most bytes one {@code .gz} file may expand to
 * @param maxEntries most zip entries of a pack read
 * @param maxTotalBytes most uncompressed bytes of all zip entries together
 * @param maxRatio highest compression ratio of a zip entry or {@code .gz} file, checked once it
 *     is larger than {@code ratioCheckFromBytes}
 * @param ratioCheckFromBytes size from which the compression ratio is checked
 */
public record InputLimits(
    int maxLineChars,
    int maxFields,
    int maxXmlDepth,
    int maxXmlEntityExpansions,
    long maxFileBytes,
    long maxDecompressedBytes,
    int maxEntries,
    long maxTotalBytes,
    long maxRatio,
    long ratioCheckFromBytes) {

  /** The defaults: generous for real evidence (multi-gigabyte logs), tight for attacks. */
  public static final InputLimits DEFAULT =
      new InputLimits(
          64 * 1024,
          4096,
          100,
          100,
          64L << 30,
          64L << 30,
          PackLimits.DEFAULT.maxEntries(),
          PackLimits.DEFAULT.maxTotalBytes(),
          PackLimits.DEFAULT.maxRatio(),
          PackLimits.DEFAULT.ratioCheckFromBytes());

  public InputLimits {
    positive("max-line-chars", maxLineChars);
    positive("max-fields", maxFields);
    positive("max-xml-depth", maxXmlDepth);
    positive("max-xml-entity-expansions", maxXmlEntityExpansions);
    positive("max-file-bytes", maxFileBytes);
    positive("max-decompressed-bytes", maxDecompressedBytes);
    positive("max-entries", maxEntries);
    positive("max-total-bytes", maxTotalBytes);
    positive("max-ratio", maxRatio);
    positive("ratio-check-from-bytes", ratioCheckFromBytes);
  }

  /** The zip limits of a pack. */
  public PackLimits pack() {
    return new PackLimits(maxEntries, maxTotalBytes, maxRatio, ratioCheckFromBytes);
  }

  /** These limits with the zip limits of {@code pack}. */
  public InputLimits withPack(PackLimits pack) {
    return new InputLimits(
        maxLineChars, maxFields, maxXmlDepth, maxXmlEntityExpansions, maxFileBytes, maxDecompressedBytes,
        pack.maxEntries(), pack.maxTotalBytes(), pack.maxRatio(), pack.ratioCheckFromBytes());
  }

  /** Every limit by its command-line name, in declaration order. */
  public Map<String, Long> byName() {
    Map<String, Long> m = new LinkedHashMap<>();
    m.put("max-line-chars", (long) maxLineChars);
    m.put("max-fields", (long) maxFields);
    m.put("max-xml-depth", (long) maxXmlDepth);
    m.put("max-xml-entity-expansions", (long) maxXmlEntityExpansions);
    m.put("max-file-bytes", maxFileBytes);
    m.put("max-decompressed-bytes", maxDecompressedBytes);
    m.put("max-entries", (long) maxEntries);
    m.put("max-total-bytes", maxTotalBytes);
    m.put("max-ratio", maxRatio);
    m.put("ratio-check-from-bytes", ratioCheckFromBytes);
    return m;
  }

  /**
   * These limits with one changed: {@code name} as {@link #byName()} lists it, {@code value} a
   * whole number with an optional binary suffix {@code K}, {@code M}, {@code G} or {@code T}.
   *
   * @throws IllegalArgumentException naming the problem when the name or value is not valid
   */
  public InputLimits with(String name, String value) {
    String key = name.strip().toLowerCase(Locale.ROOT).replace('_', '-');
    Map<String, Long> m = byName();
    if (!m.containsKey(key)) {
      throw new IllegalArgumentException("unknown limit '" + name + "'; known: " + String.join(", ", m.keySet()));
    }
    m.put(key, parseSize(key, value));
    return new InputLimits(
        toInt(key, m.get("max-line-chars")),
        toInt(key, m.get("max-fields")),
        toInt(key, m.get("max-xml-depth")),
        toInt(key, m.get("max-xml-entity-expansions")),
        m.get("max-file-bytes"),
        m.get("max-decompressed-bytes"),
        toInt(key, m.get("max-entries")),
        m.get("max-total-bytes"),
        m.get("max-ratio"),
        m.get("ratio-check-from-bytes"));
  }

  private static long parseSize(String name, String value) {
    String v = value == null ? "" : value.strip().toUpperCase(Locale.ROOT).replace("_", "");
    if (v.endsWith("IB")) v = v.substring(0, v.length() - 2);
    else if (v.endsWith("B") && v.length() > 1 && !Character.isDigit(v.charAt(v.length() - 2))) v = v.substring(0, v.length() - 1);
    int shift = 0;
    if (!v.isEmpty()) {
      switch (v.charAt(v.length() - 1)) {
        case 'K' -> shift = 10;
        case 'M' -> shift = 20;
        case 'G' -> shift = 30;
        case 'T' -> shift = 40;
        default -> shift = 0;
      }
    }
    if (shift > 0) v = v.substring(0, v.length() - 1);
    try {
      long n = Long.parseLong(v);
      if (n <= 0 || n > (Long.MAX_VALUE >> shift)) throw new NumberFormatException();
      return n << shift;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "limit " + name + " must be a positive whole number (K, M, G or T allowed), not '" + value + "'");
    }
  }

  private static int toInt(String name, long v) {
    if (v > Integer.MAX_VALUE) throw new IllegalArgumentException("limit " + name + " is too large: " + v);
    return (int) v;
  }

  private static void positive(String name, long v) {
    if (v <= 0) throw new IllegalArgumentException("limit " + name + " must be positive, not " + v);
  }
}
