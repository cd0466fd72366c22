package tw.coloaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tw.coloaudit.example.ExamplePack;

/**
 * Register cells holding a spreadsheet formula and an HTML script, planted in the example pack,
 * must reach the reports as inert text: every file the audit writes into {@code --out} is checked
 * by its type (JSON escaped and intact; HTML escaped; XLSX and CSV cells neutralised, never a
 * formula; XML well-formed), so report writers added later are covered when they are merged.
 */
class HostileCellsReachEveryReportTest {

  static final String FORMULA = "=HYPERLINK(\"http://evil.example/x\",\"click\")";
  static final String SCRIPT = "<script>alert('xss')</script>";
  static final String SCRIPT_IN_REJECT = "<script>steal()</script>";

  @TempDir static Path tmp;
  static Path out;
  static int exitCode;

  @BeforeAll
  static void auditAPackWithHostileCells() throws IOException {
    Path pack = tmp.resolve("pack");
    ExamplePack.write(pack);
    Path manifest = pack.resolve("evidence.yaml");
    String yaml = Files.readString(manifest, StandardCharsets.UTF_8);
    java.util.regex.Matcher anchor =
        java.util.regex.Pattern.compile("(?m)^( *)- \\{ path: registers/people\\.csv, kind: people \\}\n").matcher(yaml);
    assertThat(anchor.find()).as("the people entry of the example manifest").isTrue();
    String added = anchor.group() + anchor.group(1) + "- { path: registers/hostile-accounts.csv, kind: accounts }\n";
    Files.writeString(manifest, yaml.substring(0, anchor.start()) + added + yaml.substring(anchor.end()), StandardCharsets.UTF_8);
    String csv = "system,account,holder,holder_type,privileged,enabled,created_on,password_changed_on\n"
        + "colo-gw-1,\"" + FORMULA.replace("\"", "\"\"") + "\",E001,employee,N,Y,2024-05-01,2026-10-01\n"
        + "colo-gw-1,\"" + SCRIPT + "\",E001,employee,N,Y,2024-05-01,2026-10-01\n"
        + "colo-gw-1,alice2,E001,employee,N,Y,\"" + SCRIPT_IN_REJECT + "\",2026-10-01\n";
    Files.writeString(pack.resolve("registers/hostile-accounts.csv"), csv, StandardCharsets.UTF_8);
    out = tmp.resolve("out");
    StringWriter err = new StringWriter();
    exitCode = Main.execute(new String[] {"audit", pack.toString(), "--out", out.toString(), "--quiet"},
        new PrintWriter(new StringWriter()), new PrintWriter(err));
    assertThat(err.toString()).isEmpty();
  }

  private static List<Path> written() throws IOException {
    try (Stream<Path> s = Files.walk(out)) {
      return s.filter(Files::isRegularFile).sorted().toList();
    }
  }

  @Test
  void theHostileCellsReachTheFindingsAsExactText() throws IOException {
    JsonNode root = new ObjectMapper().readTree(out.resolve("findings.json").toFile());
    List<String> texts = new ArrayList<>();
    collect(root, texts);
    assertThat(texts).as("strings of findings.json").contains(FORMULA, SCRIPT);
    assertThat(texts).anySatisfy(t -> assertThat(t).contains(SCRIPT_IN_REJECT));
    assertThat(exitCode).isEqualTo(1);
  }

  @Test
  void everyWrittenFileKeepsTheCellsInert() throws Exception {
    List<Path> files = written();
    assertThat(files).isNotEmpty();
    for (Path f : files) {
      String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
      String ext = name.substring(name.lastIndexOf('.') + 1);
      switch (ext) {
        case "json" -> checkJson(f);
        case "html", "htm" -> checkHtml(f);
        case "xlsx" -> checkXlsx(f);
        case "xml", "sarif" -> checkXml(f);
        case "csv", "tsv" -> checkCsv(f, ext.equals("tsv") ? '\t' : ',');
        default -> fail("the audit wrote " + f.getFileName() + ": add a check for ." + ext + " files to this test");
      }
    }
  }

  private static void collect(JsonNode n, List<String> texts) {
    if (n.isTextual()) texts.add(n.textValue());
    n.fieldNames().forEachRemaining(texts::add);
    for (JsonNode c : n) collect(c, texts);
  }

  private static void checkJson(Path f) throws IOException {
    String raw = Files.readString(f, StandardCharsets.UTF_8);
    JsonNode root = new ObjectMapper().readTree(raw);
    assertThat(root).as(f + " parses as JSON").isNotNull();
    // Intact when unescaped: the parsed text equals the cell, so nothing was cut or doubly escaped.
    List<String> texts = new ArrayList<>();
    collect(root, texts);
    for (String t : texts) {
      if (t.contains("HYPERLINK")) assertThat(t).as(f.toString()).contains(FORMULA.substring(1));
      if (t.contains("alert(")) assertThat(t).as(f.toString()).contains("alert('xss')");
    }
  }

  private static void checkHtml(Path f) throws IOException {
    String raw = Files.readString(f, StandardCharsets.UTF_8);
    assertThat(raw).as(f + " must escape evidence text").doesNotContain(SCRIPT).doesNotContain(SCRIPT_IN_REJECT)
        .doesNotContainIgnoringCase("<script>alert").doesNotContainIgnoringCase("<script>steal");
    assertThat(raw).doesNotContain("href=\"http://evil.example");
  }

  private static void checkXlsx(Path f) throws IOException {
    try (ReadableWorkbook wb = new ReadableWorkbook(f.toFile())) {
      for (Sheet sheet : wb.getSheets().toList()) {
        try (Stream<Row> rows = sheet.openStream()) {
          for (Row row : rows.toList()) {
            for (Cell c : row) {
              if (c == null) continue;
              String raw = c.getRawValue() == null ? "" : c.getRawValue();
              String text = c.getText() == null ? "" : c.getText();
              if (c.getType() == CellType.FORMULA) {
                assertThat(raw + text).as("formula cell %s in %s", c.getAddress(), f).doesNotContain("HYPERLINK").doesNotContain("evil.example");
              }
              if (text.contains("HYPERLINK")) {
                assertThat(text.charAt(0)).as("cell %s in %s starts a formula", c.getAddress(), f).isNotIn('=', '+', '-', '@', '\t', '\r');
              }
            }
          }
        }
      }
    }
  }

  private static void checkXml(Path f) throws Exception {
    DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
    dbf.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    var doc = dbf.newDocumentBuilder().parse(f.toFile());
    String text = doc.getDocumentElement().getTextContent();
    if (text.contains("alert(")) assertThat(text).contains("alert('xss')");
    assertThat(doc.getElementsByTagName("script").getLength()).as(f + " holds a script element").isZero();
  }

  private static void checkCsv(Path f, char sep) throws IOException {
    for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
      for (String cell : line.split(String.valueOf(sep), -1)) {
        String c = cell.startsWith("\"") ? cell.substring(1) : cell;
        if (c.contains("HYPERLINK")) {
          assertThat(c.charAt(0)).as("a CSV cell of %s starts a formula: %s", f, c).isNotIn('=', '+', '-', '@', '\t', '\r');
        }
      }
    }
  }
}
