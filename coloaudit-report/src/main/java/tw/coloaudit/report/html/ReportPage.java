package tw.coloaudit.report.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tw.coloaudit.model.AuditResult;
import tw.coloaudit.model.ControlResult;
import tw.coloaudit.model.Finding;
import tw.coloaudit.model.InputReport;
import tw.coloaudit.model.Localized;
import tw.coloaudit.model.Outcome;
import tw.coloaudit.model.Problem;
import tw.coloaudit.model.Provenance;
import tw.coloaudit.report.ReportLabels;
import tw.coloaudit.report.ReportText;
import tw.coloaudit.report.ResultGroups;

/** What the HTML template shows, prepared from the audit result so the template only lays it out. */
public final class ReportPage {

  /** A status with its label and count. */
  public record StatusCount(String key, Localized label, int count) {}

  /** A link to one control from a summary row. */
  public record ControlLink(String id, String anchor, String status) {}

  /** One summary row (a seed pattern or a family) with the controls it holds. */
  public record Group(String number, Localized title, ResultGroups.Row counts, String worst, List<ControlLink> controls) {}

  /** One control's card. */
  public record ControlView(String id, String anchor, String status, Localized statusLabel, String severity,
      Localized severityLabel, Localized title, Localized family, int pattern, List<String> refs,
      List<Map.Entry<String, String>> policy, List<Map.Entry<Localized, String>> counts,
      List<Map.Entry<String, String>> skipped,
      List<String> missingEvidence, List<Localized> notes, boolean truncated, List<FindingView> findings,
      List<ReportCharts.Chart> charts) {}

  /** One finding row. */
  public record FindingView(int number, List<Map.Entry<String, String>> subject, Localized message, String observed,
      List<String> evidence, String waiverStatus, Localized waiver, String fingerprint) {

    public String shortFingerprint() {
      return fingerprint == null || fingerprint.length() < 12 ? String.valueOf(fingerprint) : fingerprint.substring(0, 12);
    }
  }

  /** A family section: its title and its controls. */
  public record FamilySection(String key, Localized title, List<ControlView> controls) {}

  private final AuditResult result;
  private final boolean masked;
  private final List<ReportCharts.Chart> charts;
  private final String chartJson;
  private final String chartLibrary;

  ReportPage(AuditResult result, boolean masked, List<ReportCharts.Chart> charts, String chartJson, String chartLibrary) {
    this.result = result;
    this.masked = masked;
    this.charts = charts;
    this.chartJson = chartJson;
    this.chartLibrary = chartLibrary;
  }

  public AuditResult result() {
    return result;
  }

  private tw.coloaudit.model.RunDiff diff;

  /** Sets the comparison with a previous run (null for none). */
  public void diff(tw.coloaudit.model.RunDiff diff) {
    this.diff = diff;
  }

  /** The comparison with a previous run, or null when none was given. */
  public tw.coloaudit.model.RunDiff diff() {
    return diff;
  }

  /** How many findings of the diff changed in each way, in the order new, persisting, fixed, waived. */
  public List<Map.Entry<String, Integer>> diffCounts() {
    List<Map.Entry<String, Integer>> out = new java.util.ArrayList<>();
    for (var c : tw.coloaudit.model.RunDiff.Change.values()) {
      out.add(Map.entry(c.id(), (int) diff.entries().stream().filter(e -> e.change() == c).count()));
    }
    out.add(Map.entry("overdue", (int) diff.entries().stream().filter(tw.coloaudit.model.RunDiff.Entry::overdue).count()));
    return out;
  }

  public boolean masked() {
    return masked;
  }

  public String brokerId() {
    return result.run().broker() == null ? "" : nz(result.run().broker().id());
  }

  public String brokerName() {
    return result.run().broker() == null ? "" : nz(result.run().broker().name());
  }

  public String asOf() {
    return String.valueOf(result.run().asOf());
  }

  public String started() {
    return result.run().startedAt() == null ? "" : result.run().startedAt().toString();
  }

  public String finished() {
    return result.run().finishedAt() == null ? "" : result.run().finishedAt().toString();
  }

  public boolean clean() {
    return result.exitCode() == 0;
  }

  public List<StatusCount> statuses() {
    var s = result.summary();
    return List.of(
        new StatusCount("fail", ReportLabels.status(Outcome.FAIL), s.fail()),
        new StatusCount("insufficient_evidence", ReportLabels.status(Outcome.INSUFFICIENT_EVIDENCE), s.insufficientEvidence()),
        new StatusCount("error", ReportLabels.status(Outcome.ERROR), s.error()),
        new StatusCount("waived", ReportLabels.status(Outcome.WAIVED), s.waived()),
        new StatusCount("pass", ReportLabels.status(Outcome.PASS), s.pass()),
        new StatusCount("not_applicable", ReportLabels.status(Outcome.NOT_APPLICABLE), s.notApplicable()));
  }

  public int findingCount() {
    return result.summary().findings();
  }

