package tw.coloaudit.evidence.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvidencePackTest {

  @TempDir Path tmp;

  private static final Map<String, String> FILES =
      new TreeMap<>(
          Map.of(
              "evidence.yaml", "as_of: 2026-11-20\n",
              "accounts/colo-gw-1/passwd", "root:x:0:0:root:/root:/bin/bash\n",
              "accounts/colo-gw-1/shadow", "root:!:19000::::::\n",
              "inventory/rack.csv", "機櫃,設備名稱\nA01,gw\n"));

  private Path writeDir(Path dir) throws IOException {
    for (Map.Entry<String, String> e : FILES.entrySet()) {
      Path f = dir.resolve(e.getKey());
      Files.createDirectories(f.getParent());
      Files.writeString(f, e.getValue(), StandardCharsets.UTF_8);
    }
    return dir;
  }

  private Path writeZip(Path zip, String prefix, Map<String, String> files) throws IOException {
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
      for (Map.Entry<String, String> e : files.entrySet()) {
        out.putNextEntry(new ZipEntry(prefix + e.getKey()));
        out.write(e.getValue().getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
      }
    }
    return zip;
  }

  /** What {@code sha256sum $(find . -type f | sort) | sha256sum} computes, without the tools. */
  private static String expectedPackSha256(Map<String, String> files) throws Exception {
    StringBuilder lines = new StringBuilder();
    for (Map.Entry<String, String> e : new TreeMap<>(files).entrySet()) {
      lines.append(sha256(e.getValue().getBytes(StandardCharsets.UTF_8))).append("  ").append(e.getKey()).append('\n');
    }
    return sha256(lines.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static String sha256(byte[] b) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
  }

  @Test
  void listsADirectoryPacksFilesSortedWithSlashes() throws Exception {
    try (EvidencePack pack = EvidencePack.open(writeDir(tmp.resolve("pack")))) {
      assertThat(pack.files()).containsExactlyElementsOf(FILES.keySet());
      assertThat(pack.isZip()).isFalse();
      assertThat(pack.issues()).isEmpty();
      assertThat(pack.size("inventory/rack.csv")).isEqualTo(FILES.get("inventory/rack.csv").getBytes(StandardCharsets.UTF_8).length);
      try (InputStream in = pack.open("accounts/colo-gw-1/passwd")) {
        assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(FILES.get("accounts/colo-gw-1/passwd"));
      }
      assertThat(pack.sha256("evidence.yaml")).isEqualTo(sha256("as_of: 2026-11-20\n".getBytes(StandardCharsets.UTF_8)));
      assertThat(pack.packSha256()).isEqualTo(expectedPackSha256(FILES));
    }
  }

  @Test
  void readsAZipInPlaceWithTheSameHashAsTheDirectory() throws Exception {
    Path zip = writeZip(tmp.resolve("pack.zip"), "", FILES);
    try (EvidencePack pack = EvidencePack.open(zip)) {
      assertThat(pack.isZip()).isTrue();
      assertThat(pack.files()).containsExactlyElementsOf(FILES.keySet());
      assertThat(pack.packSha256()).isEqualTo(expectedPackSha256(FILES));
      try (InputStream in = pack.open("inventory/rack.csv")) {
        assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(FILES.get("inventory/rack.csv"));
      }
    }
    assertThat(Files.list(tmp).toList()).containsExactly(zip);
  }

  @Test
  void takesASingleTopFolderHoldingTheManifestAsTheRoot() throws Exception {
    Path zip = writeZip(tmp.resolve("pack.zip"), "pack-2026-11/", FILES);
    try (EvidencePack pack = EvidencePack.open(zip)) {
      assertThat(pack.files()).containsExactlyElementsOf(FILES.keySet());
      assertThat(pack.packSha256()).isEqualTo(expectedPackSha256(FILES));
    }
  }

  @Test
  void keepsATopFolderWithoutAManifestAsAFolder() throws Exception {
    Path zip = writeZip(tmp.resolve("pack.zip"), "x/", Map.of("a.txt", "a"));
    try (EvidencePack pack = EvidencePack.open(zip)) {
      assertThat(pack.files()).containsExactly("x/a.txt");
    }
  }

  @Test
  void refusesZipEntriesThatLeaveThePack() throws Exception {
    Path zip = tmp.resolve("evil.zip");
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
      for (String name : List.of("evidence.yaml", "../../etc/cron.d/x", "/etc/passwd", "a/../../b", "C:/Windows/x", "ok/fine.txt")) {
        out.putNextEntry(new ZipEntry(name));
        out.write("x".getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
      }
    }
    try (EvidencePack pack = EvidencePack.open(zip)) {
      assertThat(pack.files()).containsExactly("evidence.yaml", "ok/fine.txt");
      assertThat(pack.issues())
          .extracting(PackIssue::path)
          .containsExactlyInAnyOrder("../../etc/cron.d/x", "/etc/passwd", "a/../../b", "C:/Windows/x");
      assertThat(pack.issues().get(0).message()).contains("leaves the pack");
      assertThat(pack.issues().get(0).toProblem().message().zh()).contains("離開證據包");
      assertThatThrownBy(() -> pack.open("../../etc/cron.d/x")).isInstanceOf(NoSuchFileException.class);
    }
  }

  @Test
  void refusesAnEntryWhoseCompressionRatioLooksLikeABomb() throws Exception {
    Path zip = tmp.resolve("bomb.zip");
    byte[] zeros = new byte[1 << 20];
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
      out.putNextEntry(new ZipEntry("evidence.yaml"));
      out.write("as_of: 2026-11-20\n".getBytes(StandardCharsets.UTF_8));
      out.putNextEntry(new ZipEntry("zeros.log"));
      out.write(zeros);
      out.closeEntry();
    }
    PackLimits small = new PackLimits(100, Long.MAX_VALUE, 200, 512 * 1024);
    try (EvidencePack pack = EvidencePack.open(zip, small)) {
      assertThat(pack.files()).containsExactly("evidence.yaml");
      assertThat(pack.issues()).singleElement().satisfies(i -> {
        assertThat(i.path()).isEqualTo("zeros.log");
        assertThat(i.message()).contains("compression ratio").contains("zip bomb");
      });
    }
    try (EvidencePack pack = EvidencePack.open(zip)) {
      assertThat(pack.files()).containsExactly("evidence.yaml", "zeros.log");
    }
  }

  @Test
  void stopsReadingAfterTheEntryLimit() throws Exception {
    Map<String, String> many = new TreeMap<>();
    for (int i = 0; i < 10; i++) many.put("f" + i + ".txt", "x");
    Path zip = writeZip(tmp.resolve("many.zip"), "", many);
    try (EvidencePack pack = EvidencePack.open(zip, new PackLimits(4, Long.MAX_VALUE, 200, 1L << 30))) {
      assertThat(pack.files()).hasSize(4);
      assertThat(pack.issues()).singleElement().satisfies(i -> assertThat(i.message()).contains("more than 4 entries"));
    }
  }

  @Test
  void refusesSymlinksThatLeadOutOfADirectoryPack() throws Exception {
    Path pack = writeDir(tmp.resolve("pack"));
    Path outside = Files.writeString(tmp.resolve("secret.txt"), "secret");
    Path outsideDir = Files.createDirectories(tmp.resolve("elsewhere"));
    Files.writeString(outsideDir.resolve("x.log"), "x");
    try {
      Files.createSymbolicLink(pack.resolve("leak.txt"), outside);
      Files.createSymbolicLink(pack.resolve("leakdir"), outsideDir);
      Files.createSymbolicLink(pack.resolve("inside-link"), pack.resolve("evidence.yaml"));
    } catch (UnsupportedOperationException | IOException e) {
      assumeTrue(false, "symbolic links cannot be made here");
    }
    try (EvidencePack p = EvidencePack.open(pack)) {
      assertThat(p.files()).contains("inside-link").doesNotContain("leak.txt", "leakdir/x.log");
      assertThat(p.issues()).extracting(PackIssue::path).containsExactlyInAnyOrder("leak.txt", "leakdir");
      assertThat(p.issues().get(0).message()).contains("out of the pack");
    }
  }

  @Test
  void failsToOpenWhatDoesNotExist() {
    assertThatThrownBy(() -> EvidencePack.open(tmp.resolve("nothing"))).isInstanceOf(NoSuchFileException.class);
  }

  @Test
  void failsToOpenAFileOutsideTheListing() throws Exception {
    try (EvidencePack pack = EvidencePack.open(writeDir(tmp.resolve("pack")))) {
      assertThatThrownBy(() -> pack.open("../secret")).isInstanceOf(NoSuchFileException.class);
      assertThatThrownBy(() -> pack.open("accounts")).isInstanceOf(NoSuchFileException.class);
    }
  }

  @Test
  void readsTheManifestOfAPack() throws Exception {
    try (EvidencePack pack = EvidencePack.open(writeZip(tmp.resolve("p.zip"), "top/", FILES))) {
      assertThat(ManifestReader.read(pack).manifest().asOf()).hasToString("2026-11-20");
    }
    Path empty = Files.createDirectories(tmp.resolve("empty"));
    try (EvidencePack pack = EvidencePack.open(empty)) {
      assertThatThrownBy(() -> ManifestReader.read(pack)).isInstanceOf(ManifestException.class).hasMessageContaining("no evidence.yaml");
    }
  }

  @Test
  void aFileReadToItsEndIsHashedOnTheWayAndNotReadAgain() throws Exception {
    Path dir = writeDir(tmp.resolve("pack"));
    byte[] big = randomFile(dir, "logs.bin");
    try (EvidencePack pack = EvidencePack.open(dir)) {
      try (InputStream in = pack.openHashing("logs.bin")) {
        in.read();
        in.skip(1000);
        in.readNBytes(5000);
        in.readAllBytes();
      }
      // Changed on disk afterwards: the hash is the one of the bytes read, so no second read took place.
      Files.write(dir.resolve("logs.bin"), new byte[] {1, 2, 3});
      assertThat(pack.sha256("logs.bin")).isEqualTo(hex(big));
    }
  }

  @Test
  void aFileReadOnlyInPartIsHashedByAReadOfItsOwn() throws Exception {
    Path dir = writeDir(tmp.resolve("pack"));
    byte[] big = randomFile(dir, "logs.bin");
    try (EvidencePack pack = EvidencePack.open(dir)) {
      try (InputStream in = pack.openHashing("logs.bin")) {
        in.readNBytes(100_000);
      }
      assertThat(pack.sha256("logs.bin")).isEqualTo(hex(big));
    }
  }

  private static byte[] randomFile(Path dir, String name) throws IOException {
    byte[] bytes = new byte[300_000];
    new java.util.Random(name.hashCode()).nextBytes(bytes);
    Files.write(dir.resolve(name), bytes);
    return bytes;
  }

  private static String hex(byte[] b) throws Exception {
    return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(b));
  }
}
