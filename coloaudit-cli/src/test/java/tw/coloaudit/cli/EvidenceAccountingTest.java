package tw.coloaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tw.coloaudit.engine.AuditEngine;
import tw.coloaudit.engine.AuditRequest;
import tw.coloaudit.evidence.text.TextDecoding;
import tw.coloaudit.example.ExamplePack;
import tw.coloaudit.model.AuditResult;
import tw.coloaudit.model.InputReport;

/**
 * Nothing lost: for the example pack and every real third-party file an evidence kind reads, the
 * lines (or XML items, or register rows) a file holds, counted here independently of the parsers,
 * equal used + skipped + rejected as the engine reports them. Real files are copied at test time
 * into temporary packs, one per folder, whose manifest names the kind; a kind no parser reads yet
 * is counted line by line by the engine and is held to the line count until its parser arrives.
 */
class EvidenceAccountingTest {

  @TempDir Path tmp;

  /** How a file's content is counted independently. */
  enum Count { LINES, CSV_ROWS, XLSX_ROWS, WINDOWS_EVENTS, NESSUS_ITEMS, OPENVAS_RESULTS, NMAP_HOSTS }

  /**
   * One folder of realdata read as one kind: the files (a regex on the path within realdata), the
   * kind, the manifest extras (system or device), and how its content is counted once a parser
   * reads it. A merged parser for a new format is covered by adding a row here.
   */
  record Source(String folder, String files, String kind, String extras, Count count) {}

  static final List<Source> REALDATA = List.of(
      new Source("passwd/shadow-maint_chage_10_chsh-l", "(passwd|shadow|group|gshadow)", "accounts", "system: colo-gw-1", Count.LINES),
      new Source("passwd", "grr_VFSFixture_etc_passwd", "accounts", "system: colo-gw-1", Count.LINES),
      new Source("sshd", ".*\\.log", "login-log", "system: colo-gw-1", Count.LINES),
      new Source("syslog", ".*\\.log", "login-log", "system: colo-gw-1", Count.LINES),
      new Source("wtmp", ".*\\.(txt|bin)", "login-log", "system: colo-gw-1", Count.LINES),
      new Source("windows", ".*\\.xml", "login-log", "system: colo-win-1", Count.WINDOWS_EVENTS),
      new Source("windows", ".*\\.log", "login-log", "system: colo-win-1", Count.WINDOWS_EVENTS),
      new Source("firewall/iptables", ".*\\.log", "firewall-log", "device: colo-fw-1", Count.LINES),
      new Source("firewall/pfsense", ".*\\.log", "firewall-log", "device: colo-fw-1", Count.LINES),
      new Source("firewall/paloalto", ".*\\.log", "firewall-log", "device: colo-fw-1", Count.LINES),
      new Source("firewall/cisco-asa", ".*\\.log", "firewall-log", "device: colo-fw-1", Count.LINES),
      new Source("firewall/fortigate", ".*\\.log", "firewall-log", "device: colo-fw-1", Count.LINES),
      new Source("nessus", ".*\\.nessus", "vuln-scan", "", Count.NESSUS_ITEMS),
      new Source("openvas", ".*\\.xml", "vuln-scan", "", Count.OPENVAS_RESULTS),
      new Source("fix", ".*", "exchange-orders", "system: colo-gw-1", Count.LINES));

  private static final String MANIFEST_HEAD = """
      as_of: 2026-11-20
      timezone: Asia/Taipei
      systems:
        - { id: colo-gw-1, name: 閘道, role: order-gateway, important: true, hosts: [10.20.1.11] }
        - { id: colo-win-1, name: 伺服器, role: server, important: true, hosts: [10.20.1.21] }
        - { id: colo-fw-1, name: 防火牆, role: firewall, important: true, hosts: [10.20.1.1] }
      files:
      """;

  private static AuditResult audit(Path pack) {
    Clock fixed = Clock.fixed(Instant.parse("2026-11-20T01:00:00Z"), ZoneOffset.UTC);
    return new AuditEngine().audit(new AuditRequest(pack, fixed, "accounting", null, 2));
  }

