package tw.coloaudit.facts.orders;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import tw.coloaudit.model.orders.OrderRow;

/**
 * The encoded orders of one file and one day: kept in memory while small, spilled to a temporary
 * file once larger than {@link #SPILL_BYTES}, so ten million receipts never sit in the heap at
 * once; only the day being joined is read back. Written by one thread without locks (a spool
 * belongs to one file's partial), in a compact form read back by {@link Reader}.
 */
final class DaySpool {

  static final int SPILL_BYTES = 4 << 20;
  // Longs and ints are written most significant byte first.
  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);
  private static final VarHandle INTS = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);
  // Eight bytes copied at once (the order does not matter when they are read and written alike).
  private static final VarHandle WORDS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  /** The size of the buffers a large spool is written in (below the size of a humongous object). */
  private static final int CHUNK = 1 << 16;

  final String file;
  private byte[] buf = new byte[256];
  private int size;
  // Full buffers kept in memory before the spool spills, each with how many bytes it holds: a
  // growing spool is never copied into a larger array.
  private byte[][] kept = new byte[0][];
  private int[] keptSizes = new int[0];
  private int keptCount;
  private int keptBytes;
  private Path spilled;
  private OutputStream fileOut;

  DaySpool(String file) {
    this.file = file;
  }

  /**
   * Makes room for {@code n} more bytes: grows the buffer while small, keeps full buffers while the
   * spool is under {@link #SPILL_BYTES}, else writes everything to the spill file.
   */
  private void room(int n) {
    if (size + n <= buf.length) return;
    if (spilled == null) {
      if (buf.length < CHUNK && size + n <= CHUNK) {
        buf = Arrays.copyOf(buf, Math.min(CHUNK, Math.max(buf.length * 2, size + n)));
        return;
      }
      if (keptBytes + size + n <= SPILL_BYTES) {
        keep();
        buf = new byte[Math.max(CHUNK, n)];
        size = 0;
        return;
      }
    }
    try {
      if (spilled == null) {
        spilled = Files.createTempFile("coloaudit-orders-", ".spool");
        spilled.toFile().deleteOnExit();
        fileOut = new BufferedOutputStream(Files.newOutputStream(spilled), CHUNK);
        for (int i = 0; i < keptCount; i++) fileOut.write(kept[i], 0, keptSizes[i]);
        dropKept();
      }
      fileOut.write(buf, 0, size);
      size = 0;
      if (buf.length > CHUNK || buf.length < n) buf = new byte[Math.max(CHUNK, n)];
    } catch (IOException e) {
      throw new UncheckedIOException("cannot spill orders to a temporary file", e);
    }
  }

  private void keep() {
    if (keptCount == kept.length) {
      kept = Arrays.copyOf(kept, Math.max(8, keptCount * 2));
      keptSizes = Arrays.copyOf(keptSizes, kept.length);
    }
    kept[keptCount] = buf;
    keptSizes[keptCount++] = size;
    keptBytes += size;
  }

  private void dropKept() {
    kept = new byte[0][];
    keptSizes = new int[0];
    keptCount = 0;
    keptBytes = 0;
  }

  void writeLong(long v) {
    room(8);
    LONGS.set(buf, size, v);
    size += 8;
  }

  void writeInt(int v) {
    room(4);
    INTS.set(buf, size, v);
    size += 4;
  }

  private void varint(int v) {
    while ((v & ~0x7F) != 0) {
      buf[size++] = (byte) ((v & 0x7F) | 0x80);
      v >>>= 7;
    }
    buf[size++] = (byte) v;
  }

  /** A string stripped, or null when blank: a length with an ASCII flag, then the bytes (UTF-8 when not ASCII). */
  void writeString(String s) {
    if (s == null || s.isBlank()) {
      room(1);
      buf[size++] = 0;
      return;
    }
    s = s.strip();
    int len = s.length();
    boolean ascii = true;
    for (int i = 0; i < len && ascii; i++) ascii = s.charAt(i) < 0x80;
    if (ascii) {
      room(len + 5);
      varint(((len << 1) | 0) + 1);
      for (int i = 0; i < len; i++) buf[size++] = (byte) s.charAt(i);
    } else {
      byte[] b = s.getBytes(StandardCharsets.UTF_8);
      room(b.length + 5);
      varint(((b.length << 1) | 1) + 1);
      System.arraycopy(b, 0, buf, size, b.length);
      size += b.length;
    }
  }

  /**
   * The text of {@code b[from, to)} in {@code cs} (ASCII-compatible) exactly as {@link #writeString}
   * writes it: an ASCII cell is stripped and copied without decoding; any other is decoded first.
   */
  void writeCell(byte[] b, int from, int to, Charset cs) {
    int s = from;
    int e = to;
    while (s < e && OrderRow.asciiWhitespace(b[s])) s++;
    while (e > s && OrderRow.asciiWhitespace(b[e - 1])) e--;
    int len = e - s;
    if (len == 0) {
      room(1);
      buf[size++] = 0;
      return;
    }
    if (len < 64 && e + 8 <= b.length) {
      // The usual short cell: its one-byte header, then its bytes eight at a time (the bytes copied
      // past its end are overwritten by the next write), checked for ASCII on the way.
      room(len + 8);
      byte[] out = buf;
      int at = size + 1;
      long high = 0;
      for (int k = 0; k < len; k += 8) {
        long w = (long) WORDS.get(b, s + k);
        high |= len - k >= 8 ? w : w & ((1L << ((len - k) << 3)) - 1);
        WORDS.set(out, at + k, w);
      }
      if ((high & 0x8080808080808080L) == 0) {
        out[size] = (byte) ((len << 1) + 1);
        size = at + len;
        return;
      }
    } else {
      int bits = 0;
      for (int i = s; i < e; i++) bits |= b[i];
      if (bits >= 0) {
        room(len + 5);
        varint((len << 1) + 1);
        System.arraycopy(b, s, buf, size, len);
        size += len;
        return;
      }
    }
    writeString(new String(b, from, to - from, cs));
  }

  /** Text already stripped, non-empty, ASCII and short (under 64 bytes), as {@link #writeString} writes it. */
  void writeAscii(byte[] text) {
    room(text.length + 1);
    buf[size++] = (byte) ((text.length << 1) + 1);
    for (byte c : text) buf[size++] = c;
  }

  /** The bytes written so far; a spilled spool is read back from its file. */
  byte[] bytes() {
    try {
      if (spilled == null) {
        if (keptCount == 0) return size == buf.length ? buf : Arrays.copyOf(buf, size);
        byte[] all = new byte[keptBytes + size];
        int at = 0;
        for (int i = 0; i < keptCount; i++) {
          System.arraycopy(kept[i], 0, all, at, keptSizes[i]);
          at += keptSizes[i];
        }
        System.arraycopy(buf, 0, all, at, size);
        dropKept();
        buf = all;
        size = all.length;
        return all;
      }
      fileOut.write(buf, 0, size);
      size = 0;
      fileOut.flush();
      return Files.readAllBytes(spilled);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read spilled orders back", e);
    }
  }

  /** Deletes the spill file, if any; the spool is not used afterwards. */
  void release() {
    try {
      if (fileOut != null) fileOut.close();
      if (spilled != null) Files.deleteIfExists(spilled);
    } catch (IOException e) {
      // A temporary file left behind is deleted on exit.
    }
    buf = new byte[0];
    size = 0;
    dropKept();
  }

  /** Reads a spool's bytes back; short ASCII strings that repeat (accounts, gateways) come from a shared cache. */
  static final class Reader {
    private final byte[] b;
    private int pos;
    private final String[] cache;

    Reader(byte[] b, String[] cache) {
      this.b = b;
      this.cache = cache;
    }

    boolean more() {
      return pos < b.length;
    }

    private static final java.lang.invoke.VarHandle LONGS =
        java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.BIG_ENDIAN);
    private static final java.lang.invoke.VarHandle INTS =
        java.lang.invoke.MethodHandles.byteArrayViewVarHandle(int[].class, java.nio.ByteOrder.BIG_ENDIAN);

    long readLong() {
      long v = (long) LONGS.get(b, pos);
      pos += 8;
      return v;
    }

    int readInt() {
      int v = (int) INTS.get(b, pos);
      pos += 4;
      return v;
    }

    private int varint() {
      int v = 0;
      int shift = 0;
      while (true) {
        int x = b[pos++];
        v |= (x & 0x7F) << shift;
        if ((x & 0x80) == 0) return v;
        shift += 7;
      }
    }

    String readString() {
      return string(false);
    }

    /** The header of the next string: -1 when null, else (length << 1 | UTF-8 flag); follow with {@link #skipSlice}. */
    int sliceHeader() {
      int h = varint();
      return h == 0 ? -1 : h - 1;
    }

    /** Where the bytes of the string whose header was just read start; moves past them. */
    int skipSlice(int header) {
      int from = pos;
      if (header >= 0) pos += header >>> 1;
      return from;
    }

    /** A string likely repeated many times: one copy of each (a lossy cache, so only memory depends on it). */
    String readShared() {
      return string(true);
    }

    private String string(boolean shared) {
      int h = varint();
      if (h == 0) return null;
      h--;
      int len = h >>> 1;
      int from = pos;
      pos += len;
      if ((h & 1) != 0) return new String(b, from, len, StandardCharsets.UTF_8);
      if (!shared || cache == null || len > 32) return new String(b, from, len, StandardCharsets.ISO_8859_1);
      int hash = len;
      for (int i = from; i < from + len; i++) hash = 31 * hash + b[i];
      int slot = (hash ^ (hash >>> 16)) & (cache.length - 1);
      String c = cache[slot];
      if (c != null && c.length() == len) {
        boolean same = true;
        for (int i = 0; i < len && same; i++) same = c.charAt(i) == (b[from + i] & 0xFF);
        if (same) return c;
      }
      String s = new String(b, from, len, StandardCharsets.ISO_8859_1);
      cache[slot] = s;
      return s;
    }
  }
}
