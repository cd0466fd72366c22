package tw.coloaudit.report;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import tw.coloaudit.model.AuditResult;
import tw.coloaudit.model.ControlResult;
import tw.coloaudit.model.Finding;
import tw.coloaudit.model.InputReport;
import tw.coloaudit.model.Localized;
import tw.coloaudit.model.Problem;
import tw.coloaudit.model.RunDiff;
import tw.coloaudit.model.Provenance;
import tw.coloaudit.model.Reject;
import tw.coloaudit.model.Waiver;

/**
 * Writes {@code workpaper.xlsx}, the auditor's working paper (查核工作底稿): a summary, every finding
 * with what is needed to follow it up, a sheet per control family, the evidence index, the waivers
 * and the problems. Sheets are written row by row and flushed as they go, and long texts are
 * written inline rather than into the shared-string table, so memory stays flat however many
 * findings there are.
 */
public final class WorkpaperXlsxReportWriter {

  public static final String FILE_NAME = "workpaper.xlsx";

  static final String SUMMARY = "摘要 Summary";
  static final String FINDINGS = "缺失 Findings";
  static final String EVIDENCE = "證據索引 Evidence";
  static final String WAIVERS = "豁免 Waivers";
  static final String PROBLEMS = "問題 Problems";

  static final List<String> FINDING_COLUMNS = List.of(
      "控制項 Control", "標題 Title", "家族 Family", "控制項狀態 Control status", "嚴重度 Severity", "規範依據 Rule refs",
      "對象 Subject", "說明 Message (zh-TW)", "說明 Message (en)", "觀察值 Observed", "證據檔案 Evidence file",
      "行／列 Line/row", "其他證據 More evidence", "指紋 Fingerprint", "豁免 Waiver", "改善期限 Fix deadline");

  private static final int FLUSH_EVERY = 1000;
  private static final String HEADER_FILL = "1F3A5F";

