package tw.coloaudit.controls.vuln;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import tw.coloaudit.controls.AuditControl;
import tw.coloaudit.controls.AuditInput;
import tw.coloaudit.controls.Control;
import tw.coloaudit.controls.Evaluation;
import tw.coloaudit.controls.PolicyKeys;
import tw.coloaudit.controls.support.Days;
import tw.coloaudit.facts.vuln.HostScans;
import tw.coloaudit.facts.vuln.ObservedFinding;
import tw.coloaudit.facts.vuln.RemediationJoin;
import tw.coloaudit.facts.vuln.Scan;
import tw.coloaudit.model.Localized;
import tw.coloaudit.model.Provenance;
import tw.coloaudit.model.Severity;
import tw.coloaudit.model.Subject;
import tw.coloaudit.model.vuln.RemediationDecision;
import tw.coloaudit.model.vuln.RemediationRecord;
import tw.coloaudit.model.vuln.ScanSeverity;

/**
 * VULN-REMEDIATION: findings at or above the floor have a remediation record within the deadline,
 * and nothing recorded as patched is still found by the next scan.
 */
@Control(
    id = "VULN-REMEDIATION",
    family = "vuln",
    pattern = 8,
    titleZh = "弱點已評估並修補",
    titleEn = "Vulnerabilities assessed and remediated",
    checksZh = "範圍內主機經掃描發現、風險等級達門檻者，自首次發現起於期限內須有處理紀錄（修補、緩解，或經評估並核准之風險接受）；"
        + "期限晚於查核基準日者尚不列為缺失。登記為已修補後，下一次掃描仍發現者一併列出。",
    checksEn = "Every finding on a host in scope at or above the severity floor has a remediation record (patched, "
        + "mitigated, or a risk acceptance with an assessment and an approver) within the deadline counted from the scan "
        + "that first found it; a deadline after the as-of date is not a finding yet. Findings the next scan still finds "
        + "after a patched record are listed.",
    severity = Severity.HIGH,
    refs = {"CC-19000", "主機共置服務管理辦法 art. 19", "TWSE 2020-12-31 co-location audit findings, pattern 8"},
    requires = {"vuln-scan", "vuln-remediation"},
    uses = {"rack-inventory"},
    policy = {"remediation_min_severity", "remediation_days"},
    subjects = {"host,plugin"})
public final class VulnerabilitiesRemediatedInTime implements AuditControl {

  @Override
  public void evaluate(AuditInput in, Evaluation out) {
    VulnScope scope = new VulnScope(in);
    String floorText = in.policy().stringValue(PolicyKeys.REMEDIATION_MIN_SEVERITY);
    ScanSeverity floor = ScanSeverity.parse(floorText).orElse(ScanSeverity.HIGH);
    if (ScanSeverity.parse(floorText).isEmpty()) {
      out.note(Localized.of("remediation_min_severity「" + floorText + "」無法辨識，以 high 檢查。",
          "remediation_min_severity '" + floorText + "' is not a severity; high was used."));
    }
    int days = in.policy().intValue(PolicyKeys.REMEDIATION_DAYS);
    boolean registerPresent = in.facts().presence().has(VulnScope.REGISTER_KIND);
    out.observe("hosts_in_scope", scope.hosts.size());
    for (String host : scope.hosts.keySet()) {
      if (!scope.scansPresent) {
        out.noEvidence(Subject.of("host", host), VulnScope.SCAN_KIND);
        continue;
      }
      HostScans hs = scope.history.host(host);
      if (hs == null) {
        out.skip("host_never_scanned");
        continue;
      }
      for (String plugin : hs.plugins()) check(in, out, scope, hs, plugin, floor, days, registerPresent);
    }
  }