  public List<Group> patterns() {
    List<Group> out = new ArrayList<>();
    for (ResultGroups.Row row : ResultGroups.byPattern(result)) {
      int p = Integer.parseInt(row.key());
      List<ControlLink> links = result.controls().stream()
          .filter(c -> (c.pattern() >= 1 && c.pattern() <= ReportLabels.patternCount() ? c.pattern() : 0) == p)
          .map(ReportPage::link).toList();
      out.add(new Group(p == 0 ? "—" : row.key(), row.title(), row, row.controls() == 0 ? "none" : row.worst().json(), links));
    }
    return out;
  }

  public List<Group> families() {
    List<Group> out = new ArrayList<>();
    for (ResultGroups.Row row : ResultGroups.byFamily(result)) {
      List<ControlLink> links = ResultGroups.ofFamily(result, row.key()).stream().map(ReportPage::link).toList();
      out.add(new Group(row.key(), row.title(), row, row.worst().json(), links));
    }
    return out;
  }

  public List<FamilySection> sections() {
    List<FamilySection> out = new ArrayList<>();
    for (ResultGroups.Row row : ResultGroups.byFamily(result)) {
      List<ControlView> views = ResultGroups.ofFamily(result, row.key()).stream().map(this::view).toList();
      out.add(new FamilySection(row.key(), row.title(), views));
    }
    return out;
  }

  public List<ReportCharts.Chart> charts() {
    return charts;
  }

  public boolean hasCharts() {
    return !charts.isEmpty();
  }

  /** The chart options as JSON, already safe inside a script element. */
  public String chartJson() {
    return chartJson;
  }

  /** The chart library's code, inlined so the page works offline; empty when there is no chart. */
  public String chartLibrary() {
    return chartLibrary;
  }

  public List<InputReport> inputs() {
    return result.inputs();
  }

  public List<Problem> problems() {
    return result.problems();
  }

  public long totalRecords() {
    return result.inputs().stream().mapToLong(InputReport::records).sum();
  }

  public long totalRejected() {
    return result.inputs().stream().mapToLong(InputReport::rejected).sum();
  }

  public static String shortHash(String sha) {
    return sha == null || sha.length() < 16 ? nz(sha) : sha.substring(0, 16) + "…";
  }

  private ControlView view(ControlResult c) {
    List<Map.Entry<String, String>> policy = new ArrayList<>();
    c.policy().forEach((k, v) -> policy.add(Map.entry(k, String.valueOf(v))));
    List<Map.Entry<Localized, String>> counts = new ArrayList<>();
    Map<String, Localized> names = new LinkedHashMap<>();
    names.put("checked", Localized.of("檢查", "checked"));
    names.put("passed", Localized.of("通過", "passed"));
    names.put("failed", Localized.of("未通過", "failed"));
    names.forEach((k, label) -> {
      if (c.observed().get(k) != null) counts.add(Map.entry(label, String.valueOf(c.observed().get(k))));
    });
    List<Map.Entry<String, String>> skipped = new ArrayList<>();
    if (c.observed().get("skipped") instanceof Map<?, ?> m) {
      m.forEach((k, v) -> skipped.add(Map.entry(String.valueOf(k), String.valueOf(v))));
    }
    List<String> missing = new ArrayList<>();
    if (c.observed().get("missing_evidence") instanceof List<?> l) l.forEach(x -> missing.add(String.valueOf(x)));
    List<FindingView> findings = new ArrayList<>(c.findings().size());
    int n = 0;
    for (Finding f : c.findings()) findings.add(finding(++n, f));
    List<ReportCharts.Chart> mine = charts.stream().filter(ch -> ch.controlId().equals(c.id())).toList();
    return new ControlView(c.id(), anchor(c.id()), c.status().json(), ReportLabels.status(c.status()),
        c.severity().json(), ReportLabels.severity(c.severity()), c.title(),
        ReportLabels.family(ReportLabels.familyOf(c)), c.pattern(), c.refs(), policy, counts, skipped, missing,
        c.notes(), Boolean.TRUE.equals(c.observed().get("truncated")), findings, mine);
  }

  private static FindingView finding(int n, Finding f) {
    List<Map.Entry<String, String>> subject = new ArrayList<>(f.subject().values().entrySet());
    List<String> evidence = f.evidence().stream().map(Provenance::toString).toList();
    String waiverStatus = f.waiver() == null ? "" : f.waived() ? "in_force" : "expired";
    Localized waiver = f.waiver() == null ? null : Localized.of(ReportText.waiver(f, true), ReportText.waiver(f, false));
    String observed = f.observed().isEmpty() ? "" : ReportText.json(f.observed());
    return new FindingView(n, subject, f.message(), observed, evidence, waiverStatus, waiver, f.fingerprint());
  }

  private static ControlLink link(ControlResult c) {
    return new ControlLink(c.id(), anchor(c.id()), c.status().json());
  }

  static String anchor(String id) {
    return "ctl-" + id;
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