  public Path write(AuditResult result, Path outDir) throws IOException {
    Files.createDirectories(outDir);
    Path file = outDir.resolve(FILE_NAME);
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      write(result, out);
    }
    return file;
  }

  private RunDiff diff;

  /** Adds a sheet comparing this run with a previous one (new, persisting, fixed, waived, overdue). */
  public WorkpaperXlsxReportWriter withDiff(RunDiff diff) {
    this.diff = diff;
    return this;
  }

  public void write(AuditResult r, OutputStream out) throws IOException {
    Workbook wb = new Workbook(out, "coloaudit", "1.0");
    wb.setGlobalDefaultFont("Microsoft JhengHei", 10);
    summary(wb.newWorksheet(SUMMARY), r);
    findings(wb.newWorksheet(FINDINGS), r.controls());
    for (ResultGroups.Row family : ResultGroups.byFamily(r)) {
      findings(wb.newWorksheet(sheetName(family)), ResultGroups.ofFamily(r, family.key()));
    }
    evidence(wb.newWorksheet(EVIDENCE), r.inputs());
    waivers(wb.newWorksheet(WAIVERS), r.controls());
    problems(wb.newWorksheet(PROBLEMS), r.problems());
    if (diff != null) diff(wb.newWorksheet(DIFF), diff);
    wb.finish();
  }

  static String sheetName(ResultGroups.Row family) {
    String name = family.title().zh() + " " + family.key();
    return name.length() <= 31 ? name : family.key();
  }

  private static void summary(Worksheet ws, AuditResult r) throws IOException {
    ws.width(0, 34);
    ws.width(1, 48);
    for (int c = 2; c < 12; c++) ws.width(c, 14);
    int row = 0;
    text(ws, row, 0, "主機共置服務查核工作底稿 Co-location audit working paper");
    ws.style(row, 0).bold().fontSize(14).set();
    row += 2;
    var run = r.run();
    String[][] info = {
      {"券商 Broker", run.broker() == null ? "" : run.broker().id() + " " + ReportText.nz(run.broker().name())},
      {"查核基準日 As of", String.valueOf(run.asOf())},
      {"執行代號 Run", run.id()},
      {"開始 Started", String.valueOf(run.startedAt())},
      {"結束 Finished", String.valueOf(run.finishedAt())},
      {"證據包雜湊 Pack SHA-256", run.packSha256()},
      {"工具 Tool", r.toolName() + " " + r.toolVersion()},
    };
    for (String[] kv : info) {
      text(ws, row, 0, kv[0]);
      ws.style(row, 0).bold().set();
      text(ws, row++, 1, kv[1]);
    }
    row++;
    var s = r.summary();
    header(ws, row++, List.of("狀態 Status", "控制項數 Controls"));
    Object[][] counts = {
      {"通過 Pass", s.pass()}, {"未通過 Fail", s.fail()}, {"證據不足 Insufficient evidence", s.insufficientEvidence()},
      {"不適用 Not applicable", s.notApplicable()}, {"豁免 Waived", s.waived()}, {"錯誤 Error", s.error()},
      {"缺失數 Findings", s.findings()},
    };
    for (Object[] c : counts) {
      text(ws, row, 0, (String) c[0]);
      ws.value(row++, 1, (Number) c[1]);
    }
    row++;
    List<String> groupHeader = List.of("", "", "控制項 Controls", "通過 Pass", "未通過 Fail", "證據不足 Insufficient",
        "豁免 Waived", "不適用 N/A", "錯誤 Error", "缺失 Findings");
    row = groups(ws, row, "查核缺失態樣 Seed deficiency pattern", groupHeader, ResultGroups.byPattern(r), true);
    row++;
    row = groups(ws, row, "控制項家族 Control family", groupHeader, ResultGroups.byFamily(r), false);
    row++;
    header(ws, row++, List.of("控制項 Control", "標題 Title", "家族 Family", "態樣 Pattern", "狀態 Status",
        "嚴重度 Severity", "規範依據 Rule refs", "門檻 Threshold", "檢查數 Checked", "通過 Passed", "未通過 Failed",
        "缺失 Findings"));
    for (ControlResult c : r.controls()) {
      text(ws, row, 0, c.id());
      text(ws, row, 1, c.title().both());
      text(ws, row, 2, ReportLabels.family(ReportLabels.familyOf(c)).both());
      ws.value(row, 3, c.pattern());
      text(ws, row, 4, ReportLabels.status(c.status()).both());
      text(ws, row, 5, ReportLabels.severity(c.severity()).both());
      text(ws, row, 6, String.join("; ", c.refs()));
      text(ws, row, 7, policy(c.policy()));
      number(ws, row, 8, c.observed().get("checked"));
      number(ws, row, 9, c.observed().get("passed"));
      number(ws, row, 10, c.observed().get("failed"));
      ws.value(row++, 11, c.findings().size());
    }
    ws.finish();
  }

  private static int groups(Worksheet ws, int row, String title, List<String> header, List<ResultGroups.Row> rows,
      boolean numbered) throws IOException {
    List<String> h = new java.util.ArrayList<>(header);
    h.set(0, title);
    header(ws, row++, h);
    for (ResultGroups.Row g : rows) {
      text(ws, row, 0, numbered ? (g.key().equals("0") ? "—" : g.key()) : g.key());
      text(ws, row, 1, g.title().both());
      int[] v = {g.controls(), g.pass(), g.fail(), g.insufficient(), g.waived(), g.notApplicable(), g.error(), g.findings()};
      for (int i = 0; i < v.length; i++) ws.value(row, 2 + i, v[i]);
      row++;
    }
    return row;
  }

  private static void findings(Worksheet ws, List<ControlResult> controls) throws IOException {
    int[] widths = {20, 30, 14, 14, 10, 24, 34, 50, 50, 30, 30, 10, 24, 20, 30, 14};
    for (int c = 0; c < widths.length; c++) ws.width(c, widths[c]);
    header(ws, 0, FINDING_COLUMNS);
    ws.freezePane(1, 1);
    ws.setAutoFilter(0, 0, FINDING_COLUMNS.size() - 1);
    int row = 1;
    for (ControlResult c : controls) {
      String refs = String.join("; ", c.refs());
      String title = c.title().both();
      String family = ReportLabels.family(ReportLabels.familyOf(c)).both();
      String status = ReportLabels.status(c.status()).both();
      String severity = ReportLabels.severity(c.severity()).both();
      for (Finding f : c.findings()) {
        text(ws, row, 0, c.id());
        text(ws, row, 1, title);
        text(ws, row, 2, family);
        text(ws, row, 3, status);
        text(ws, row, 4, severity);
        text(ws, row, 5, refs);
        text(ws, row, 6, ReportText.subject(f.subject()));
        text(ws, row, 7, f.message().zh());
        text(ws, row, 8, f.message().en());
        text(ws, row, 9, f.observed().isEmpty() ? "" : ReportText.json(f.observed()));
        if (!f.evidence().isEmpty()) {
          Provenance first = f.evidence().get(0);
          text(ws, row, 10, first.file());
          text(ws, row, 11, ReportText.position(first));
          StringJoiner more = new StringJoiner("; ");
          for (Provenance p : f.evidence().subList(1, f.evidence().size())) more.add(ReportText.evidence(p));
          text(ws, row, 12, more.toString());
        }
        text(ws, row, 13, f.fingerprint());
        text(ws, row, 14, f.waiver() == null ? "" : ReportText.waiver(f, true) + "\n" + ReportText.waiver(f, false));
        if (++row % FLUSH_EVERY == 0) ws.flush();
      }
    }
    ws.finish();
  }

  private static void evidence(Worksheet ws, List<InputReport> inputs) throws IOException {
    List<String> cols = List.of("檔案 File", "種類 Kind", "格式 Format", "編碼 Encoding", "SHA-256", "使用筆數 Records",
        "略過 Skipped", "無法讀取 Rejected", "警告 Warnings", "無法讀取之行 Rejects (line: reason)");
    int[] widths = {40, 20, 16, 12, 66, 12, 10, 12, 10, 60};
    for (int c = 0; c < widths.length; c++) ws.width(c, widths[c]);
    header(ws, 0, cols);
    ws.freezePane(1, 1);
    ws.setAutoFilter(0, 0, cols.size() - 1);
    int row = 1;
    for (InputReport in : inputs) {
      text(ws, row, 0, in.file());
      text(ws, row, 1, in.kind());
      text(ws, row, 2, in.format());
      text(ws, row, 3, in.encoding());
      text(ws, row, 4, in.sha256());
      ws.value(row, 5, in.records());
      ws.value(row, 6, in.skipped());
      ws.value(row, 7, in.rejected());
      ws.value(row, 8, in.warnings());
      StringJoiner rej = new StringJoiner("\n");
      for (Reject x : in.rejects()) rej.add(x.line() + ": " + x.reason().both());
      text(ws, row, 9, rej.toString());
      if (++row % FLUSH_EVERY == 0) ws.flush();
    }
    ws.finish();
  }

  private static void waivers(Worksheet ws, List<ControlResult> controls) throws IOException {
    List<String> cols = List.of("控制項 Control", "缺失對象 Finding subject", "豁免範圍 Waiver subject", "理由 Reason",
        "核准人 Approved by", "核准日 Approved on", "到期日 Expires on", "狀態 Status", "指紋 Fingerprint");
    int[] widths = {20, 36, 30, 40, 20, 14, 14, 20, 20};
    for (int c = 0; c < widths.length; c++) ws.width(c, widths[c]);
    header(ws, 0, cols);
    ws.freezePane(0, 1);
    int row = 1;
    for (ControlResult c : controls) {
      for (Finding f : c.findings()) {
        Waiver w = f.waiver();
        if (w == null) continue;
        text(ws, row, 0, c.id());
        text(ws, row, 1, ReportText.subject(f.subject()));
        text(ws, row, 2, ReportText.subject(w.subject()));
        text(ws, row, 3, w.reason());
        text(ws, row, 4, w.approvedBy());
        text(ws, row, 5, w.approvedOn() == null ? "" : w.approvedOn().toString());
        text(ws, row, 6, w.expiresOn() == null ? "" : w.expiresOn().toString());
        text(ws, row, 7, f.waived() ? "有效 In force" : "已過期 Expired");
        text(ws, row, 8, f.fingerprint());
        if (++row % FLUSH_EVERY == 0) ws.flush();
      }
    }
    ws.finish();
  }

  private static void problems(Worksheet ws, List<Problem> problems) throws IOException {
    List<String> cols = List.of("種類 Kind", "路徑 Path", "說明 Message (zh-TW)", "說明 Message (en)");
    int[] widths = {14, 40, 60, 60};
    for (int c = 0; c < widths.length; c++) ws.width(c, widths[c]);
    header(ws, 0, cols);
    int row = 1;
    for (Problem p : problems) {
      text(ws, row, 0, p.kind());
      text(ws, row, 1, p.path());
      Localized m = p.message();
      text(ws, row, 2, m.zh());
      text(ws, row++, 3, m.en());
    }
    ws.finish();
  }

  /** The sheet comparing this run with the previous one. */
  static final String DIFF = "與前次比較 Diff";

  private static void diff(Worksheet ws, RunDiff d) throws IOException {
    text(ws, 0, 0, "前次查核 Previous run: " + d.before().id() + " (" + d.before().asOf() + ")");
    List<String> cols = List.of("變化 Change", "控制項 Control", "對象 Subject", "說明 Message (zh-TW)", "說明 Message (en)",
        "指紋 Fingerprint", "改善期限 Fix deadline", "逾期 Overdue");
    int[] widths = {14, 26, 40, 60, 60, 20, 14, 8};
    for (int c = 0; c < widths.length; c++) ws.width(c, widths[c]);
    header(ws, 1, cols);
    int row = 2;
    for (RunDiff.Entry e : d.entries()) {
      text(ws, row, 0, e.change().id());
      text(ws, row, 1, e.finding().control());
      text(ws, row, 2, e.finding().subject().toString());
      text(ws, row, 3, e.finding().message() == null ? "" : e.finding().message().zh());
      text(ws, row, 4, e.finding().message() == null ? "" : e.finding().message().en());
      text(ws, row, 5, e.finding().fingerprint());
      text(ws, row, 6, e.deadline() == null ? "" : String.valueOf(e.deadline().dueOn()));
      text(ws, row++, 7, e.overdue() ? "是 yes" : "");
    }
    ws.finish();
  }

  private static void header(Worksheet ws, int row, List<String> names) {
    for (int c = 0; c < names.size(); c++) {
      text(ws, row, c, names.get(c));
      ws.style(row, c).bold().fontColor("FFFFFF").fillColor(HEADER_FILL).wrapText(true).set();
    }
  }

  /** Every string goes through {@link SpreadsheetText#safe}; inline so the shared-string table does not grow. */
  private static void text(Worksheet ws, int row, int col, String value) {
    String v = SpreadsheetText.safe(value);
    if (!v.isEmpty()) ws.inlineString(row, col, v);
  }

  private static void number(Worksheet ws, int row, int col, Object v) {
    if (v instanceof Number n) ws.value(row, col, n);
  }

  static String policy(Map<String, Object> policy) {
    StringJoiner j = new StringJoiner(", ");
    policy.forEach((k, v) -> j.add(k + " = " + v));
    return j.toString();
  }
}
