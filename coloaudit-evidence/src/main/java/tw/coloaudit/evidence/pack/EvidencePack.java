package tw.coloaudit.evidence.pack;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import tw.coloaudit.evidence.spi.InputLimits;
import tw.coloaudit.model.Localized;

/**
 * An evidence pack opened for reading: a directory, or a {@code .zip} read in place. Lists every
 * regular file by its '/'-separated path relative to the pack root, opens and hashes them, and
 * reports the entries it refused.
 */
public final class EvidencePack implements AutoCloseable {

  /** The manifest's file name at the pack root. */
  public static final String MANIFEST = "evidence.yaml";

  private final Path location;
  private final ZipFile zip;
  private final Map<String, Object> entries;
  private final List<String> files;
  private final List<PackIssue> issues;
  private final Map<String, String> hashes = new ConcurrentHashMap<>();
  private final InputLimits limits;

  private EvidencePack(
      Path location, ZipFile zip, Map<String, Object> entries, List<PackIssue> issues, InputLimits limits) {
    this.limits = limits;
    this.location = location;
    this.zip = zip;
    this.entries = entries;
    this.files = List.copyOf(entries.keySet());
    this.issues = List.copyOf(issues);
  }

  /** Opens a directory or a {@code .zip} file with the default limits. */
  public static EvidencePack open(Path dirOrZip) throws IOException {
    return open(dirOrZip, PackLimits.DEFAULT);
  }

  /** Opens a directory or a {@code .zip} file with the given zip limits and default input limits. */
  public static EvidencePack open(Path dirOrZip, PackLimits limits) throws IOException {
    return open(dirOrZip, InputLimits.DEFAULT.withPack(limits));
  }

  /** Opens a directory or a {@code .zip} file with the given limits. */
  public static EvidencePack open(Path dirOrZip, InputLimits limits) throws IOException {
    if (Files.isDirectory(dirOrZip)) return openDirectory(dirOrZip, limits);
    if (Files.isRegularFile(dirOrZip)) return openZip(dirOrZip, limits);
    throw new NoSuchFileException(dirOrZip.toString(), null, "no such directory or zip file");
  }

  /** The limits the pack was opened with, for the files read from it. */
  public InputLimits limits() {
    return limits;
  }

  /** Where the pack was opened from. */
  public Path location() {
    return location;
  }

  public boolean isZip() {
    return zip != null;
  }

  /** Every regular file, as a '/'-separated path relative to the root, sorted. */
  public List<String> files() {
    return files;
  }

  public boolean contains(String path) {
    return entries.containsKey(path);
  }

  /** Entries refused: they leave the pack or break a limit. None of them is in {@link #files()}. */
  public List<PackIssue> issues() {
    return issues;
  }

  /** Opens a file of the pack, as stored (no decompression of {@code .gz}). */
  public InputStream open(String path) throws IOException {
    Object e = entry(path);
    if (e instanceof ZipEntry ze) {
      return new BoundedInputStream(zip.getInputStream(ze), ze.getSize(), path);
    }
    return Files.newInputStream((Path) e);
  }

  /** The stored size of a file in bytes (uncompressed size for a zip entry). */
  public long size(String path) throws IOException {
    Object e = entry(path);
    if (e instanceof ZipEntry ze) return ze.getSize();
    return Files.size((Path) e);
  }

  /**
   * Opens a file so that what is read is hashed on the way: once read to its end, its hash is
   * kept and {@link #sha256} does not read the file a second time (on a disk, not a page cache,
   * that second read is what a large pack costs).
   */
  public InputStream openHashing(String path) throws IOException {
    InputStream in = open(path);
    return hashes.containsKey(path) ? in : new HashingStream(in, path);
  }

  /** Hashes every byte read through it; the hash is kept only when the stream was read to its end. */
  private final class HashingStream extends FilterInputStream {
    private final MessageDigest md = sha256();
    private final String path;
    private boolean ended;

    HashingStream(InputStream in, String path) {
      super(in);
      this.path = path;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b < 0) {
        end();
      } else {
        md.update((byte) b);
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = in.read(b, off, len);
      if (n < 0) {
        end();
      } else {
        md.update(b, off, n);
      }
      return n;
    }

    /** Skipped bytes are read, so that they are hashed too. */
    @Override
    public long skip(long n) throws IOException {
      byte[] buf = new byte[(int) Math.max(1, Math.min(8192, n))];
      long done = 0;
      while (done < n) {
        int r = read(buf, 0, (int) Math.min(buf.length, n - done));
        if (r < 0) break;
        done += r;
      }
      return done;
    }

    @Override
    public boolean markSupported() {
      return false;
    }

    @Override
    public synchronized void mark(int readlimit) {}

