package tw.coloaudit.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tw.coloaudit.evidence.spi.InputLimits;
import tw.coloaudit.model.AuditResult;
import tw.coloaudit.model.InputReport;
import tw.coloaudit.model.Problem;

/** Hostile and broken packs through the whole engine: each is refused or read in part, and the run goes on. */
class HostilePackTest {

  @TempDir Path tmp;

  private static final String HEAD = """
      as_of: 2026-11-20
      timezone: Asia/Taipei
      systems:
        - { id: gw, name: 閘道, role: order-gateway, important: true, hosts: [10.20.1.11] }
      files:
      """;

  private static final String PASSWD = "root:x:0:0:root:/root:/bin/bash\nalice:x:1001:1001::/home/alice:/bin/bash\n";

  private AuditResult audit(Path pack) {
    return audit(pack, InputLimits.DEFAULT);
  }

  private AuditResult audit(Path pack, InputLimits limits) {
    Clock fixed = Clock.fixed(Instant.parse("2026-11-20T01:00:00Z"), ZoneOffset.UTC);
    return new AuditEngine().audit(new AuditRequest(pack, fixed, "run-1", null, 2, limits));
  }

  private static Path write(Path root, String path, byte[] bytes) throws IOException {
    Path p = root.resolve(path);
    Files.createDirectories(p.getParent());
    Files.write(p, bytes);
    return p;
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static InputReport input(AuditResult r, String file) {
    return r.inputs().stream().filter(i -> i.file().equals(file)).findFirst().orElseThrow(() -> new AssertionError("no input " + file));
  }

  private static String problems(AuditResult r, String path) {
    StringBuilder s = new StringBuilder();
    for (Problem p : r.problems()) {
      if (p.path() != null && p.path().equals(path)) s.append(p.kind()).append(": ").append(p.message().en()).append('\n');
    }
    return s.toString();
  }

  private static void zip(Path zip, String[][] entries) throws IOException {
    try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
      for (String[] e : entries) {
        z.putNextEntry(new ZipEntry(e[0]));
        z.write(utf8(e[1]));
        z.closeEntry();
      }
    }
  }

  @Test
  void aZipSlipEntryIsRefusedAndNamedWhileTheRestIsAudited() throws IOException {
    Path zip = tmp.resolve("slip.zip");
    zip(zip, new String[][] {
        {"evidence.yaml", HEAD + "  - { path: accounts/gw/*, kind: accounts, system: gw }\n"},
        {"accounts/gw/passwd", PASSWD},
        {"../../evil/passwd", "evil:x:0:0::/:/bin/sh\n"},
        {"accounts/gw/../../../etc/cron.d/x", "* * * * * root sh\n"},
    });
    AuditResult r = audit(zip);
    assertThat(input(r, "accounts/gw/passwd").records()).isEqualTo(2);
    assertThat(r.inputs()).extracting(InputReport::file).allMatch(f -> !f.contains(".."));
    assertThat(problems(r, "../../evil/passwd")).contains("leaves the pack");
    assertThat(problems(r, "accounts/gw/../../../etc/cron.d/x")).contains("leaves the pack");
    assertThat(Files.exists(tmp.resolve("../evil"))).isFalse();
  }

