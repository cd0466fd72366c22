package tw.coloaudit.evidence.pack;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import tw.coloaudit.evidence.spi.UnreadableFileException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import tw.coloaudit.evidence.spi.EvidenceInput;
import tw.coloaudit.evidence.spi.InputLimits;
import tw.coloaudit.evidence.text.LineCappingReader;
import tw.coloaudit.evidence.spi.Sample;
import tw.coloaudit.evidence.text.TextDecoding;
import tw.coloaudit.model.FileEntry;

/**
 * One file of a pack under the manifest entry that listed it, as parsers read it: gzip
 * decompressed transparently, decoded in the detected (or declared) encoding with the BOM skipped.
 */
public final class EvidenceFile implements EvidenceInput {

  /** How many decompressed bytes a {@link Sample} holds. */
  public static final int SAMPLE_BYTES = 8 * 1024;

  /** How many decoded lines a {@link Sample} holds. */
  public static final int SAMPLE_LINES = 20;

  private static final int SAMPLE_CHARS = 64 * 1024;

  private final EvidencePack pack;
  private final String path;
  private final FileEntry entry;
  private volatile TextDecoding.Detected detected;
  private volatile boolean hashWhileReading;

  public EvidenceFile(EvidencePack pack, String path, FileEntry entry) {
    this.pack = Objects.requireNonNull(pack, "pack");
    this.path = Objects.requireNonNull(path, "path");
    this.entry = entry;
  }

  @Override
  public String path() {
    return path;
  }

  @Override
  public String fileName() {
    String name = path.substring(path.lastIndexOf('/') + 1);
    return name.regionMatches(true, Math.max(0, name.length() - 3), ".gz", 0, 3) && name.length() > 3
        ? name.substring(0, name.length() - 3)
        : name;
  }

  @Override
  public FileEntry entry() {
    return entry;
  }

  /** The pack this file belongs to. */
  public EvidencePack pack() {
    return pack;
  }

  /** Hex SHA-256 of the bytes as stored (the pack keeps it once the file was read through). */
  public String sha256() throws IOException {
    return pack.sha256(path);
  }

  /**
   * From now on the file is hashed while it is read ({@link EvidencePack#openHashing}): set before
   * the one reading that goes through the whole file, so {@link #sha256} needs no read of its own.
   */
  public void hashWhileReading() {
    hashWhileReading = true;
  }

  /** Whether the stored bytes are gzip (by name or by magic number). */
  public boolean isGzip() throws IOException {
    if (path.toLowerCase(java.util.Locale.ROOT).endsWith(".gz")) return true;
    try (InputStream in = pack.open(path)) {
      return in.read() == 0x1f && in.read() == 0x8b;
    }
  }

  @Override
  public InputStream openBytes() throws IOException {
    BufferedInputStream raw = new BufferedInputStream(hashWhileReading ? pack.openHashing(path) : pack.open(path), 64 * 1024);
    try {
      raw.mark(2);
      int b0 = raw.read();
      int b1 = raw.read();
      raw.reset();
      boolean magic = b0 == 0x1f && b1 == 0x8b;
      boolean named = path.toLowerCase(java.util.Locale.ROOT).endsWith(".gz");
      if (!magic && !named) return raw;
      if (!magic) {
        throw new UnreadableFileException(path + "：檔名以 .gz 結尾，但內容不是 gzip 資料", path + ": the name ends in .gz but the file is not gzip data");
      }
      CountingStream compressed = new CountingStream(raw);
      return new GzipGuard(new GZIPInputStream(compressed, 64 * 1024), compressed, path, pack.limits());
    } catch (IOException | RuntimeException e) {
      raw.close();
      if (e instanceof EOFException) throw truncated(path, (EOFException) e);
      if (e instanceof ZipException) throw damaged(path, (ZipException) e);
      throw e;
    }
  }

  /** The detected (or declared) encoding, looked for in the first MiB of decompressed bytes. */
  public TextDecoding.Detected detected() throws IOException {
    TextDecoding.Detected d = detected;
    if (d == null) {
      byte[] head;
      boolean truncated;
      try (InputStream in = openBytes()) {
        head = in.readNBytes(TextDecoding.SAMPLE_BYTES);
        truncated = head.length == TextDecoding.SAMPLE_BYTES && in.read() >= 0;
      }
      d = TextDecoding.detect(path, head, truncated, entry == null ? null : entry.encoding());
      detected = d;
    }
    return d;
  }

  /** The encoding as the ingest summary names it, e.g. {@code UTF-8 (BOM)} or {@code Big5}. */
  public String encodingName() throws IOException {
    return detected().name();
  }

