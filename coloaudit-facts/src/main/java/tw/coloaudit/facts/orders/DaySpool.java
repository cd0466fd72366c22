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
  private static final int SPILLED_BUFFER = 1 << 16;

  final String file;
  private byte[] buf = new byte[256];
  private int size;
  private Path spilled;
  private OutputStream fileOut;

  DaySpool(String file) {
    this.file = file;
  }

  /** Makes room for {@code n} more bytes: grows the buffer while small, else writes it to the spill file. */
  private void room(int n) {
    if (size + n <= buf.length) return;
    if (spilled == null && size + n <= SPILL_BYTES) {
      buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + n));
      return;
    }
    try {
      if (spilled == null) {
        spilled = Files.createTempFile("coloaudit-orders-", ".spool");
        spilled.toFile().deleteOnExit();
        fileOut = new BufferedOutputStream(Files.newOutputStream(spilled), SPILLED_BUFFER);
      }
      fileOut.write(buf, 0, size);
      size = 0;
      if (buf.length > SPILLED_BUFFER || buf.length < n) buf = new byte[Math.max(SPILLED_BUFFER, n)];
    } catch (IOException e) {
      throw new UncheckedIOException("cannot spill orders to a temporary file", e);
    }
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
    int bits = 0;
    for (int i = s; i < e; i++) bits |= b[i];
    if (bits < 0) {
      writeString(new String(b, from, to - from, cs));
      return;
    }
    room(len + 5);
    varint((len << 1) + 1);
    System.arraycopy(b, s, buf, size, len);
    size += len;
  }

  /** The bytes written so far; a spilled spool is read back from its file. */
  byte[] bytes() {
    try {
      if (spilled == null) return size == buf.length ? buf : Arrays.copyOf(buf, size);
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

    long readLong() {
      long v = 0;
      for (int i = 0; i < 8; i++) v = (v << 8) | (b[pos++] & 0xFF);
      return v;
    }

    int readInt() {
      int v = 0;
      for (int i = 0; i < 4; i++) v = (v << 8) | (b[pos++] & 0xFF);
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
