package tw.coloaudit.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;
import tw.coloaudit.controls.AuditControl;
import tw.coloaudit.controls.AuditInput;
import tw.coloaudit.controls.Control;
import tw.coloaudit.controls.Evaluation;
import tw.coloaudit.controls.Policy;
import tw.coloaudit.facts.EvidencePresence;
import tw.coloaudit.facts.Facts;
import tw.coloaudit.model.ControlResult;
import tw.coloaudit.model.Finding;
import tw.coloaudit.model.Localized;
import tw.coloaudit.model.Outcome;
import tw.coloaudit.model.Severity;
import tw.coloaudit.model.Subject;
import tw.coloaudit.model.SystemDef;
import tw.coloaudit.model.Waiver;

class ControlRunnerTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 20);

  @Control(id = "TEST-CONTROL", family = "accounts", titleZh = "測試", titleEn = "Test", checksZh = "測試", checksEn = "Test",
      severity = Severity.HIGH, refs = "CC-18000", requires = {"accounts", "people"}, policy = "password_max_age_days",
      subjects = "system,account")
  static final class Scripted implements AuditControl {
    private final BiConsumer<AuditInput, Evaluation> body;

    Scripted(BiConsumer<AuditInput, Evaluation> body) {
      this.body = body;
    }

    @Override
    public void evaluate(AuditInput input, Evaluation out) {
      body.accept(input, out);
    }
  }

  private static AuditInput input(Set<String> kinds, Map<String, Set<String>> systems, Map<String, Object> policy) {
    List<SystemDef> defs = List.of(
        new SystemDef("gw", "閘道", "order-gateway", true, List.of("10.0.0.1"), null, null),
        new SystemDef("dev", "測試機", "server", false, List.of(), null, null));
    return new AuditInput(AS_OF, ZoneId.of("Asia/Taipei"), defs, List.of(), new Policy(policy),
        new Facts(Map.of(), Map.of(), new EvidencePresence(kinds, systems)));
  }

  private static AuditInput complete() {
    return input(Set.of("accounts", "people"), Map.of("accounts", Set.of("gw")), Map.of());
  }

  private static void failRoot(AuditInput in, Evaluation out) {
    out.fail(Subject.of("system", "gw", "account", "root"), Localized.of("x", "x"), Map.of(), List.of());
  }

  @Test
  void countsPassesBeyondWhatAnIntHolds() {
    // Five years of a large broker's orders: every matched order is a pass, counted at once.
    ControlResult r = new ControlRunner(List.of()).run(new Scripted((i, o) -> {
      o.passAll(3_000_000_000L);
      failRoot(i, o);
    }), complete());
    assertThat(r.observed()).containsEntry("checked", 3_000_000_001L).containsEntry("passed", 3_000_000_000L).containsEntry("failed", 1);
  }

  @Test
  void failsWhenASubjectFailsAndFingerprintsIt() {
    ControlResult r = new ControlRunner(List.of()).run(new Scripted(ControlRunnerTest::failRoot), complete());
    assertThat(r.status()).isEqualTo(Outcome.FAIL);
    assertThat(r.findings()).extracting(Finding::fingerprint)
        .containsExactly(Fingerprints.of("TEST-CONTROL", Subject.of("system", "gw", "account", "root")));
    assertThat(r.observed()).containsEntry("failed", 1).containsEntry("truncated", false);
    assertThat(r.policy()).containsEntry("password_max_age_days", 90);
  }

  @Test
  void passesWhenEverySubjectPassesAndIsNotApplicableWhenNothingWasInScope() {
    assertThat(new ControlRunner(List.of()).run(new Scripted((i, o) -> o.pass(Subject.of("system", "gw"))), complete()).status())
        .isEqualTo(Outcome.PASS);
    assertThat(new ControlRunner(List.of()).run(new Scripted((i, o) -> o.skip("customer")), complete()).status())
        .isEqualTo(Outcome.NOT_APPLICABLE);
  }

  @Test
  void lacksEvidenceWhenARequiredKindHasNoFileEvenIfEverythingElsePasses() {
    AuditInput noPeople = input(Set.of("accounts"), Map.of("accounts", Set.of("gw")), Map.of());
    ControlResult r = new ControlRunner(List.of()).run(new Scripted((i, o) -> o.pass(Subject.of("system", "gw"))), noPeople);
    assertThat(r.status()).isEqualTo(Outcome.INSUFFICIENT_EVIDENCE);
    assertThat(r.observed().get("missing_evidence")).isEqualTo(List.of("people"));
    assertThat(r.findings()).isEmpty();
  }

  @Test
  void listsAnImportantSystemWithoutAccountsAsNoEvidenceButNotAnUnimportantOne() {
    AuditInput noGw = input(Set.of("accounts", "people"), Map.of("accounts", Set.of("dev")), Map.of());
    ControlResult r = new ControlRunner(List.of()).run(new Scripted((i, o) -> o.pass(Subject.of("system", "dev"))), noGw);
    assertThat(r.status()).isEqualTo(Outcome.INSUFFICIENT_EVIDENCE);
    assertThat(r.findings()).extracting(Finding::subject).containsExactly(Subject.of("system", "gw"));
  }

  @Test
  void failureTakesPrecedenceOverMissingEvidenceAndBothAreListed() {
    AuditInput noGw = input(Set.of("accounts", "people"), Map.of("accounts", Set.of("dev")), Map.of());
    ControlResult r = new ControlRunner(List.of()).run(new Scripted(ControlRunnerTest::failRoot), noGw);
    assertThat(r.status()).isEqualTo(Outcome.FAIL);
    assertThat(r.findings()).extracting(Finding::subject)
        .containsExactly(Subject.of("system", "gw", "account", "root"), Subject.of("system", "gw"));
  }

  @Test
  void isWaivedWhenAWaiverInForceCoversEveryFailingSubjectBySubsetMatch() {
    Waiver w = new Waiver("TEST-CONTROL", Subject.of("system", "gw"), "r", "資訊主管 王大明", AS_OF.minusDays(30), AS_OF);
    ControlResult r = new ControlRunner(List.of(w)).run(new Scripted(ControlRunnerTest::failRoot), complete());
    assertThat(r.status()).isEqualTo(Outcome.WAIVED);
    assertThat(r.findings()).singleElement().satisfies(f -> {
      assertThat(f.waived()).isTrue();
      assertThat(f.waiver()).isEqualTo(w);
    });
  }

  @Test
  void anExpiredWaiverReopensTheFinding() {
    Waiver w = new Waiver("TEST-CONTROL", Subject.of("system", "gw"), "r", "王大明", AS_OF.minusDays(300), AS_OF.minusDays(1));
    ControlResult r = new ControlRunner(List.of(w)).run(new Scripted(ControlRunnerTest::failRoot), complete());
    assertThat(r.status()).isEqualTo(Outcome.FAIL);
    assertThat(r.findings()).singleElement().satisfies(f -> {
      assertThat(f.waived()).isFalse();
      assertThat(f.waiver()).isEqualTo(w);
    });
  }

  @Test
  void aWaiverForAnotherSubjectOrControlDoesNotApply() {
    Waiver other = new Waiver("TEST-CONTROL", Subject.of("system", "gw", "account", "admin"), "r", "x", null, null);
    Waiver otherControl = new Waiver("PWD-AGE", Subject.of("system", "gw"), "r", "x", null, null);
    ControlResult r = new ControlRunner(List.of(other, otherControl)).run(new Scripted(ControlRunnerTest::failRoot), complete());
    assertThat(r.status()).isEqualTo(Outcome.FAIL);
    assertThat(r.findings().get(0).waiver()).isNull();
  }

  @Test
  void capsTheFindingsListAndSaysItWasTruncated() {
    ControlResult r = new ControlRunner(List.of()).run(new Scripted((i, o) -> {
      for (int n = 0; n < 5; n++) {
        o.fail(Subject.of("system", "gw", "account", "u" + n), Localized.of("x", "x"), Map.of(), List.of());
      }
    }), input(Set.of("accounts", "people"), Map.of("accounts", Set.of("gw")), Map.of("max_findings_per_control", 3)));
    assertThat(r.findings()).extracting(f -> f.subject().get("account")).containsExactly("u0", "u1", "u2");
    assertThat(r.observed()).containsEntry("failed", 5).containsEntry("truncated", true);
  }

  @Test
  void failuresPastTheCapStillDecideTheOutcomeAndCountAsWaivedOrOpen() {
    // u3 and u4 fail past the cap of 3 and are waived: counted as waived, not listed.
    Waiver w = new Waiver("TEST-CONTROL", Subject.of("account", "u4"), "r", "資訊主管 王大明", AS_OF.minusDays(1), null);
    Waiver w3 = new Waiver("TEST-CONTROL", Subject.of("account", "u3"), "r", "資訊主管 王大明", AS_OF.minusDays(1), null);
    ControlResult r = new ControlRunner(List.of(w, w3)).run(new Scripted((i, o) -> {
      for (int n = 0; n < 5; n++) {
        o.fail(Subject.of("system", "gw", "account", "u" + n), Localized.of("x", "x"), Map.of(), List.of());
      }
    }), input(Set.of("accounts", "people"), Map.of("accounts", Set.of("gw")), Map.of("max_findings_per_control", 3)));
    assertThat(r.status()).isEqualTo(Outcome.FAIL);
    assertThat(r.findings()).extracting(f -> f.subject().get("account")).containsExactly("u0", "u1", "u2");
    assertThat(r.observed()).containsEntry("failed", 5).containsEntry("waived", 2).containsEntry("truncated", true);
  }

  @Test
  void aFailurePastTheCapWithoutAWaiverKeepsTheControlFailedWhenTheListedOnesAreWaived() {
    // The listed u0 and u1 are waived; u2, past the cap of 2, is not: the control still fails.
    Waiver w0 = new Waiver("TEST-CONTROL", Subject.of("account", "u0"), "r", "王大明", AS_OF.minusDays(1), null);
    Waiver w1 = new Waiver("TEST-CONTROL", Subject.of("account", "u1"), "r", "王大明", AS_OF.minusDays(1), null);
    AuditInput in = input(Set.of("accounts", "people"), Map.of("accounts", Set.of("gw")), Map.of("max_findings_per_control", 2));
    Scripted three = new Scripted((i, o) -> {
      for (int n = 0; n < 3; n++) {
        o.fail(Subject.of("system", "gw", "account", "u" + n), Localized.of("x", "x"), Map.of(), List.of());
      }
    });
    ControlResult r = new ControlRunner(List.of(w0, w1)).run(three, in);
    assertThat(r.status()).isEqualTo(Outcome.FAIL);
    assertThat(r.findings()).allSatisfy(f -> assertThat(f.waived()).isTrue());
    assertThat(r.observed()).containsEntry("waived", 2).containsEntry("truncated", true);
    Waiver w2 = new Waiver("TEST-CONTROL", Subject.of("account", "u2"), "r", "王大明", AS_OF.minusDays(1), null);
    assertThat(new ControlRunner(List.of(w0, w1, w2)).run(three, in).status()).isEqualTo(Outcome.WAIVED);
  }

  @Test
  void subjectsLackingEvidencePastTheCapKeepTheControlShortOfEvidence() {
    AuditInput in = input(Set.of("accounts", "people"), Map.of("accounts", Set.of("gw")), Map.of("max_findings_per_control", 2));
    ControlResult r = new ControlRunner(List.of()).run(new Scripted((i, o) -> {
      o.pass(Subject.of("system", "gw", "account", "ok"));
      for (int n = 0; n < 5; n++) o.noEvidence(Subject.of("host", "h" + n), "accounts");
    }), in);
    assertThat(r.status()).isEqualTo(Outcome.INSUFFICIENT_EVIDENCE);
    assertThat(r.findings()).extracting(f -> f.subject().get("host")).containsExactly("h0", "h1");
    assertThat(r.observed()).containsEntry("truncated", true);
    // Waived past the cap too: every subject lacking evidence is covered, so nothing is open.
    List<Waiver> all = java.util.stream.IntStream.range(0, 5)
        .mapToObj(n -> new Waiver("TEST-CONTROL", Subject.of("host", "h" + n), "r", "王大明", AS_OF.minusDays(1), null))
        .toList();
    ControlResult waived = new ControlRunner(all).run(new Scripted((i, o) -> {
      o.pass(Subject.of("system", "gw", "account", "ok"));
      for (int n = 0; n < 5; n++) o.noEvidence(Subject.of("host", "h" + n), "accounts");
    }), in);
    assertThat(waived.status()).isEqualTo(Outcome.WAIVED);
    assertThat(waived.observed()).containsEntry("waived", 5);
  }

  @Test
  void aControlThatThrowsEndsInErrorWithoutStoppingTheRun() {
    ControlResult r = new ControlRunner(List.of()).run(new Scripted((i, o) -> {
      throw new IllegalStateException("boom");
    }), complete());
    assertThat(r.status()).isEqualTo(Outcome.ERROR);
    assertThat(String.valueOf(r.observed().get("error"))).contains("boom");
  }
}
