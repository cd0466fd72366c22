package tw.coloaudit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tw.coloaudit.model.AuditResult;
import tw.coloaudit.model.ControlResult;
import tw.coloaudit.model.Finding;
import tw.coloaudit.model.Localized;
import tw.coloaudit.model.Outcome;
import tw.coloaudit.model.Provenance;
import tw.coloaudit.model.Subject;

class WorkpaperXlsxReportWriterTest {

  @TempDir Path tmp;

  private static List<List<String>> rows(Path xlsx, String sheet) throws IOException {
    try (ReadableWorkbook wb = new ReadableWorkbook(xlsx.toFile())) {
      Sheet s = wb.findSheet(sheet).orElseThrow(() -> new AssertionError("no sheet " + sheet));
      List<List<String>> out = new ArrayList<>();
      for (Row r : s.read()) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < r.getCellCount(); i++) {
          Cell c = r.getCell(i);
          cells.add(c == null ? "" : c.getText());
        }
        out.add(cells);
      }
      return out;
    }
  }

  private static List<String> sheetNames(Path xlsx) throws IOException {
    try (ReadableWorkbook wb = new ReadableWorkbook(xlsx.toFile())) {
      return wb.getSheets().map(Sheet::getName).toList();
    }
  }

  @Test
  void holdsASummaryTheFindingsASheetPerFamilyTheEvidenceIndexWaiversAndProblems() throws IOException {
    Path xlsx = new WorkpaperXlsxReportWriter().write(ReportFixtures.rich(), tmp);

    assertThat(sheetNames(xlsx)).containsExactly("摘要 Summary", "缺失 Findings", "主機共置使用與公平待客 colo",
        "網路與防火牆 network", "帳號與密碼 accounts", "稽核日誌 logs", "弱點管理 vuln", "變更與委外管理 change",
        "證據索引 Evidence", "豁免 Waivers", "問題 Problems");
  }

  @Test
  void listsEveryFindingWithWhatIsNeededToFollowItUp() throws IOException {
    Path xlsx = new WorkpaperXlsxReportWriter().write(ReportFixtures.rich(), tmp);
    List<List<String>> rows = rows(xlsx, "缺失 Findings");

    assertThat(rows.get(0)).containsExactlyElementsOf(WorkpaperXlsxReportWriter.FINDING_COLUMNS);
    assertThat(rows.get(0)).contains("改善期限 Fix deadline", "指紋 Fingerprint", "證據檔案 Evidence file", "行／列 Line/row");
    assertThat(rows).hasSize(1 + 7);
    List<String> fw = rows.stream().filter(r -> r.get(0).equals("NET-FW-LOG-RETENTION")).findFirst().orElseThrow();
    assertThat(fw.get(5)).isEqualTo("CC-18000");
    assertThat(fw.get(6)).isEqualTo("device=colo-fw-1, from=2026-10-02, to=2026-10-10");
    assertThat(fw.get(7)).isEqualTo("防火牆 colo-fw-1 的紀錄於 2026-10-02 至 2026-10-10 間中斷。");
    assertThat(fw.get(8)).isEqualTo("Firewall colo-fw-1 logged nothing from 2026-10-02 to 2026-10-10.");
    assertThat(fw.get(9)).isEqualTo("{\"gap_hours\":192}");
    assertThat(fw.get(10)).isEqualTo("fw/colo-fw-1/fw.log");
    assertThat(fw.get(11)).isEqualTo("88231");
    assertThat(fw.get(12)).isEqualTo("fw/colo-fw-1/fw.log:88232");
    assertThat(fw.get(13)).isEqualTo(ReportFixtures.sha(3));
    List<String> waived = rows.stream().filter(r -> r.get(6).contains("account=dba")).findFirst().orElseThrow();
    assertThat(waived.get(10)).isEqualTo("registers/accounts.xlsx");
    assertThat(waived.get(11)).isEqualTo("帳號!7");
    assertThat(waived.get(14)).contains("豁免有效").contains("資訊主管 王大明");
    assertThat(waived.size() > 15 ? waived.get(15) : "").as("the fix deadline is left to the auditor").isEmpty();
  }

  @Test
  void indexesTheEvidenceWithEncodingHashCountsAndRejects() throws IOException {
    Path xlsx = new WorkpaperXlsxReportWriter().write(ReportFixtures.rich(), tmp);
    List<List<String>> rows = rows(xlsx, "證據索引 Evidence");

    assertThat(rows.get(1).subList(0, 9)).containsExactly("accounts/colo-gw-1/shadow", "accounts", "shadow", "UTF-8",
        ReportFixtures.sha(100), "31", "0", "1", "0");
    assertThat(rows.get(1).get(9)).startsWith("7: shadow 行有 3 個欄位").contains(" / shadow line has 3 fields");
    assertThat(rows.get(3).get(3)).isEqualTo("Big5");
  }

  @Test
  void appendsTheWaivers() throws IOException {
    Path xlsx = new WorkpaperXlsxReportWriter().write(ReportFixtures.rich(), tmp);
    List<List<String>> rows = rows(xlsx, "豁免 Waivers");

    assertThat(rows).hasSize(2);
    assertThat(rows.get(1)).containsExactly("PWD-AGE", "system=colo-db-1, account=dba", "system=colo-db-1, account=dba",
        "服務帳號由金鑰登入", "資訊主管 王大明", "2026-10-01", "2027-03-31", "有效 In force", ReportFixtures.sha(5));
  }

  @Test
  void neutralisesCellsThatWouldStartAFormula() throws IOException {
    List<Finding> findings = new ArrayList<>();
    String[] hostile = {"=HYPERLINK(\"http://x\",\"y\")", "+1+1", "-2+3", "@SUM(A1)", "\tTAB", "\rCR"};
    for (int i = 0; i < hostile.length; i++) {
      findings.add(new Finding(ReportFixtures.sha(i), Subject.of("system", "gw", "account", hostile[i]),
          Localized.of(hostile[i], hostile[i]), Map.of(), List.of(Provenance.line(hostile[i], 1)), null, false));
    }
    ControlResult c = new ControlResult("PWD-AGE", Outcome.FAIL, tw.coloaudit.model.Severity.HIGH,
        Localized.of("t", "t"), List.of("=cmd"), Map.of(), ReportFixtures.counts(6, 6), findings, List.of(), "accounts", 6);
    AuditResult base = ReportFixtures.plain();
    AuditResult r = new AuditResult(base.toolName(), base.toolVersion(), base.run(), base.summary(), List.of(c), List.of(), List.of());
    Path xlsx = new WorkpaperXlsxReportWriter().write(r, tmp);

    List<List<String>> rows = rows(xlsx, "缺失 Findings");
    for (int i = 0; i < hostile.length; i++) {
      List<String> row = rows.get(i + 1);
      assertThat(row.get(5)).isEqualTo("'=cmd");
      assertThat(row.get(7)).isEqualTo("'" + hostile[i]);
      assertThat(row.get(8)).isEqualTo("'" + hostile[i]);
      assertThat(row.get(10)).isEqualTo("'" + hostile[i]);
    }
    String sheetXml = new String(java.util.zip.ZipFile.class.cast(new java.util.zip.ZipFile(xlsx.toFile()))
        .getInputStream(new java.util.zip.ZipFile(xlsx.toFile()).getEntry("xl/worksheets/sheet2.xml")).readAllBytes(),
        StandardCharsets.UTF_8);
    assertThat(sheetXml).doesNotContain("<f>");
  }

  @Test
  void safeTextKeepsOrdinaryValuesAndDropsCharactersXmlCannotCarry() {
    assertThat(SpreadsheetText.safe("colo-gw-1")).isEqualTo("colo-gw-1");
    assertThat(SpreadsheetText.safe("a\u0000b\u0007c")).isEqualTo("abc");
    assertThat(SpreadsheetText.safe("\u0000=1")).isEqualTo("'=1");
    assertThat(SpreadsheetText.safe("x".repeat(40_000))).hasSize(SpreadsheetText.MAX_CELL_CHARS);
  }

  @Test
  void writesAHundredThousandFindingsInASmallHeap() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(java, "-Xmx128m", "-XX:+ExitOnOutOfMemoryError", "-cp", System.getProperty("java.class.path"),
        LargeWorkpaperMain.class.getName(), tmp.toString(), "100000").redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("child finished").isTrue();
    assertThat(p.exitValue()).as(output).isZero();

    try (ReadableWorkbook wb = new ReadableWorkbook(tmp.resolve(WorkpaperXlsxReportWriter.FILE_NAME).toFile())) {
      long rows;
      try (var stream = wb.findSheet("缺失 Findings").orElseThrow().openStream()) {
        rows = stream.count();
      }
      assertThat(rows).isEqualTo(100_001);
    }
  }
}