  @Test
  void aZipBombEntryIsRefusedBeforeItIsInflated() throws IOException {
    Path zip = tmp.resolve("bomb.zip");
    try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
      z.putNextEntry(new ZipEntry("evidence.yaml"));
      z.write(utf8(HEAD + "  - { path: accounts/gw/*, kind: accounts, system: gw }\n"));
      z.putNextEntry(new ZipEntry("accounts/gw/passwd"));
      z.write(utf8(PASSWD));
      z.putNextEntry(new ZipEntry("accounts/gw/group"));
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 160; i++) z.write(zeros);
      z.closeEntry();
    }
    assertThat(Files.size(zip)).isLessThan(1 << 20);
    AuditResult r = audit(zip);
    assertThat(problems(r, "accounts/gw/group")).contains("zip bomb");
    assertThat(r.inputs()).extracting(InputReport::file).containsExactly("accounts/gw/passwd");
  }

  @Test
  void aGzipBombStopsAtTheRatioLimitWithAClearMessage() throws IOException {
    Path pack = tmp.resolve("pack");
    write(pack, "evidence.yaml", utf8(HEAD + "  - { path: accounts/gw/*, kind: accounts, system: gw }\n"));
    write(pack, "accounts/gw/passwd", utf8(PASSWD));
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(write(pack, "accounts/gw/group.gz", new byte[0])))) {
      out.write(utf8("wheel:x:10:root\n"));
      byte[] blanks = new byte[1 << 20];
      java.util.Arrays.fill(blanks, (byte) '\n');
      for (int i = 0; i < 8; i++) out.write(blanks);
    }
    AuditResult r = audit(pack, InputLimits.DEFAULT.with("ratio-check-from-bytes", "1M").with("max-ratio", "100"));
    assertThat(problems(r, "accounts/gw/group.gz")).contains("gzip bomb").contains("max-ratio");
    assertThat(input(r, "accounts/gw/passwd").records()).isEqualTo(2);
    AuditResult capped = audit(pack, InputLimits.DEFAULT.with("max-decompressed-bytes", "2M"));
    assertThat(problems(capped, "accounts/gw/group.gz")).contains("max-decompressed-bytes");
  }

  @Test
  void aLinkOutOfADirectoryPackIsRefused() throws IOException {
    Path outside = write(tmp, "outside/shadow", utf8("root:$6$secret:20000:0:99999:7:::\n"));
    Path pack = tmp.resolve("pack");
    write(pack, "evidence.yaml", utf8(HEAD + "  - { path: accounts/gw/*, kind: accounts, system: gw }\n"));
    write(pack, "accounts/gw/passwd", utf8(PASSWD));
    Files.createSymbolicLink(pack.resolve("accounts/gw/shadow"), outside);
    Files.createSymbolicLink(pack.resolve("accounts/etc"), outside.getParent());
    AuditResult r = audit(pack);
    assertThat(r.inputs()).extracting(InputReport::file).containsExactly("accounts/gw/passwd");
    assertThat(problems(r, "accounts/gw/shadow")).contains("leads out of the pack");
    assertThat(problems(r, "accounts/etc")).contains("leads out of the pack");
  }

  @Test
  void aTruncatedGzipKeepsWhatItReadAndSaysTheFileIsTruncated() throws IOException {
    Path pack = tmp.resolve("pack");
    write(pack, "evidence.yaml", utf8(HEAD + "  - { path: accounts/gw/*, kind: accounts, system: gw }\n"));
    StringBuilder many = new StringBuilder();
    // Past the first MiB, which encoding detection reads whole, so the parser meets the cut.
    for (int i = 0; i < 100_000; i++) many.append("user").append(i).append(":x:").append(2000 + i).append(":100::/home/u:/bin/bash\n");
    byte[] gz = Mutator.gzip(utf8(many.toString()));
    write(pack, "accounts/gw/passwd.gz", java.util.Arrays.copyOf(gz, gz.length * 2 / 3));
    write(pack, "accounts/gw/shadow.gz", java.util.Arrays.copyOf(Mutator.gzip(utf8("root:!:20000:0:99999:7:::\n")), 20));
    AuditResult r = audit(pack);
    InputReport in = input(r, "accounts/gw/passwd.gz");
    assertThat(problems(r, "accounts/gw/passwd.gz")).contains("truncated");
    assertThat(in.rejects()).anySatisfy(rej -> {
      assertThat(rej.reason().en()).contains("truncated");
      assertThat(rej.reason().zh()).isEqualTo("檔案讀取中斷：accounts/gw/passwd.gz：gzip 資料提前結束，檔案不完整");
    });
    assertThat(in.records()).isPositive().isLessThan(100_000);
    assertThat(problems(r, "accounts/gw/shadow.gz")).contains("truncated");
  }

  @Test
  void aBinaryFileDeclaredAsALogIsWarnedAboutAndEveryLineAccounted() throws IOException {
    byte[] binary = new byte[64 * 1024];
    new java.util.SplittableRandom(42).nextBytes(binary);
    for (int i = 0; i < binary.length; i += 384) binary[i] = 0;
    Path pack = tmp.resolve("pack");
    write(pack, "evidence.yaml", utf8(HEAD
        + "  - { path: logs/wtmp, kind: login-log, system: gw }\n"
        + "  - { path: accounts/gw/*, kind: accounts, system: gw, format: passwd }\n"));
    write(pack, "logs/wtmp", binary);
    write(pack, "accounts/gw/passwd", binary);
    AuditResult r = audit(pack);
    long lines = new String(binary, StandardCharsets.ISO_8859_1).split("\r\n|\r|\n", -1).length;
    for (String f : new String[] {"logs/wtmp", "accounts/gw/passwd"}) {
      InputReport in = input(r, f);
      assertThat(problems(r, f)).contains("NUL bytes").contains("binary");
      assertThat(in.total()).isPositive().isLessThanOrEqualTo(lines);
      assertThat(in.records()).isZero();
    }
  }

  @Test
  void aBig5FileDeclaredUtf8IsReadAsDeclaredWithAWarningThatNamesBothEncodings() throws IOException {
    Path pack = tmp.resolve("pack");
    write(pack, "evidence.yaml", utf8(HEAD + "  - { path: people.csv, kind: people, encoding: UTF-8 }\n"));
    write(pack, "people.csv", "人員代號,姓名,類別,帳號\r\nE001,王小明,員工,gw:alice\r\nE002,陳大文,委外,gw:bob\r\n".getBytes(Charset.forName("x-windows-950")));
    AuditResult r = audit(pack);
    InputReport in = input(r, "people.csv");
    assertThat(in.encoding()).isEqualTo("UTF-8");
    assertThat(problems(r, "people.csv")).contains("declared encoding UTF-8").contains("Big5");
    assertThat(in.total()).isEqualTo(2);
  }

  @Test
  void aFileLargerThanTheLimitIsRefusedUnread() throws IOException {
    Path pack = tmp.resolve("pack");
    write(pack, "evidence.yaml", utf8(HEAD + "  - { path: accounts/gw/*, kind: accounts, system: gw }\n"));
    write(pack, "accounts/gw/passwd", utf8(PASSWD));
    write(pack, "accounts/gw/group", utf8("wheel:x:10:root\n".repeat(1000)));
    AuditResult r = audit(pack, InputLimits.DEFAULT.with("max-file-bytes", "4K"));
    assertThat(r.inputs()).extracting(InputReport::file).containsExactly("accounts/gw/passwd");
    assertThat(problems(r, "accounts/gw/group")).contains("max-file-bytes");
  }

  @Test
  void aZipEntryWhoseDataIsDamagedIsReportedAndTheRunGoesOn() throws IOException {
    Path zip = tmp.resolve("damaged.zip");
    zip(zip, new String[][] {
        {"evidence.yaml", HEAD + "  - { path: accounts/gw/*, kind: accounts, system: gw }\n"},
        {"accounts/gw/passwd", PASSWD},
        {"accounts/gw/group", "wheel:x:10:root\n".repeat(200)},
    });
    byte[] b = Files.readAllBytes(zip);
    // The central directory understates the entry's size: its data cannot be read as declared.
    int cen = lastIndexOf(b, utf8("accounts/gw/group")) - 46;
    java.nio.ByteBuffer.wrap(b).order(java.nio.ByteOrder.LITTLE_ENDIAN).putInt(cen + 24, 10);
    Files.write(zip, b);
    AuditResult r = audit(zip);
    assertThat(input(r, "accounts/gw/passwd").records()).isEqualTo(2);
    assertThat(input(r, "accounts/gw/group").sha256()).isNull();
    assertThat(problems(r, "accounts/gw/group")).contains("unreadable");
    assertThat(r.run().packSha256()).hasSize(64);
  }

  private static int lastIndexOf(byte[] b, byte[] what) {
    outer:
    for (int i = b.length - what.length; i >= 0; i--) {
      for (int j = 0; j < what.length; j++) {
        if (b[i + j] != what[j]) continue outer;
      }
      return i;
    }
    throw new AssertionError("not found");
  }
}
