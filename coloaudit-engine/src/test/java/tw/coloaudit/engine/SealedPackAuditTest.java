package tw.coloaudit.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tw.coloaudit.controls.seal.EvidenceFilesSealed;
import tw.coloaudit.evidence.seal.PackSeals;
import tw.coloaudit.model.AuditResult;
import tw.coloaudit.model.ControlResult;
import tw.coloaudit.model.Finding;
import tw.coloaudit.model.Outcome;
import tw.coloaudit.model.Problem;

/** LOG-INTEGRITY through the engine: the seal is read from the pack, and its folder is never an unused file. */
class SealedPackAuditTest {

  @TempDir Path pack;

  @BeforeEach
  void writePack() throws IOException {
    write("evidence.yaml", """
        broker: { id: "9A00", name: "範例證券" }
        as_of: 2026-11-20
        timezone: Asia/Taipei
        systems:
          - { id: gw, name: 閘道, role: order-gateway, important: true, hosts: [10.20.1.11] }
        files:
          - { path: accounts/gw/passwd, kind: accounts, system: gw }
        """);
    write("accounts/gw/passwd", "root:x:0:0:root:/root:/bin/bash\n");
  }

  private void write(String path, String text) throws IOException {
    Files.createDirectories(pack.resolve(path).getParent());
    Files.writeString(pack.resolve(path), text, StandardCharsets.UTF_8);
  }

  private ControlResult integrity(AuditResult r) {
    return r.controls().stream().filter(c -> c.id().equals("LOG-INTEGRITY")).findFirst().orElseThrow();
  }

  private AuditResult audit() {
    return new AuditEngine(List.of(new EvidenceFilesSealed())).audit(AuditRequest.of(pack));
  }

  private void seal() throws Exception {
    PackSeals.seal(pack, OffsetDateTime.parse("2026-11-20T09:00:00+08:00"), "test", null);
  }

  @Test
  void anUnsealedPackHasInsufficientEvidence() {
    ControlResult c = integrity(audit());
    assertThat(c.status()).isEqualTo(Outcome.INSUFFICIENT_EVIDENCE);
    assertThat(c.findings()).isEmpty();
    assertThat(c.observed()).containsEntry("missing_evidence", List.of("the pack's seal"));
  }

  @Test
  void aSealedUnchangedPackPassesAndTheSealFolderIsNotUnused() throws Exception {
    seal();
    seal();
    AuditResult r = audit();
    assertThat(integrity(r).status()).isEqualTo(Outcome.PASS);
    assertThat(integrity(r).observed()).containsEntry("chain_length", 2).containsEntry("checked", 3);
    assertThat(r.problems()).extracting(Problem::kind).doesNotContain("unused");
  }

  @Test
  void aFileChangedAfterSealingFailsWithItsPath() throws Exception {
    seal();
    write("accounts/gw/passwd", "root:x:0:0:root:/root:/bin/sh\n");
    ControlResult c = integrity(audit());
    assertThat(c.status()).isEqualTo(Outcome.FAIL);
    assertThat(c.findings()).extracting(Finding::subject).extracting(s -> s.values())
        .containsExactly(java.util.Map.of("file", "accounts/gw/passwd"));
  }
}
