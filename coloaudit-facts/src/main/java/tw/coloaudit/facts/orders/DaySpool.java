package tw.coloaudit.facts.orders;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import tw.coloaudit.model.orders.OrderRow;

/**
 * The encoded orders of one file and one day: kept in memory while small, spilled to a temporary
 * file once larger than {@link #SPILL_BYTES}, so ten million receipts never sit in the heap at
 * once; only the day being joined is read back. Written by one thread without locks (a spool
 * belongs to one file's partial), in a compact form read back by {@link Reader}: times and line
 * numbers as the difference from the record before, and the columns with few values (gateways,
 * desks, channels) as a two-byte reference to their first occurrence in the spool. Written
 * records are mostly read back from a spill file, so every byte saved is one written and read.
 */
final class DaySpool {

  static final int SPILL_BYTES = 4 << 20;
  // Eight bytes copied at once (the order does not matter when they are read and written alike).
  private static final VarHandle WORDS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  /** The size of the buffers a large spool is written in (below the size of a humongous object). */
  private static final int CHUNK = 1 << 16;

  /** Columns written through a per-spool dictionary ({@link #writeCellDict} and friends). */
  static final int DICT_GATEWAY = 0, DICT_DESK = 1, DICT_CHANNEL = 2, DICT_COLUMNS = 3;
  /** The most values a column's dictionary holds; later new values are written in full. */
  static final int DICT_SIZE = 64;
  /** The first byte of a dictionary reference (a string header never takes it: blank cells are null). */
  private static final int DICT_REF = 1;

  final String file;
  /** How many orders the spool holds: each one starts with its time ({@link #writeTime}). */
  private int records;
  private long lastTime;
  private int lastLine;
  private final Dict[] dicts = new Dict[DICT_COLUMNS];
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



  /** A time (epoch nanoseconds, or NO_TIME) as the zigzag difference from the time written before. */
  void writeTime(long v) {
    records++;
    long d = v - lastTime;
    lastTime = v;
    long z = (d << 1) ^ (d >> 63);
    room(10);
    while ((z & ~0x7FL) != 0) {
      buf[size++] = (byte) ((z & 0x7F) | 0x80);
      z >>>= 7;
    }
    buf[size++] = (byte) z;
  }

  /** A line number as the zigzag difference from the one written before (mostly one byte). */
  void writeLine(int v) {
    int d = v - lastLine;
    lastLine = v;
    room(5);
    varint((d << 1) ^ (d >> 31));
  }

  /** A small non-negative int (bit sets of missing fields). */
  void writeSmall(int v) {
    room(5);
    varint(v);
  }

  private void varint(int v) {
    while ((v & ~0x7F) != 0) {
      buf[size++] = (byte) ((v & 0x7F) | 0x80);
      v >>>= 7;
    }
    buf[size++] = (byte) v;
  }

  /** Writes the header of a null (blank) string when {@code s} is blank; whether it did. */
  private boolean writtenBlank(String s) {
    if (s != null && !s.isBlank()) return false;
    room(1);
    buf[size++] = 0;
    return true;
  }

  private static boolean ascii(String s) {
    for (int i = 0; i < s.length(); i++) if (s.charAt(i) >= 0x80) return false;
    return true;
  }

