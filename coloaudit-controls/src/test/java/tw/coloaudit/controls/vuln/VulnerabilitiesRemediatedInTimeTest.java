package tw.coloaudit.controls.vuln;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.coloaudit.controls.vuln.VulnPack.failing;
import static tw.coloaudit.controls.vuln.VulnPack.failureOf;
import static tw.coloaudit.controls.vuln.VulnPack.finding;
import static tw.coloaudit.controls.vuln.VulnPack.host;
import static tw.coloaudit.controls.vuln.VulnPack.missing;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tw.coloaudit.controls.Evaluation;

class VulnerabilitiesRemediatedInTimeTest {

  private final VulnerabilitiesRemediatedInTime control = new VulnerabilitiesRemediatedInTime();

  // as-of 2026-11-20, 30 days: a finding first found on 2026-10-21 is due on the as-of date itself.
  private static VulnPack pack() {
    return VulnPack.standard()
        .scan("10.20.1.11", "2026-08-01",
            "100:high",                  // FAIL: no record, due 2026-08-31
            "101:critical",              // pass: patched 2026-08-20, gone from the next scan
            "102:medium",                // skip: below the floor
            "103:high:CVE-2024-6387",    // pass: mitigated, recorded by its CVE
            "104:high",                  // FAIL: recorded only on 2026-09-15, after 2026-08-31
            "105:high",                  // FAIL: patched 2026-08-10, still found on 2026-10-01
            "106:high",                  // FAIL: a risk acceptance with no approver
            "107:high")                  // pass: accepted with an assessment and an approver
        .scan("10.20.1.11", "2026-10-01", "100:high", "105:high", "108:low")
        .scan("10.20.1.11", "2026-11-10", "109:high")   // skip: found 10 days ago, not due
        .scan("10.20.1.41", "2026-10-21", "200:high")   // skip: due on the as-of date itself
        .scan("10.20.1.41", "2026-10-20", "201:high")   // FAIL: 31 days
        .scan("10.20.1.21", "2026-06-01", "300:high")   // pass: recorded exactly on the deadline
        .scan("10.20.1.51", "2026-01-01", "900:critical") // colo-mon-1 is not important: out of scope
        .record("10.20.1.11", "101", "patched", "2026-08-20")
        .record("colo-gw-1", "cve-2024-6387", "緩解", "2026-08-05")
        .record("10.20.1.11", "104", "patched", "2026-09-15")
        .record("10.20.1.11", "105", "修補", "2026-08-10")
        .record("10.20.1.11", "106", "accepted", "2026-08-05", null, "內部使用")
        .record("10.20.1.11", "107", "接受", "2026-08-05", "資訊主管 王大明", "僅內網可達，風險評估後接受")
        .record("10.20.1.21", "300", "patched", "2026-07-01");
  }

  @Test
  void failsFindingsWithoutATimelyRecordAndPatchedFindingsTheNextScanStillFinds() {
    Evaluation e = pack().run(control);

    assertThat(failing(e)).containsExactlyInAnyOrder(
        finding("colo-gw-1", "100"),
        finding("colo-gw-1", "104"),
        finding("colo-gw-1", "105"),
        finding("colo-gw-1", "106"),
        finding("colo-db-1", "201"));
    assertThat(e.passed()).as("101, 103, 107 and 300").isEqualTo(4);
    assertThat(e.skipped()).isEqualTo(Map.of("below_severity_floor", 2, "deadline_after_as_of", 2));
    assertThat(e.missing()).isEmpty();
  }

  @Test
  void statesTheDeadlineOrTheScanThatStillFindsIt() {
    Evaluation e = pack().run(control);

    Evaluation.Failure none = failureOf(e, finding("colo-gw-1", "100"));
    assertThat(none.message().en()).isEqualTo(
        "Finding 100 (plugin 100, high) on host colo-gw-1, first found on 2026-08-01, has no remediation record by its 30-day deadline of 2026-08-31.");
    assertThat(none.message().zh()).isEqualTo("主機 colo-gw-1 的弱點 100（plugin 100，風險高）於 2026-08-01 首次掃出，逾 30 天期限（2026-08-31）仍無處理紀錄。");
    assertThat(none.observed()).containsEntry("deadline", "2026-08-31").containsEntry("severity", "high");
    Evaluation.Failure late = failureOf(e, finding("colo-gw-1", "104"));
    assertThat(late.observed()).containsEntry("recorded_on", "2026-09-15");
    assertThat(late.evidence()).extracting(p -> p.toString()).contains("registers/vuln-remediation.csv:4");
    Evaluation.Failure persisting = failureOf(e, finding("colo-gw-1", "105"));
    assertThat(persisting.message().zh()).isEqualTo("主機 colo-gw-1 的弱點 105（plugin 105）於 2026-08-10 登記為已修補，但 2026-10-01 的下一次掃描仍發現。");
    assertThat(persisting.observed()).containsEntry("patched_on", "2026-08-10").containsEntry("next_scan", "2026-10-01");
    assertThat(persisting.evidence()).extracting(p -> p.file())
        .containsExactly("scans/2026-08-01.nessus", "registers/vuln-remediation.csv", "scans/2026-10-01.nessus");
    assertThat(failureOf(e, finding("colo-gw-1", "106")).message().en()).contains("risk acceptance without an assessment or an approver");
  }

  @Test
  void appliesTheFirmsSeverityFloorAndDeadline() {
    Evaluation e = pack().policy("remediation_min_severity", "medium").policy("remediation_days", 20).run(control);

    assertThat(failing(e)).containsExactlyInAnyOrder(
        finding("colo-gw-1", "100"),
        finding("colo-gw-1", "102"),           // medium now needs a record
        finding("colo-gw-1", "104"),
        finding("colo-gw-1", "105"),
        finding("colo-gw-1", "106"),
        finding("colo-win-1", "300"),          // recorded on day 30, after a 20-day deadline
        finding("colo-db-1", "200"),
        finding("colo-db-1", "201"));
    assertThat(e.skipped()).as("108 is low; 109 is still not due").isEqualTo(Map.of("below_severity_floor", 1, "deadline_after_as_of", 1));
  }

  @Test
  void judgesRecordsOnlyWhenTheRegisterIsInThePack() {
    Evaluation e = VulnPack.standard()
        .scan("10.20.1.11", "2026-01-01", "100:high")
        .scan("10.20.1.21", "2026-01-01")
        .scan("10.20.1.41", "2026-01-01")
        .run(control);

    assertThat(failing(e)).isEmpty();
    assertThat(e.skipped()).isEqualTo(Map.of("no_remediation_register", 1));
  }

  @Test
  void listsEveryHostInScopeAsMissingEvidenceWhenThePackHoldsNoScan() {
    Evaluation e = VulnPack.standard().record("10.20.1.11", "100", "patched", "2026-01-01").run(control);

    assertThat(failing(e)).isEmpty();
    assertThat(missing(e)).containsExactly(host("colo-gw-1"), host("colo-win-1"), host("colo-db-1"));
  }

  @Test
  void skipsHostsInScopeThatWereNeverScanned() {
    Evaluation e = VulnPack.standard().scan("10.20.1.11", "2026-10-01").kind("vuln-remediation").run(control);

    assertThat(e.skipped()).isEqualTo(Map.of("host_never_scanned", 2));
    assertThat(List.of(e.passed(), e.failed())).containsExactly(0L, 0L);
  }
}