    @Override
    public synchronized void reset() throws IOException {
      throw new IOException("mark/reset not supported");
    }

    private void end() {
      if (ended) return;
      ended = true;
      hashes.putIfAbsent(path, HexFormat.of().formatHex(md.digest()));
    }
  }

  /** Hex SHA-256 of a file's bytes as stored. */
  public String sha256(String path) throws IOException {
    String h = hashes.get(path);
    if (h != null) return h;
    MessageDigest md = sha256();
    try (InputStream in = open(path)) {
      byte[] buf = new byte[64 * 1024];
      int n;
      while ((n = in.read(buf)) > 0) md.update(buf, 0, n);
    }
    h = HexFormat.of().formatHex(md.digest());
    hashes.put(path, h);
    return h;
  }

  /**
   * SHA-256 over the lines {@code <sha256>  <path>\n} of every file sorted by path, as
   * {@code sha256sum} prints them.
   */
  public String packSha256() throws IOException {
    MessageDigest md = sha256();
    for (String f : files) {
      String h;
      try {
        h = sha256(f);
      } catch (IOException e) {
        // A damaged entry is reported when it is read; the pack's hash still covers the others.
        h = "unreadable";
      }
      md.update((h + "  " + f + "\n").getBytes(StandardCharsets.UTF_8));
    }
    return HexFormat.of().formatHex(md.digest());
  }

  @Override
  public void close() throws IOException {
    if (zip != null) zip.close();
  }

  @Override
  public String toString() {
    return location.toString();
  }

