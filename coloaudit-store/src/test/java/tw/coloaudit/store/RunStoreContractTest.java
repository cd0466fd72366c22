package tw.coloaudit.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tw.coloaudit.model.AuditResult;
import tw.coloaudit.model.Broker;
import tw.coloaudit.model.ControlResult;
import tw.coloaudit.model.Finding;
import tw.coloaudit.model.InputReport;
import tw.coloaudit.model.Localized;
import tw.coloaudit.model.Outcome;
import tw.coloaudit.model.RecordedFinding;
import tw.coloaudit.model.RecordedRun;
import tw.coloaudit.model.RunDiff;
import tw.coloaudit.model.RunInfo;
import tw.coloaudit.model.Severity;
import tw.coloaudit.model.Subject;
import tw.coloaudit.model.Summary;
import tw.coloaudit.model.Waiver;

/** What every run store must do, whatever the database: each subclass opens one kind. */
abstract class RunStoreContractTest {

  /** A fresh, empty store for one test. */
  abstract RunStore store();

  static Finding finding(String fp, String account, boolean waived) {
    Waiver w = waived ? new Waiver("PWD-AGE", Subject.of("account", account), "r", "a", null, null) : null;
    return new Finding(fp, Subject.of("system", "colo-gw-1", "account", account),
        Localized.of("帳號 " + account, "account " + account), Map.of(), List.of(), w, waived);
  }

  static AuditResult result(String runId, LocalDate asOf, Finding... findings) {
    OffsetDateTime t = asOf.atTime(9, 0).atOffset(java.time.ZoneOffset.ofHours(8));
    ControlResult c = new ControlResult("PWD-AGE", findings.length == 0 ? Outcome.PASS : Outcome.FAIL, Severity.HIGH,
        Localized.of("密碼", "passwords"), List.of("CC-18000"), Map.of(), Map.of(), List.of(findings), List.of());
    InputReport in = new InputReport("accounts/colo-gw-1/shadow", "accounts", "shadow", "UTF-8", "ab".repeat(32), 3, 0, 0,
        List.of(), 0, List.of());
    return new AuditResult("coloaudit", "0.1.0", new RunInfo(runId, asOf, new Broker("9A00", "範例證券"), t, t, "cd".repeat(32)),
        new Summary(findings.length == 0 ? 1 : 0, findings.length == 0 ? 0 : 1, 0, 0, 0, 0, findings.length),
        List.of(c), List.of(in), List.of());
  }

