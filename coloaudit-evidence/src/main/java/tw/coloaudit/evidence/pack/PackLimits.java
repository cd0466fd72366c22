package tw.coloaudit.evidence.pack;

/**
 * Limits that protect against hostile zip packs: the number of entries read, the total
 * uncompressed size, and the compression ratio an entry may have once it is larger than
 * {@code ratioCheckFromBytes}.
 */
public record PackLimits(int maxEntries, long maxTotalBytes, long maxRatio, long ratioCheckFromBytes) {

  public static final PackLimits DEFAULT =
      new PackLimits(100_000, 1L << 40, 200, 100L * 1024 * 1024);
}