  private Object entry(String path) throws NoSuchFileException {
    Object e = entries.get(path);
    if (e == null) throw new NoSuchFileException(path, null, "not a file of the pack " + location);
    return e;
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static EvidencePack openDirectory(Path dir, InputLimits limits) throws IOException {
    Path root = dir.toAbsolutePath().normalize();
    Path realRoot = root.toRealPath();
    Map<String, Object> found = new TreeMap<>();
    List<PackIssue> issues = new ArrayList<>();
    Files.walkFileTree(
        root,
        EnumSet.of(FileVisitOption.FOLLOW_LINKS),
        Integer.MAX_VALUE,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) throws IOException {
            if (!d.equals(root) && !insideRoot(d)) return FileVisitResult.SKIP_SUBTREE;
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) throws IOException {
            if (!attrs.isRegularFile()) return FileVisitResult.CONTINUE;
            if (!insideRoot(f)) return FileVisitResult.CONTINUE;
            if (attrs.size() > limits.maxFileBytes()) {
              issues.add(tooLarge(relative(root, f), attrs.size(), limits));
              return FileVisitResult.CONTINUE;
            }
            found.put(relative(root, f), f);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path f, IOException e) {
            String rel = relative(root, f);
            if (e instanceof FileSystemLoopException) {
              issues.add(issue(rel, "連結形成迴圈，未讀取", "the link makes a loop and was not followed"));
            } else if (Files.isSymbolicLink(f)) {
              issues.add(issue(rel, "連結指向不存在的檔案，未讀取", "the link points to nothing and was not followed"));
            } else {
              issues.add(issue(rel, "無法讀取：" + e.getMessage(), "cannot be read: " + e.getMessage()));
            }
            return FileVisitResult.CONTINUE;
          }

          private boolean insideRoot(Path p) throws IOException {
            if (!Files.isSymbolicLink(p)) return true;
            Path real = p.toRealPath();
            if (real.startsWith(realRoot)) return true;
            issues.add(
                issue(
                    relative(root, p),
                    "連結指向證據包之外（" + real + "），拒絕讀取",
                    "the link leads out of the pack (" + real + ") and was refused"));
            return false;
          }
        });
    return new EvidencePack(dir, null, Collections.unmodifiableMap(found), issues, limits);
  }

  private static EvidencePack openZip(Path file, InputLimits limits) throws IOException {
    ZipFile zf = new ZipFile(file.toFile(), StandardCharsets.UTF_8);
    try {
      List<PackIssue> issues = new ArrayList<>();
      Map<String, ZipEntry> safe = new TreeMap<>();
      int count = 0;
      long total = 0;
      boolean countReported = false;
      boolean totalReported = false;
      Enumeration<? extends ZipEntry> en = zf.entries();
      while (en.hasMoreElements()) {
        ZipEntry ze = en.nextElement();
        if (++count > limits.maxEntries()) {
          if (!countReported) {
            issues.add(
                issue(
                    ze.getName(),
                    "壓縮檔項目超過 " + limits.maxEntries() + " 個，其餘項目未讀取",
                    "the zip holds more than " + limits.maxEntries() + " entries; the rest were not read"));
            countReported = true;
          }
          continue;
        }
        String name = ze.getName().replace('\\', '/');
        while (name.startsWith("./")) name = name.substring(2);
        if (ze.isDirectory() || name.endsWith("/")) continue;
        if (leavesPack(name)) {
          issues.add(
              issue(name, "項目路徑離開證據包（.. 或絕對路徑），拒絕讀取", "the entry's path leaves the pack (.. or absolute) and was refused"));
          continue;
        }
        long size = ze.getSize();
        long csize = ze.getCompressedSize();
        if (size < 0) {
          issues.add(issue(name, "項目未記載大小，拒絕讀取", "the entry does not state its size and was refused"));
          continue;
        }
        if (size > limits.maxFileBytes()) {
          issues.add(tooLarge(name, size, limits));
          continue;
        }
        if (size > limits.ratioCheckFromBytes() && (csize <= 0 || size / Math.max(1, csize) > limits.maxRatio())) {
          issues.add(
              issue(
                  name,
                  "項目解壓後 " + size + " 位元組、壓縮比超過 " + limits.maxRatio() + "，疑為壓縮炸彈，拒絕讀取",
                  "the entry expands to " + size + " bytes at a compression ratio above " + limits.maxRatio()
                      + " (a possible zip bomb) and was refused"));
          continue;
        }
        if (total + size > limits.maxTotalBytes()) {
          if (!totalReported) {
            issues.add(
                issue(
                    name,
                    "解壓後總大小超過 " + limits.maxTotalBytes() + " 位元組，其餘項目未讀取",
                    "the uncompressed total exceeds " + limits.maxTotalBytes() + " bytes; further entries were refused"));
            totalReported = true;
          }
          continue;
        }
        total += size;
        safe.put(name, ze);
      }
      String prefix = singleTopFolder(safe);
      Map<String, Object> found = new TreeMap<>();
      safe.forEach((name, ze) -> found.put(name.substring(prefix.length()), ze));
      if (!prefix.isEmpty()) {
        List<PackIssue> moved = new ArrayList<>();
        for (PackIssue i : issues) moved.add(new PackIssue(strip(i.path(), prefix), i.text()));
        issues = moved;
      }
      return new EvidencePack(file, zf, Collections.unmodifiableMap(found), issues, limits);
    } catch (RuntimeException e) {
      zf.close();
      throw e;
    }
  }

  private static PackIssue tooLarge(String path, long size, InputLimits limits) {
    return issue(
        path,
        "檔案大小 " + size + " 位元組超過上限 " + limits.maxFileBytes() + "（max-file-bytes），拒絕讀取",
        "the file holds " + size + " bytes, more than the limit of " + limits.maxFileBytes() + " (max-file-bytes), and was refused");
  }

  private static String strip(String path, String prefix) {
    return path.startsWith(prefix) ? path.substring(prefix.length()) : path;
  }

  /** "folder/" when every entry sits in one top-level folder that holds the manifest, else "". */
  private static String singleTopFolder(Map<String, ZipEntry> entries) {
    if (entries.containsKey(MANIFEST) || entries.isEmpty()) return "";
    String top = null;
    for (String name : entries.keySet()) {
      int slash = name.indexOf('/');
      if (slash < 0) return "";
      String t = name.substring(0, slash + 1);
      if (top == null) top = t;
      else if (!top.equals(t)) return "";
    }
    return entries.containsKey(top + MANIFEST) ? top : "";
  }

  /** Whether a zip entry name or manifest path would leave the pack root. */
  static boolean leavesPack(String name) {
    String n = name.replace('\\', '/');
    if (n.startsWith("/") || n.matches("^[A-Za-z]:.*")) return true;
    for (String seg : n.split("/")) {
      if (seg.equals("..")) return true;
    }
    return false;
  }

  private static String relative(Path root, Path p) {
    return root.relativize(p.toAbsolutePath().normalize()).toString().replace('\\', '/');
  }

  private static PackIssue issue(String path, String zh, String en) {
    return new PackIssue(path, Localized.of(zh, en));
  }

  /** Fails a read that goes past the size the zip declared: its headers then lie. */
  private static final class BoundedInputStream extends FilterInputStream {
    private final long limit;
    private final String path;
    private long read;

    BoundedInputStream(InputStream in, long limit, String path) {
      super(in);
      this.limit = limit;
      this.path = path;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) count(1);
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) count(n);
      return n;
    }

    private void count(int n) throws IOException {
      read += n;
      if (read > limit) {
        throw new tw.coloaudit.evidence.spi.UnreadableFileException(
            path + "：zip 項目的資料多於其宣告的大小 " + limit + "，已停止讀取",
            path + ": the zip entry holds more data than its declared size " + limit + "; reading stopped");
      }
    }
  }
}