  @Override
  public Charset charset() {
    try {
      return detected().charset();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Override
  public BufferedReader openText() throws IOException {
    TextDecoding.Detected d = detected();
    InputStream in = openBytes();
    try {
      in.skipNBytes(d.bomLength());
    } catch (IOException e) {
      in.close();
      throw e;
    }
    // A backstop under every parser: no physical line reaches a parser with more than one
    // character past the line limit, so even a parser that reads whole lines cannot be made to
    // hold a hostile giant line; parsers that check the limit still see the line as too long.
    int cap = pack.limits().maxLineChars() + 1;
    return new BufferedReader(new LineCappingReader(new InputStreamReader(in, d.charset()), cap), 64 * 1024);
  }

  /** The first {@value #SAMPLE_BYTES} decompressed bytes and first {@value #SAMPLE_LINES} decoded lines. */
  public static Sample sample(EvidenceInput input) throws IOException {
    byte[] head;
    try (InputStream in = input.openBytes()) {
      head = in.readNBytes(SAMPLE_BYTES);
    }
    List<String> lines = new ArrayList<>();
    try (Reader r = input.openText()) {
      char[] buf = new char[SAMPLE_CHARS];
      int n = r.read(buf, 0, buf.length);
      int total = n;
      while (n > 0 && total < buf.length && (n = r.read(buf, total, buf.length - total)) > 0) total += n;
      if (total > 0) {
        String text = new String(buf, 0, total);
        boolean cut = total == buf.length;
        List<String> parts = new ArrayList<>(List.of(text.split("\r\n|\r|\n", -1)));
        // A cut sample ends inside a line, a whole file after its last newline: drop that tail.
        if (parts.size() > 1 && (cut || parts.get(parts.size() - 1).isEmpty())) {
          parts.remove(parts.size() - 1);
        }
        for (String l : parts) {
          if (lines.size() == SAMPLE_LINES) break;
          lines.add(l);
        }
      }
    }
    return new Sample(input.fileName(), head, lines);
  }

  @Override
  public String toString() {
    return path;
  }

  /** Counts the compressed bytes a gzip stream consumed, for its compression ratio. */
  private static final class CountingStream extends FilterInputStream {
    private long count;

    CountingStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) count++;
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) count += n;
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long k = super.skip(n);
      count += k;
      return k;
    }
  }

  /**
   * Turns the JDK's terse gzip errors into messages that name the file, and stops a gzip bomb:
   * more decompressed bytes than the limit, or a ratio above the limit once past the threshold.
   */
  private static final class GzipGuard extends FilterInputStream {
    private final String path;
    private final CountingStream compressed;
    private final InputLimits limits;
    private long produced;

    GzipGuard(InputStream in, CountingStream compressed, String path, InputLimits limits) {
      super(in);
      this.compressed = compressed;
      this.path = path;
      this.limits = limits;
    }

    @Override
    public int read() throws IOException {
      int b;
      try {
        b = super.read();
      } catch (EOFException e) {
        throw truncated(e);
      } catch (ZipException e) {
        throw damaged(e);
      }
      if (b >= 0) count(1);
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n;
      try {
        n = super.read(b, off, len);
      } catch (EOFException e) {
        throw truncated(e);
      } catch (ZipException e) {
        throw damaged(e);
      }
      if (n > 0) count(n);
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      // Through read, so skipped bytes are counted against the limits too.
      byte[] buf = new byte[(int) Math.min(8192, Math.max(1, n))];
      long left = n;
      while (left > 0) {
        int k = read(buf, 0, (int) Math.min(buf.length, left));
        if (k < 0) break;
        left -= k;
      }
      return n - left;
    }

    private void count(int n) throws IOException {
      produced += n;
      if (produced > limits.maxDecompressedBytes()) {
        throw new UnreadableFileException(
            path + "：gzip 資料解壓後超過 " + limits.maxDecompressedBytes() + " 位元組的上限（max-decompressed-bytes），已停止讀取",
            path + ": the gzip data expands beyond the limit of " + limits.maxDecompressedBytes()
                + " bytes (max-decompressed-bytes); reading stopped");
      }
      if (produced > limits.ratioCheckFromBytes()
          && produced / Math.max(1, compressed.count) > limits.maxRatio()) {
        throw new UnreadableFileException(
            path + "：gzip 資料解壓倍數超過 " + limits.maxRatio() + " 倍（max-ratio），疑似壓縮炸彈，已停止讀取",
            path + ": the gzip data expands more than " + limits.maxRatio()
                + " times (max-ratio), a possible gzip bomb; reading stopped");
      }
    }

    private IOException truncated(EOFException e) {
      return EvidenceFile.truncated(path, e);
    }

    private IOException damaged(ZipException e) {
      return EvidenceFile.damaged(path, e);
    }
  }

  static IOException truncated(String path, EOFException e) {
    return new UnreadableFileException(
        path + "：gzip 資料提前結束，檔案不完整", path + ": the gzip data ends early: the file is truncated", e);
  }

  static IOException damaged(String path, ZipException e) {
    return new UnreadableFileException(
        path + "：gzip 資料已損毀", path + ": the gzip data is damaged: " + e.getMessage(), e);
  }
}
