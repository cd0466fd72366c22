package tw.coloaudit.facts.orders;

import java.lang.ref.SoftReference;
import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Column arrays of finished days, handed to the days after. The order join's columns each live
 * about a day: allocated anew, every young collection copied the day's columns (a few hundred MB),
 * promoted them, and they died in the old generation, which filled and was collected in full
 * every few days joined. Reused, they stay in the old generation and the young collections find
 * little alive. No library pools primitive arrays by size for a single run like this, and the
 * JDK's collectors offer no way to place an array in the old generation.
 *
 * <p>An array taken may be longer than asked and holds whatever its last user left: callers
 * write every element they read. Arrays of under {@code min} elements are not pooled. The pool
 * keeps at most {@code capacityBytes} of free arrays, softly: the collector may take them back
 * rather than run out of memory. Safe for use by several threads (the decoding threads take, the
 * joining and checking threads give back).
 */
final class ColumnPool {
  /** Arrays shorter than this are allocated and dropped as usual, unless a pool is given another minimum. */
  static final int MIN = 4096;
  /** Per kind, the free arrays kept at most (a day's columns are of a dozen kinds and sizes). */
  private static final int PER_KIND = 64;

  private final long capacityBytes;
  private final int min;
  private long heldBytes;
  private final Kind ints = new Kind(4, int[]::new);
  private final Kind longs = new Kind(8, long[]::new);
  private final Kind bytes = new Kind(1, byte[]::new);
  private final Kind booleans = new Kind(1, boolean[]::new);
  /** Arrays handed out from the pool rather than allocated (for tests and measurement). */
  private long reused;

  /** A free array, softly held, with its length and size in bytes (still known once it is collected). */
  private record Free(SoftReference<Object> array, int length, long size) {}

  /** The free arrays of one element type, its width in bytes, and how to allocate one. */
  private record Kind(int width, IntFunction<Object> allocate, List<Free> free) {
    Kind(int width, IntFunction<Object> allocate) {
      this(width, allocate, new ArrayList<>());
    }
  }

  ColumnPool(long capacityBytes) {
    this(capacityBytes, MIN);
  }

  /** A pool of arrays of at least {@code min} elements (tests pool every array, to reuse them at any size). */
  ColumnPool(long capacityBytes, int min) {
    this.capacityBytes = capacityBytes;
    this.min = Math.max(1, min);
  }

  /**
   * A pool holding at most a quarter of the heap's maximum in free arrays. Measured at 10M orders
   * in 1 GiB (docs/PERFORMANCE.md): with a sixth, a third more arrays were allocated anew.
   */
  static ColumnPool forHeap() {
    return new ColumnPool(Runtime.getRuntime().maxMemory() / 4);
  }

  /**
   * The length to allocate for {@code n} elements: rounded up to a sixteenth of the power of two
   * below it, so days of slightly different sizes can use each other's arrays (at most 1/8 more).
   */
  static int rounded(int n) {
    if (n < 16) return n;
    int step = Integer.highestOneBit(n) >>> 4;
    long r = ((long) n + step - 1) / step * step;
    return (int) Math.min(r, Integer.MAX_VALUE - 8);
  }

  synchronized long reused() {
    return reused;
  }

  synchronized long heldBytes() {
    return heldBytes;
  }

  int[] ints(int n) {
    return (int[]) take(ints, n);
  }

  long[] longs(int n) {
    return (long[]) take(longs, n);
  }

  byte[] bytes(int n) {
    return (byte[]) take(bytes, n);
  }

  boolean[] booleans(int n) {
    return (boolean[]) take(booleans, n);
  }

  void free(int[] a) {
    give(ints, a);
  }

  void free(long[] a) {
    give(longs, a);
  }

  void free(byte[] a) {
    give(bytes, a);
  }

  void free(boolean[] a) {
    give(booleans, a);
  }

  /**
   * The shortest free array of at least {@code n} elements and at most twice that, removed from
   * the pool (arrays the collector took back are forgotten on the way); else a new one.
   */
  private Object take(Kind kind, int n) {
    if (n < min) return kind.allocate().apply(n);
    synchronized (this) {
      List<Free> free = kind.free();
      while (true) {
        int best = -1;
        for (int k = 0; k < free.size(); k++) {
          int length = free.get(k).length();
          if (length >= n && length / 2 <= n && (best < 0 || length < free.get(best).length())) best = k;
        }
        if (best < 0) break;
        Object a = remove(free, best).array().get();
        if (a != null) {
          reused++;
          return a;
        }
      }
    }
    return kind.allocate().apply(rounded(n));
  }

  private synchronized void give(Kind kind, Object a) {
    if (a == null) return;
    int length = Array.getLength(a);
    if (length < min) return;
    long size = (long) kind.width() * length;
    if (heldBytes + size > capacityBytes) forgetCollected();
    if (heldBytes + size > capacityBytes) return;
    List<Free> free = kind.free();
    if (free.size() >= PER_KIND) {
      // Make room by dropping the shortest, the least likely to fit a later request.
      int shortest = 0;
      for (int k = 1; k < free.size(); k++) if (free.get(k).length() < free.get(shortest).length()) shortest = k;
      if (free.get(shortest).length() >= length) return;
      remove(free, shortest);
    }
    free.add(new Free(new SoftReference<>(a), length, size));
    heldBytes += size;
  }

  /** Drops the entries whose arrays the collector took back, so they no longer count against the capacity. */
  private void forgetCollected() {
    for (Kind kind : new Kind[] {ints, longs, bytes, booleans}) {
      List<Free> free = kind.free();
      for (int k = free.size() - 1; k >= 0; k--) if (free.get(k).array().get() == null) remove(free, k);
    }
  }

  private Free remove(List<Free> free, int k) {
    Free f = free.get(k);
    free.set(k, free.get(free.size() - 1));
    free.remove(free.size() - 1);
    heldBytes -= f.size();
    return f;
  }
}