  @Test
  void recordsARunWithItsInputsHashesAndFindings() {
    RunStore s = store();
    s.record(result("r1", LocalDate.of(2026, 5, 20), finding("f1", "linzh", false), finding("f2", "vendor02", true)));
    RecordedRun run = s.run("r1").orElseThrow();
    assertThat(run.asOf()).isEqualTo(LocalDate.of(2026, 5, 20));
    assertThat(run.brokerId()).isEqualTo("9A00");
    assertThat(run.brokerName()).isEqualTo("範例證券");
    assertThat(run.packSha256()).isEqualTo("cd".repeat(32));
    assertThat(run.toolVersion()).isEqualTo("0.1.0");
    assertThat(run.findings()).extracting(RecordedFinding::fingerprint, RecordedFinding::waived)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("f1", false), org.assertj.core.groups.Tuple.tuple("f2", true));
    assertThat(run.findings().get(0).subject()).isEqualTo(Subject.of("system", "colo-gw-1", "account", "linzh"));
    assertThat(run.findings().get(0).message().zh()).isEqualTo("帳號 linzh");
    assertThat(run.findings().get(0).severity()).isEqualTo(Severity.HIGH);
    assertThat(s.inputHashes("r1")).containsExactly(Map.entry("accounts/colo-gw-1/shadow", "ab".repeat(32)));
    assertThat(s.runs()).singleElement().satisfies(r -> {
      assertThat(r.findings()).isEqualTo(2);
      assertThat(r.openFindings()).isEqualTo(1);
    });
    assertThat(s.run("nope")).isEmpty();
  }

  @Test
  void recordingTheSameRunIdAgainReplacesIt() {
    RunStore s = store();
    s.record(result("r1", LocalDate.of(2026, 5, 20), finding("f1", "linzh", false)));
    s.record(result("r1", LocalDate.of(2026, 5, 20)));
    assertThat(s.runs()).hasSize(1);
    assertThat(s.run("r1").orElseThrow().findings()).isEmpty();
  }

  @Test
  void diffsTwoRunsByFingerprintAndShowsOverdueDeadlines() {
    RunStore s = store();
    s.record(result("may", LocalDate.of(2026, 5, 20),
        finding("fixed", "a", false), finding("persist", "b", false), finding("late", "c", false)));
    s.record(result("nov", LocalDate.of(2026, 11, 20),
        finding("persist", "b", false), finding("late", "c", false), finding("new", "d", false), finding("w", "e", true)));
    s.setDeadline("may", "late", LocalDate.of(2026, 8, 31), "限期改善");
    // A deadline on the as-of date itself is not yet overdue.
    s.setDeadline("may", "pers", LocalDate.of(2026, 11, 20), null);
    RunDiff d = s.diff("may", "nov");
    assertThat(d.of(RunDiff.Change.NEW)).extracting(e -> e.finding().fingerprint()).containsExactly("new");
    assertThat(d.of(RunDiff.Change.PERSISTING)).extracting(e -> e.finding().fingerprint()).containsExactly("late", "persist");
    assertThat(d.of(RunDiff.Change.FIXED)).extracting(e -> e.finding().fingerprint()).containsExactly("fixed");
    assertThat(d.of(RunDiff.Change.WAIVED)).extracting(e -> e.finding().fingerprint()).containsExactly("w");
    assertThat(d.overdue()).singleElement().satisfies(e -> {
      assertThat(e.finding().fingerprint()).isEqualTo("late");
      assertThat(e.deadline().dueOn()).isEqualTo(LocalDate.of(2026, 8, 31));
      assertThat(e.deadline().note()).isEqualTo("限期改善");
      assertThat(e.deadline().setInRun()).isEqualTo("may");
    });
    assertThat(d.before().id()).isEqualTo("may");
    assertThat(d.after().asOf()).isEqualTo(LocalDate.of(2026, 11, 20));
  }

  @Test
  void aDeadlineNeedsAKnownRunAndOneOfItsFindingsAndCanBeMovedLater() {
    RunStore s = store();
    s.record(result("may", LocalDate.of(2026, 5, 20), finding("abc1", "a", false), finding("abc2", "b", false)));
    assertThatThrownBy(() -> s.setDeadline("nope", "abc1", LocalDate.of(2026, 8, 31), null))
        .isInstanceOf(StoreException.class).hasMessageContaining("nope");
    assertThatThrownBy(() -> s.setDeadline("may", "zzz", LocalDate.of(2026, 8, 31), null))
        .isInstanceOf(StoreException.class).hasMessageContaining("zzz");
    assertThatThrownBy(() -> s.setDeadline("may", "abc", LocalDate.of(2026, 8, 31), null))
        .isInstanceOf(StoreException.class).hasMessageContaining("several");
    s.setDeadline("may", "abc1", LocalDate.of(2026, 8, 31), null);
    s.setDeadline("may", "ABC1", LocalDate.of(2026, 12, 31), "延長");
    assertThat(s.deadlines("9A00")).containsOnlyKeys("abc1");
    assertThat(s.deadlines("9A00").get("abc1").dueOn()).isEqualTo(LocalDate.of(2026, 12, 31));
    assertThat(s.deadlines("9B00")).isEmpty();
  }

  @Test
  void recordsManyFindingsInOneRun() {
    RunStore s = store();
    List<Finding> many = new ArrayList<>();
    for (int i = 0; i < 2500; i++) many.add(finding(String.format("%064d", i), "u" + i, i % 10 == 0));
    s.record(result("big", LocalDate.of(2026, 11, 20), many.toArray(Finding[]::new)));
    assertThat(s.run("big").orElseThrow().findings()).hasSize(2500);
    assertThat(s.runs().get(0).openFindings()).isEqualTo(2250);
  }
}