  @Test
  void everyFileOfTheExamplePackAddsUp() throws IOException {
    Path pack = tmp.resolve("example");
    ExamplePack.write(pack);
    AuditResult r = audit(pack);
    assertThat(r.inputs()).isNotEmpty();
    List<String> wrong = new ArrayList<>();
    for (InputReport in : r.inputs()) {
      Count how = countFor(in);
      long expected = count(pack.resolve(in.file()), how, null);
      if (in.total() != expected) {
        wrong.add(in.file() + " (" + in.format() + ", counted as " + how + "): holds " + expected + ", engine " + in.records() + " used + "
            + in.skipped() + " skipped + " + in.rejected() + " rejected");
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void everyRealFileAnEvidenceKindReadsAddsUp() throws IOException {
    String prop = System.getProperty("coloaudit.realdata");
    Path real = prop != null ? Path.of(prop) : Path.of("../../shared/realdata");
    Assumptions.assumeTrue(Files.isDirectory(real), "…/realdata not found: skipping the accounting of real files");
    List<String> wrong = new ArrayList<>();
    int checked = 0;
    for (int i = 0; i < REALDATA.size(); i++) {
      Source row = REALDATA.get(i);
      Path folder = real.resolve(row.folder());
      if (!Files.isDirectory(folder)) continue;
      Path pack = tmp.resolve("real-" + i);
      Map<String, Path> copied = new TreeMap<>();
      try (Stream<Path> s = Files.list(folder)) {
        for (Path f : s.filter(Files::isRegularFile).sorted().toList()) {
          if (!f.getFileName().toString().matches(row.files())) continue;
          Path to = pack.resolve("evidence/" + f.getFileName());
          Files.createDirectories(to.getParent());
          Files.copy(f, to);
          copied.put("evidence/" + f.getFileName(), to);
        }
      }
      if (copied.isEmpty()) continue;
      String extras = row.extras().isEmpty() ? "" : ", " + row.extras();
      Files.writeString(pack.resolve("evidence.yaml"),
          MANIFEST_HEAD + "  - { path: \"evidence/*\", kind: " + row.kind() + extras + " }\n", StandardCharsets.UTF_8);
      AuditResult r = audit(pack);
      for (Map.Entry<String, Path> e : copied.entrySet()) {
        InputReport in = r.inputs().stream().filter(x -> x.file().equals(e.getKey())).findFirst().orElse(null);
        if (in == null) {
          wrong.add(row.folder() + "/" + e.getValue().getFileName() + ": not read at all");
          continue;
        }
        // Until a parser reads the kind, the engine counts lines; then the row's own count applies.
        Count how = in.format().equals("not-audited") ? Count.LINES : row.count();
        long expected = count(e.getValue(), how, null);
        checked++;
        if (in.total() != expected) {
          wrong.add(row.folder() + "/" + e.getValue().getFileName() + " (" + row.kind() + ", " + in.format() + ", counted as " + how
              + "): holds " + expected + ", engine " + in.records() + " used + " + in.skipped() + " skipped + " + in.rejected() + " rejected");
        }
      }
    }
    assertThat(checked).isPositive();
    assertThat(wrong).isEmpty();
  }

  /** How the example pack's files are counted, by the format that read them. */
  static Count countFor(InputReport in) {
    String format = in.format().toLowerCase(Locale.ROOT);
    switch (format) {
      case "csv", "windows-accounts" -> {
        return Count.CSV_ROWS;
      }
      case "xlsx" -> {
        return Count.XLSX_ROWS;
      }
      default -> {
        if (format.contains("nessus")) return Count.NESSUS_ITEMS;
        if (format.contains("openvas") || format.contains("greenbone")) return Count.OPENVAS_RESULTS;
        if (format.contains("nmap")) return Count.NMAP_HOSTS;
        if (format.contains("xml") || format.contains("event")) return Count.WINDOWS_EVENTS;
        return Count.LINES;
      }
    }
  }

  static long count(Path file, Count how, String sheet) throws IOException {
    byte[] bytes;
    try (InputStream in = file.getFileName().toString().endsWith(".gz")
        ? new GZIPInputStream(Files.newInputStream(file)) : Files.newInputStream(file)) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      in.transferTo(out);
      bytes = out.toByteArray();
    }
    if (how == Count.XLSX_ROWS) return xlsxRows(file, sheet);
    TextDecoding.Detected d = TextDecoding.detect(bytes, false, null);
    String text = new String(bytes, d.bomLength(), bytes.length - d.bomLength(), d.charset());
    return switch (how) {
      case LINES -> nonBlankLines(text).size();
      case CSV_ROWS -> {
        // Registers count data rows: the header and a PowerShell #TYPE line are not rows.
        List<String> lines = nonBlankLines(text);
        long preamble = lines.stream().limit(2).filter(l -> l.strip().replace("\"", "").startsWith("#TYPE")).count();
        yield Math.max(0, lines.size() - preamble - 1);
      }
      case WINDOWS_EVENTS -> matches(text, "<Event[\\s>]");
      case NESSUS_ITEMS -> matches(text, "<ReportItem[\\s>/]");
      case OPENVAS_RESULTS -> matches(text, "<result[\\s>]");
      case NMAP_HOSTS -> matches(text, "<host[\\s>]");
      case XLSX_ROWS -> throw new IllegalStateException();
    };
  }

  private static List<String> nonBlankLines(String text) {
    List<String> out = new ArrayList<>();
    for (String l : text.split("\r\n|\r|\n", -1)) {
      if (!l.isBlank()) out.add(l);
    }
    return out;
  }

  private static long matches(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    long n = 0;
    while (m.find()) n++;
    return n;
  }

  private static long xlsxRows(Path file, String sheetName) throws IOException {
    try (ReadableWorkbook wb = new ReadableWorkbook(file.toFile())) {
      Sheet sheet = sheetName == null ? wb.getFirstSheet() : wb.findSheet(sheetName).orElseThrow();
      long rows = 0;
      try (Stream<Row> s = sheet.openStream()) {
        for (Row row : s.toList()) {
          boolean any = false;
          for (int i = 0; i < row.getCellCount(); i++) {
            var c = row.getCell(i);
            if (c != null && c.getRawValue() != null && !c.getRawValue().isBlank()) any = true;
          }
          if (any) rows++;
        }
      }
      // The header row is not a register row.
      return Math.max(0, rows - 1);
    }
  }
}