  /** A string stripped, or null when blank: a length with an ASCII flag, then the bytes (UTF-8 when not ASCII). */
  void writeString(String s) {
    if (writtenBlank(s)) return;
    s = s.strip();
    int len = s.length();
    if (ascii(s)) {
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

  /** As {@link #writeString}, through the column's dictionary. */
  void writeStringDict(int column, String s) {
    if (writtenBlank(s)) return;
    s = s.strip();
    boolean ascii = ascii(s);
    byte[] e = s.getBytes(ascii ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
    writeDict(column, (e.length << 1) | (ascii ? 0 : 1), e, 0);
  }

  /** As {@link #writeCell}, through the column's dictionary. */
  void writeCellDict(int column, byte[] b, int from, int to, Charset cs) {
    int s = from;
    int e = to;
    while (s < e && OrderRow.asciiWhitespace(b[s])) s++;
    while (e > s && OrderRow.asciiWhitespace(b[e - 1])) e--;
    if (s == e) {
      room(1);
      buf[size++] = 0;
      return;
    }
    int bits = 0;
    for (int i = s; i < e; i++) bits |= b[i];
    if (bits < 0) {
      writeStringDict(column, new String(b, from, to - from, cs));
    } else {
      writeDict(column, (e - s) << 1, b, s);
    }
  }

  /** Text already stripped, non-empty and ASCII, as {@link #writeStringDict} writes it. */
  void writeAsciiDict(int column, byte[] text) {
    writeDict(column, text.length << 1, text, 0);
  }

  /**
   * As {@link #writeAsciiDict}, for the canonical spelling number {@code code} of {@code text}: a
   * spelling written before is referred to without looking its bytes up again.
   */
  void writeCanonicalDict(int column, int code, byte[] text) {
    Dict d = dict(column);
    int k = code < d.canonical.length ? d.canonical[code] - 1 : -1;
    if (k >= 0) {
      writeRef(k);
      return;
    }
    k = writeDict(column, text.length << 1, text, 0);
    if (k >= 0 && code < d.canonical.length) d.canonical[code] = k + 1;
  }

  private Dict dict(int column) {
    Dict d = dicts[column];
    return d != null ? d : (dicts[column] = new Dict());
  }

  private void writeRef(int k) {
    room(2);
    buf[size++] = DICT_REF;
    buf[size++] = (byte) k;
  }

  /**
   * A non-blank value with header {@code h} (length << 1 | UTF-8 flag) and its bytes: a reference
   * when the column's dictionary holds it, else in full (and added to the dictionary while it has
   * room, exactly as {@link Reader#dictSlice} adds it when reading). Returns its dictionary entry, or -1.
   */
  private int writeDict(int column, int h, byte[] a, int off) {
    Dict d = dict(column);
    int k = d.find(h, a, off);
    if (k >= 0) {
      writeRef(k);
      return k;
    }
    k = d.add(h, a, off);
    int len = h >>> 1;
    room(len + 5);
    varint(h + 1);
    System.arraycopy(a, off, buf, size, len);
    size += len;
    return k;
  }

  /** The values of one column written in full so far (the first {@value #DICT_SIZE}). */
  private static final class Dict {
    final byte[][] values = new byte[DICT_SIZE][];
    final int[] headers = new int[DICT_SIZE];
    // A value's first and last eight bytes (all of it up to 16 bytes): most are told apart by two compares.
    final long[] heads = new long[DICT_SIZE];
    final long[] tails = new long[DICT_SIZE];
    /** Entry + 1 by a hash of header, head and tail: most values are found by one compare. */
    final byte[] byHash = new byte[256];
    /** Entry + 1 by canonical spelling number ({@link #writeCanonicalDict}). */
    final int[] canonical = new int[32];
    int size;

    int find(int h, byte[] a, int off) {
      int len = h >>> 1;
      long head = head(a, off, len);
      long tail = tail(a, off, len);
      int slot = slot(h, head, tail);
      int k = byHash[slot] - 1;
      if (k >= 0 && matches(k, h, head, tail, a, off, len)) return k;
      for (k = 0; k < size; k++) {
        if (matches(k, h, head, tail, a, off, len)) {
          byHash[slot] = (byte) (k + 1);
          return k;
        }
      }
      return -1;
    }

    private static int slot(int h, long head, long tail) {
      return (int) (((head * 0x9E3779B97F4A7C15L) ^ (tail * 0xC2B2AE3D27D4EB4FL) ^ h) >>> 56);
    }

    private boolean matches(int k, int h, long head, long tail, byte[] a, int off, int len) {
      return headers[k] == h && heads[k] == head && tails[k] == tail
          && (len <= 16 || Arrays.equals(values[k], 0, len, a, off, off + len));
    }

    private static long head(byte[] a, int off, int len) {
      if (len >= 8) return (long) WORDS.get(a, off);
      long w = 0;
      for (int i = len - 1; i >= 0; i--) w = (w << 8) | (a[off + i] & 0xFF);
      return w;
    }

    private static long tail(byte[] a, int off, int len) {
      return len >= 8 ? (long) WORDS.get(a, off + len - 8) : 0;
    }

    /** Adds a value not held yet; returns its entry, or -1 when the dictionary is full. */
    int add(int h, byte[] a, int off) {
      if (size == DICT_SIZE) return -1;
      int len = h >>> 1;
      headers[size] = h;
      values[size] = Arrays.copyOfRange(a, off, off + len);
      heads[size] = head(a, off, len);
      tails[size] = tail(a, off, len);
      byHash[slot(h, heads[size], tails[size])] = (byte) (size + 1);
      return size++;
    }
  }

  /** How many orders were written: the decoders size their columns by it, so they never grow. */
  int records() {
    return records;
  }

  /** The bytes written so far; a spilled spool is read back from its file. */
  byte[] bytes() {
    byte[] b = bytes(null);
    return b.length == length ? b : Arrays.copyOf(b, length);
  }

  /** How many bytes the array {@link #bytes(ColumnPool)} returned last holds (it may be longer). */
  private int length;

  int length() {
    return length;
  }

  /**
   * The encoded orders, in an array of at least {@link #length()} bytes: the spool's own buffer
   * when it was never spilled, else one from {@code pool} (when given) filled from the spill file.
   */
  byte[] bytes(ColumnPool pool) {
    try {
      if (spilled == null) {
        if (keptCount == 0) {
          length = size;
          return buf;
        }
        byte[] all = pool != null ? pool.bytes(keptBytes + size) : new byte[keptBytes + size];
        int at = 0;
        for (int i = 0; i < keptCount; i++) {
          System.arraycopy(kept[i], 0, all, at, keptSizes[i]);
          at += keptSizes[i];
        }
        System.arraycopy(buf, 0, all, at, size);
        dropKept();
        buf = all;
        size = at + size;
        length = size;
        return all;
      }
      fileOut.write(buf, 0, size);
      size = 0;
      fileOut.flush();
      long total = Files.size(spilled);
      if (total > Integer.MAX_VALUE - 8) throw new IOException("spill file larger than 2 GB: " + spilled);
      length = (int) total;
      return read(spilled, length, pool);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read spilled orders back", e);
    }
  }

  /**
   * The first {@code n} bytes of a file, in an array from {@code pool} (when given; it may be
   * longer). Read in pieces: the JDK reads into a heap array through a temporary direct buffer as
   * large as the read, and keeps that buffer per thread.
   */
  static byte[] read(Path file, int n, ColumnPool pool) throws IOException {
    byte[] all = pool != null ? pool.bytes(n) : new byte[n];
    try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
      int at = 0;
      while (at < n) {
        int r = in.read(ByteBuffer.wrap(all, at, Math.min(READ_PIECE, n - at)));
        if (r < 0) throw new IOException("file shorter than expected: " + file);
        at += r;
      }
    }
    return all;
  }

  private static final int READ_PIECE = 1 << 20;

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

    private final int end;

    Reader(byte[] b, String[] cache) {
      this(b, b.length, cache);
    }

    /** Reads the first {@code end} bytes of {@code b}. */
    Reader(byte[] b, int end, String[] cache) {
      this.b = b;
      this.end = end;
      this.cache = cache;
    }

    boolean more() {
      return pos < end;
    }

    private long lastTime;
    private int lastLine;
    // Per dictionary column: where each value's bytes are and its header.
    private final int[][] dictOff = new int[DICT_COLUMNS][];
    private final int[][] dictH = new int[DICT_COLUMNS][];
    private final int[] dictSize = new int[DICT_COLUMNS];
    private int sliceOff;
    private int dictIndex;
    private boolean dictNew;

    long readTime() {
      long z = 0;
      int shift = 0;
      while (true) {
        long x = b[pos++];
        z |= (x & 0x7F) << shift;
        if ((x & 0x80) == 0) break;
        shift += 7;
      }
      return lastTime += (z >>> 1) ^ -(z & 1);
    }

    int readLine() {
      int z = varint();
      return lastLine += (z >>> 1) ^ -(z & 1);
    }

    int readSmall() {
      return varint();
    }

    /**
     * The header of the next value of a dictionary column (-1 when null; else length << 1 | UTF-8
     * flag); its bytes start at {@link #sliceOff()}, and {@link #dictIndex()} tells which
     * dictionary entry it is (-1 when none), {@link #dictNew()} whether it was just added.
     */
    int dictSlice(int column) {
      int v = varint();
      dictNew = false;
      if (v == 0) {
        dictIndex = -1;
        return -1;
      }
      if (v == DICT_REF) {
        int k = b[pos++];
        dictIndex = k;
        sliceOff = dictOff[column][k];
        return dictH[column][k];
      }
      int h = v - 1;
      sliceOff = pos;
      pos += h >>> 1;
      int k = dictSize[column];
      if (k < DICT_SIZE) {
        if (dictOff[column] == null) {
          dictOff[column] = new int[DICT_SIZE];
          dictH[column] = new int[DICT_SIZE];
        }
        dictOff[column][k] = sliceOff;
        dictH[column][k] = h;
        dictSize[column] = k + 1;
        dictIndex = k;
        dictNew = true;
      } else {
        dictIndex = -1;
      }
      return h;
    }

    int sliceOff() {
      return sliceOff;
    }

    int dictIndex() {
      return dictIndex;
    }

    boolean dictNew() {
      return dictNew;
    }

    /** The next value of a dictionary column as a String (null when blank). */
    String readDictString(int column) {
      int h = dictSlice(column);
      if (h < 0) return null;
      return new String(b, sliceOff, h >>> 1, (h & 1) != 0 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
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
