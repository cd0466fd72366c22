package tw.coloaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tw.coloaudit.example.ExamplePack;

/** The same tool on the same sealed pack, with the run id and clock fixed, writes byte-identical findings. */
class RederivationTest {

  @TempDir static Path tmp;
  static Path pack;

  @BeforeAll
  static void writeAndSealThePack() {
    pack = tmp.resolve("pack");
    ExamplePack.write(pack);
    // Re-seal so the pack verifies: LOG-INTEGRITY passes and the seal covers every file as audited.
    assertThat(run("seal", pack.toString(), "--at", "2026-11-20T09:00:00+08:00")).isZero();
  }

  static int run(String... args) {
    return Main.execute(args, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
  }

  private static byte[] audit(Path input, String out) throws IOException {
    int code = run("audit", input.toString(), "--out", tmp.resolve(out).toString(), "--run-id", "re-derive-1",
        "--fixed-time", "2026-11-21T10:00:00+08:00", "--no-store", "--threads", out.endsWith("1") ? "1" : "4");
    assertThat(code).isEqualTo(1);
    return Files.readAllBytes(tmp.resolve(out).resolve("findings.json"));
  }

  @Test
  void twoAuditsOfTheSameSealedPackWriteTheSameBytes() throws IOException {
    byte[] first = audit(pack, "out-1");
    byte[] second = audit(pack, "out-4");
    assertThat(second).isEqualTo(first);
    var json = new ObjectMapper().readTree(first);
    assertThat(json.path("run").path("started_at").asText()).isEqualTo("2026-11-21T10:00:00+08:00");
    for (var c : json.path("controls")) {
      if (c.path("id").asText().equals("LOG-INTEGRITY")) assertThat(c.path("status").asText()).isEqualTo("pass");
    }
  }

  @Test
  void aZipOfTheSamePackWritesTheSameBytesAsTheDirectory() throws IOException {
    Path zip = tmp.resolve("pack.zip");
    try (OutputStream os = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(os);
        Stream<Path> files = Files.walk(pack)) {
      for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
        z.putNextEntry(new ZipEntry("9A00-2026/" + pack.relativize(p).toString().replace('\\', '/')));
        Files.copy(p, z);
        z.closeEntry();
      }
    }
    byte[] fromDir = audit(pack, "dir-1");
    byte[] fromZip = audit(zip, "zip-1");
    var a = new ObjectMapper().readTree(fromDir);
    var b = new ObjectMapper().readTree(fromZip);
    assertThat(b.path("run").path("pack_sha256")).isEqualTo(a.path("run").path("pack_sha256"));
    assertThat(fromZip).isEqualTo(fromDir);
  }

  @Test
  void aFileChangedAfterSealingChangesTheFindings() throws IOException {
    Path copy = tmp.resolve("changed");
    try (Stream<Path> files = Files.walk(pack)) {
      for (Path p : files.filter(Files::isRegularFile).toList()) {
        Path t = copy.resolve(pack.relativize(p).toString());
        Files.createDirectories(t.getParent());
        Files.copy(p, t);
      }
    }
    Files.writeString(copy.resolve("registers/dormant-reviews.csv"), "\n", java.nio.file.StandardOpenOption.APPEND);
    assertThat(audit(copy, "changed-1")).isNotEqualTo(audit(pack, "same-1"));
    assertThat(run("verify", copy.toString())).isEqualTo(1);
    assertThat(run("verify", pack.toString())).isZero();
  }
}
