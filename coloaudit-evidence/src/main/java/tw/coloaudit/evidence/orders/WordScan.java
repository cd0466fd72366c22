package tw.coloaudit.evidence.orders;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Byte searches eight bytes at a time, deliberately optimised for order files of tens of millions
 * of lines: the commas of a line, or the {@code =} that follows a logger's prefix, are found in a
 * {@code long} read from the array with a few arithmetic operations (SWAR) instead of one
 * comparison per byte. Words may be read
 * past the searched range, never past the array; what lies beyond the range is ignored. (Short
 * fields, such as FIX values, are faster searched byte by byte.)
 */
final class WordScan {

  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long LOW7 = 0x7F7F7F7F7F7F7F7FL;

  private WordScan() {}

  /** A byte repeated in every byte of a word, the pattern {@link #indexOf} and {@link #matches} search for. */
  static long pattern(byte c) {
    return (c & 0xFFL) * ONES;
  }

  /** The eight bytes at {@code at}, the first one lowest. */
  static long word(byte[] b, int at) {
    return (long) LONGS.get(b, at);
  }

  /** A word with the high bit set in exactly the bytes of {@code word} equal to the pattern's byte. */
  static long matches(long word, long pattern) {
    long x = word ^ pattern;
    return ~(((x & LOW7) + LOW7) | x | LOW7);
  }

  /** The index of the first match's byte in a non-zero {@link #matches} word. */
  static int first(long matches) {
    return Long.numberOfTrailingZeros(matches) >>> 3;
  }

  /** The index of the first byte {@code c} (repeated in {@code pattern}) in {@code b[from, to)}, or {@code to}. */
  static int indexOf(byte[] b, int from, int to, byte c, long pattern) {
    int i = from;
    // One bound (words that start in the range and end in the array), so the reads are proved in
    // range for the whole loop.
    for (int last = Math.min(to, b.length - 7); i < last; i += 8) {
      long m = matches(word(b, i), pattern);
      if (m != 0) return Math.min(i + first(m), to);
    }
    if (i >= to) return to;
    while (i < to && b[i] != c) i++;
    return i;
  }
}
