package tw.coloaudit.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tw.coloaudit.model.AuditResult;
import tw.coloaudit.model.ControlResult;
import tw.coloaudit.model.InputReport;
import tw.coloaudit.model.Outcome;
import tw.coloaudit.model.Problem;

class AuditEngineTest {

  @TempDir Path pack;

  private static final String MANIFEST = """
      broker: { id: "9A00", name: "範例證券" }
      as_of: 2026-11-20
      timezone: Asia/Taipei
      systems:
        - { id: gw, name: 閘道, role: order-gateway, important: true, hosts: [10.20.1.11] }
      files:
        - { path: accounts/gw/*, kind: accounts, system: gw }
        - { path: config/gw/login.defs, kind: password-policy, system: gw }
        - { path: registers/people.csv, kind: people }
        - { path: registers/access-requests-*.xlsx, kind: access-requests }
        - { path: scans/*.txt, kind: vuln-scan }
      """;

  @BeforeEach
  void writePack() throws IOException {
    write("evidence.yaml", MANIFEST, StandardCharsets.UTF_8);
    write("accounts/gw/passwd", """
        root:x:0:0:root:/root:/bin/bash
        daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin

        alice:x:1001:1001:Alice:/home/alice:/bin/bash
        broken:x:notanumber:1001::/home/broken:/bin/bash
        """, StandardCharsets.UTF_8);
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(pack.resolve("accounts/gw/shadow.gz")))) {
      out.write("""
          root:!:20000:0:99999:7:::
          daemon:*:20000:0:99999:7:::
          alice:$6$x$y:20400:0:99999:7:::
          """.getBytes(StandardCharsets.UTF_8));
    }
    write("config/gw/login.defs", "# comment\nPASS_MAX_DAYS 90\nPASS_MIN_LEN 8\nUMASK 022\n", StandardCharsets.UTF_8);
    write("registers/people.csv", "人員代號,姓名,類別,帳號\r\nE001,王小明,員工,gw:alice\r\n", Charset.forName("x-windows-950"));
    write("scans/2026-11-19.txt", "Scan finished without errors.\nSee the console for details.\n",
        StandardCharsets.UTF_8);
    write("notes.txt", "not evidence\n", StandardCharsets.UTF_8);
  }

  private void write(String path, String text, Charset cs) throws IOException {
    Path p = pack.resolve(path);
    Files.createDirectories(p.getParent());
    Files.write(p, text.getBytes(cs));
  }

  private AuditResult audit() {
    Clock fixed = Clock.fixed(Instant.parse("2026-11-20T01:00:00Z"), ZoneOffset.UTC);
    return new AuditEngine().audit(new AuditRequest(pack, fixed, "run-1", null, 2));
  }

  private static InputReport input(AuditResult r, String file) {
    return r.inputs().stream().filter(i -> i.file().equals(file)).findFirst().orElseThrow(() -> new AssertionError(file));
  }

  @Test
  void countsEveryLineOfEveryFileAsUsedSkippedOrRejected() {
    AuditResult r = audit();
    InputReport passwd = input(r, "accounts/gw/passwd");
    assertThat(passwd.format()).isEqualTo("passwd");
    assertThat(passwd.records()).isEqualTo(3);
    assertThat(passwd.rejected()).isEqualTo(1);
    assertThat(passwd.total()).isEqualTo(4);
    assertThat(passwd.rejects()).singleElement().satisfies(rej -> {
      assertThat(rej.line()).isEqualTo(5);
      assertThat(rej.reason().en()).contains("notanumber");
    });
    InputReport shadow = input(r, "accounts/gw/shadow.gz");
    assertThat(shadow.format()).isEqualTo("shadow");
    assertThat(shadow.records()).isEqualTo(3);
    InputReport defs = input(r, "config/gw/login.defs");
    assertThat(defs.records() + defs.skipped() + defs.rejected()).isEqualTo(4);
    assertThat(defs.records()).isEqualTo(2);
  }

  @Test
  void reportsTheEncodingOfEachFile() {
    AuditResult r = audit();
    assertThat(input(r, "registers/people.csv").encoding()).isEqualTo("Big5");
    assertThat(input(r, "registers/people.csv").records()).isEqualTo(1);
    assertThat(input(r, "accounts/gw/passwd").encoding()).isEqualTo("UTF-8");
  }

  @Test
  void packHashCoversEveryFileListedOrNot() throws Exception {
    // As `sha256sum` prints the files sorted by path, then hashed: notes.txt is listed by no entry.
    StringBuilder lines = new StringBuilder();
    try (var files = Files.walk(pack)) {
      for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
        String rel = pack.relativize(f).toString().replace('\\', '/');
        lines.append(hex(Files.readAllBytes(f))).append("  ").append(rel).append('\n');
      }
    }
    assertThat(lines).contains("  notes.txt\n");
    assertThat(audit().run().packSha256()).isEqualTo(hex(lines.toString().getBytes(StandardCharsets.UTF_8)));
  }

  private static String hex(byte[] b) throws Exception {
    return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(b));
  }

  @Test
  void namesListedPathsThatMatchNothingAndFilesNobodyListed() {
    AuditResult r = audit();
    assertThat(r.problems()).anySatisfy(p -> {
      assertThat(p.kind()).isEqualTo("missing");
      assertThat(p.path()).isEqualTo("registers/access-requests-*.xlsx");
    });
    assertThat(r.problems()).anySatisfy(p -> {
      assertThat(p.kind()).isEqualTo("unused");
      assertThat(p.path()).isEqualTo("notes.txt");
    });
    assertThat(r.problems()).extracting(Problem::path).doesNotContain("evidence.yaml/unused");
  }

  @Test
  void rejectsEveryLineOfAFileNoParserOfItsKindRecognisesAndReportsItUnreadable() {
    AuditResult r = audit();
    InputReport scan = input(r, "scans/2026-11-19.txt");
    assertThat(scan.rejected()).isEqualTo(2);
    assertThat(scan.records()).isZero();
    assertThat(scan.rejects()).first().satisfies(rej -> {
      assertThat(rej.line()).isEqualTo(1);
      assertThat(rej.reason().en()).contains("vuln-scan");
    });
    assertThat(r.problems()).anySatisfy(p -> {
      assertThat(p.kind()).isEqualTo("unreadable");
      assertThat(p.path()).isEqualTo("scans/2026-11-19.txt");
    });
  }

  @Test
  void aControlWhoseRequiredRegisterMatchedNothingLacksEvidence() {
    AuditResult r = audit();
    ControlResult request = r.controls().stream().filter(c -> c.id().equals("ACC-REQUEST")).findFirst().orElseThrow();
    assertThat(request.status()).isIn(Outcome.INSUFFICIENT_EVIDENCE, Outcome.FAIL);
    assertThat(request.status()).isNotEqualTo(Outcome.PASS);
    assertThat(r.exitCode()).isEqualTo(1);
  }

  @Test
  void givesTheSameFindingsOnEveryRunWithAFixedClockAndRunId() {
    AuditResult a = audit();
    AuditResult b = audit();
    assertThat(b.controls()).isEqualTo(a.controls());
    assertThat(b.inputs()).isEqualTo(a.inputs());
    assertThat(b.run()).isEqualTo(a.run());
  }

  @Test
  void aPackWithoutAManifestCannotBeAudited() throws IOException {
    Files.delete(pack.resolve("evidence.yaml"));
    assertThatThrownBy(this::audit).isInstanceOf(AuditException.class).hasMessageContaining("evidence.yaml");
  }
}