  private static void check(
      AuditInput in, Evaluation out, VulnScope scope, HostScans hs, String plugin, ScanSeverity floor, int days, boolean registerPresent) {
    List<Scan> seen = hs.scansWith(plugin).stream().filter(s -> !s.date().isAfter(in.asOf())).toList();
    if (seen.isEmpty()) return;
    Scan first = seen.get(0);
    ObservedFinding found = first.findings().get(plugin);
    ScanSeverity severity = found.severity();
    LinkedHashSet<String> cves = new LinkedHashSet<>();
    for (Scan s : seen) {
      ObservedFinding f = s.findings().get(plugin);
      if (f.severity().compareTo(severity) > 0) severity = f.severity();
      cves.addAll(f.cves());
    }
    String host = hs.host();
    List<RemediationJoin> joins = scope.history.remediation(host, plugin);
    String label = plugin + (found.name() == null ? "" : "（" + found.name() + "）");
    String labelEn = plugin + (found.name() == null ? "" : " (" + found.name() + ")");
    List<String> zh = new ArrayList<>();
    List<String> en = new ArrayList<>();
    Map<String, Object> observed = new LinkedHashMap<>();
    observed.put("severity", severity.json());
    if (!cves.isEmpty()) observed.put("cves", List.copyOf(cves));
    observed.put("first_found", first.date().toString());
    List<Provenance> evidence = new ArrayList<>(found.sources());

    boolean checkedRecord = false;
    if (severity.atLeast(floor) && registerPresent) {
      LocalDate deadline = first.date().plusDays(days);
      List<RemediationJoin> valid = joins.stream().filter(j -> acceptable(j.record())).toList();
      boolean timely = valid.stream().anyMatch(j -> j.record().decidedOn() == null || !j.record().decidedOn().isAfter(deadline));
      if (!timely && deadline.isBefore(in.asOf())) {
        observed.put("deadline", deadline.toString());
        observed.put("remediation_days", days);
        String rated = plugin + "（" + (found.name() == null ? "" : found.name() + "，") + "風險" + zh(severity) + "）";
        String ratedEn = plugin + " (" + (found.name() == null ? "" : found.name() + ", ") + severity.json() + ")";
        String lead = "主機 " + host + " 的弱點 " + rated + "於 " + first.date() + " 首次掃出，";
        String leadEn = "Finding " + ratedEn + " on host " + host + ", first found on " + first.date() + ", ";
        RemediationJoin late = valid.isEmpty() ? null : valid.get(0);
        RemediationJoin unfit = joins.stream().filter(j -> !acceptable(j.record())).findFirst().orElse(null);
        if (late != null) {
          observed.put("recorded_on", late.record().decidedOn().toString());
          evidence.add(late.record().source());
          zh.add(lead + "處理紀錄遲至 " + late.record().decidedOn() + "，逾 " + days + " 天期限（" + deadline + "）。");
          en.add(leadEn + "was recorded only on " + late.record().decidedOn() + ", after its " + days + "-day deadline of " + deadline + ".");
        } else if (unfit != null) {
          evidence.add(unfit.record().source());
          zh.add(lead + "其風險接受紀錄缺少評估說明或核准人，視為無處理紀錄（期限 " + deadline + "）。");
          en.add(leadEn + "has only a risk acceptance without an assessment or an approver, which does not count (deadline " + deadline + ").");
        } else {
          zh.add(lead + "逾 " + days + " 天期限（" + deadline + "）仍無處理紀錄。");
          en.add(leadEn + "has no remediation record by its " + days + "-day deadline of " + deadline + ".");
        }
      }
      checkedRecord = timely || deadline.isBefore(in.asOf());
    }

    for (RemediationJoin j : joins) {
      if (j.record().decision() != RemediationDecision.PATCHED || j.status() != RemediationJoin.Status.PERSISTING) continue;
      if (j.scanAfter().isAfter(in.asOf())) continue;
      observed.put("patched_on", j.record().decidedOn().toString());
      observed.put("next_scan", j.scanAfter().toString());
      evidence.add(j.record().source());
      evidence.addAll(hs.scans().get(j.scanAfter()).findings().get(plugin).sources());
      zh.add("主機 " + host + " 的弱點 " + label + (found.name() == null ? " " : "") + "於 " + j.record().decidedOn() + " 登記為已修補，但 " + j.scanAfter() + " 的下一次掃描仍發現。");
      en.add("Finding " + labelEn + " on host " + host + " was recorded as patched on " + j.record().decidedOn()
          + ", but the next scan, on " + j.scanAfter() + ", still finds it.");
      break;
    }

    Subject subject = Subject.of("host", host, "plugin", plugin);
    if (!zh.isEmpty()) {
      out.fail(subject, Localized.of(String.join("", zh), String.join(" ", en)), observed, evidence);
    } else if (checkedRecord) {
      out.pass(subject);
    } else if (!severity.atLeast(floor)) {
      out.skip("below_severity_floor");
    } else if (!registerPresent) {
      out.skip("no_remediation_register");
    } else {
      out.skip("deadline_after_as_of");
    }
  }

  private static String zh(ScanSeverity s) {
    return switch (s) {
      case CRITICAL -> "嚴重";
      case HIGH -> "高";
      case MEDIUM -> "中";
      case LOW -> "低";
      case INFO -> "資訊";
    };
  }

  /** A record counts unless it is a risk acceptance without an assessment or an approver. */
  private static boolean acceptable(RemediationRecord r) {
    if (r.decision() != RemediationDecision.ACCEPTED) return true;
    return r.approver() != null && !r.approver().isBlank() && r.note() != null && !r.note().isBlank();
  }
}
