package tw.coloaudit.controls.seal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tw.coloaudit.controls.AuditInput;
import tw.coloaudit.controls.Evaluation;
import tw.coloaudit.controls.Policy;
import tw.coloaudit.facts.EvidencePresence;
import tw.coloaudit.facts.Facts;
import tw.coloaudit.model.Subject;
import tw.coloaudit.model.seal.FileCheck;
import tw.coloaudit.model.seal.FileState;
import tw.coloaudit.model.seal.SealVerification;
import tw.coloaudit.model.seal.SignatureState;

class EvidenceFilesSealedTest {

  private static final String A = "a".repeat(64);
  private static final String B = "b".repeat(64);

  private static FileCheck valid(String path) {
    return new FileCheck(path, FileState.VALID, A, 10, A, 10);
  }

  private static SealVerification sealed(List<String> chainProblems, SignatureState sig, boolean hashValid, FileCheck... files) {
    return new SealVerification(true, "2026-11-20T09:00+08:00", A, 2, hashValid, chainProblems, sig, null, List.of(files));
  }

  private static Evaluation run(SealVerification v) {
    Facts facts = new Facts(
        Map.of(SealVerification.class, List.of(v)), Map.of(),
        new EvidencePresence(v.sealed() ? Set.of(SealVerification.EVIDENCE_KIND) : Set.of(), Map.of()));
    AuditInput in = new AuditInput(LocalDate.of(2026, 11, 20), ZoneId.of("Asia/Taipei"), List.of(), List.of(),
        Policy.defaults(), facts);
    Evaluation e = new Evaluation();
    new EvidenceFilesSealed().evaluate(in, e);
    return e;
  }

  private static List<Subject> failing(Evaluation e) {
    return e.failures().stream().map(Evaluation.Failure::subject).toList();
  }

  private static Subject file(String path) {
    return Subject.of("file", path);
  }

  @Test
  void passesWhenTheSealAndEveryFileVerify() {
    Evaluation e = run(sealed(List.of(), SignatureState.VALID, true, valid("evidence.yaml"), valid("a/passwd")));
    assertThat(failing(e)).isEmpty();
    assertThat(e.passed()).isEqualTo(3);
    assertThat(e.observed()).containsEntry("chain_length", 2).containsEntry("signature", "valid").containsEntry("files_sealed", 2L);
  }

  @Test
  void failsEachModifiedMissingAndAddedFile() {
    Evaluation e = run(sealed(List.of(), SignatureState.UNSIGNED, true,
        valid("evidence.yaml"),
        new FileCheck("a/passwd", FileState.MODIFIED, A, 10, B, 10),
        new FileCheck("a/shadow", FileState.MISSING, A, 10, null, -1),
        new FileCheck("notes.txt", FileState.ADDED, null, -1, B, 3)));
    assertThat(failing(e)).containsExactly(file("a/passwd"), file("a/shadow"), file("notes.txt"));
    Evaluation.Failure modified = e.failures().get(0);
    assertThat(modified.message().en()).contains("changed after sealing").contains(B);
    assertThat(modified.observed()).containsEntry("state", "modified").containsEntry("sealed_sha256", A).containsEntry("sha256", B);
    assertThat(modified.evidence()).extracting(p -> p.file()).containsExactly("a/passwd", ".coloaudit/seal.json");
    assertThat(e.failures().get(1).observed()).doesNotContainKey("sha256");
    assertThat(e.passed()).isEqualTo(2);
  }

  @Test
  void failsTheSealFileWhenItsHashChainOrSignatureDoesNotHold() {
    assertThat(failing(run(sealed(List.of(), SignatureState.UNSIGNED, false, valid("x")))))
        .containsExactly(file(".coloaudit/seal.json"));
    Evaluation chain = run(sealed(List.of(".coloaudit/seals/0001.json: edited"), SignatureState.UNSIGNED, true, valid("x")));
    assertThat(failing(chain)).containsExactly(file(".coloaudit/seal.json"));
    assertThat(chain.failures().get(0).message().en()).contains("chain of seals is broken").contains("0001.json");
    assertThat(failing(run(sealed(List.of(), SignatureState.INVALID, true, valid("x")))))
        .containsExactly(file(".coloaudit/seal.json"));
    assertThat(failing(run(sealed(List.of(), SignatureState.UNTRUSTED_KEY, true, valid("x")))))
        .containsExactly(file(".coloaudit/seal.json"));
  }

  @Test
  void anUnsealedPackGivesNoVerdictSoTheEngineReportsMissingEvidence() {
    Evaluation e = run(SealVerification.unsealed());
    assertThat(e.failures()).isEmpty();
    assertThat(e.passed() + e.failed()).isZero();
  }

  @Test
  void aSealWithOnlyTheSealFileItselfValidAndNoEvidenceFilesStillPassesTheSeal() {
    // At the threshold: nothing changed at all, the seal covers an empty pack.
    Evaluation e = run(sealed(List.of(), SignatureState.UNSIGNED, true));
    assertThat(failing(e)).isEmpty();
    assertThat(e.passed()).isEqualTo(1);
  }
}
