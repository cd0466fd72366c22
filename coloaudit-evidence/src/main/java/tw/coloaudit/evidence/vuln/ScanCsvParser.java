package tw.coloaudit.evidence.vuln;

import de.siegmar.fastcsv.reader.CsvReader;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tw.coloaudit.evidence.register.RegisterColumns;
import tw.coloaudit.evidence.register.RegisterTables;
import tw.coloaudit.evidence.register.ValueException;
import tw.coloaudit.evidence.register.Values;
import tw.coloaudit.evidence.spi.EvidenceInput;
import tw.coloaudit.evidence.spi.EvidenceParser;
import tw.coloaudit.evidence.spi.ParseContext;
import tw.coloaudit.evidence.spi.Sample;
import tw.coloaudit.model.Localized;
import tw.coloaudit.model.vuln.ScanFinding;
import tw.coloaudit.model.vuln.ScanHost;
import tw.coloaudit.model.vuln.ScanSeverity;

/**
 * Reads scan results kept as CSV: {@code host, scanned_on, finding, severity, cve} (also
 * {@code name} and {@code port}; English or Chinese headers). A row with a host and a date but no
 * finding records a scan that found nothing; informational rows are counted as skipped.
 */
public final class ScanCsvParser implements EvidenceParser {

  public static final String FORMAT = "scan-csv";
  static final String SCANNER = "csv";

  private static final Map<String, String> HEADERS = new HashMap<>();

  static {
    alias("host", "host", "hostname", "ip", "ipaddress", "asset", "target", "主機", "主機名稱", "IP位址", "IP");
    alias("scanned_on", "scanned_on", "scannedon", "scandate", "scan_date", "scantime", "scanned", "date", "掃描日期", "掃描時間", "檢測日期");
    alias("finding", "finding", "findingid", "plugin", "pluginid", "oid", "nvt", "vulnid", "弱點", "弱點編號", "弱點代碼");
    alias("severity", "severity", "risk", "riskfactor", "threat", "風險等級", "嚴重度", "風險", "等級");
    alias("cve", "cve", "cves", "cveid", "CVE編號");
    alias("name", "name", "title", "findingname", "pluginname", "弱點名稱", "名稱");
    alias("port", "port", "埠", "連接埠");
  }

  private static void alias(String column, String... names) {
    for (String n : names) HEADERS.put(RegisterColumns.normalize(n), column);
  }

  @Override
  public String format() {
    return FORMAT;
  }

  @Override
  public Set<String> kinds() {
    return Set.of("vuln-scan");
  }

  @Override
  public boolean probe(Sample sample) {
    if (sample.isZipLike()) return false;
    String header = sample.firstContentLine();
    if (header.isBlank() || header.stripLeading().startsWith("<")) return false;
    Set<String> columns = columns(split(header)).keySet();
    return columns.contains("host") && columns.contains("scanned_on");
  }

  private static List<String> split(String line) {
    char sep = line.indexOf(',') >= 0 ? ',' : line.indexOf('\t') >= 0 ? '\t' : ';';
    try {
      return CsvReader.builder().fieldSeparator(sep).allowExtraCharsAfterClosingQuote(true).ofSingleCsvRecord(line).getFields();
    } catch (RuntimeException e) {
      return List.of();
    }
  }

  /** Canonical column to cell index; the first of repeated columns wins. */
  private static Map<String, Integer> columns(List<String> cells) {
    Map<String, Integer> out = new LinkedHashMap<>();
    for (int i = 0; i < cells.size(); i++) {
      String c = HEADERS.get(RegisterColumns.normalize(cells.get(i) == null ? "" : cells.get(i)));
      if (c != null) out.putIfAbsent(c, i);
    }
    return out;
  }

  @Override
  public void parse(EvidenceInput input, ParseContext ctx) throws IOException {
    Reading reading = new Reading(ctx);
    RegisterTables.readCsv(input, reading);
    if (reading.header == null) ctx.warn(0, "檔案沒有標頭列：沒有可讀取的內容", "the file has no header row: nothing to read");
    // A header that cannot be read, with nothing after it, is still content: reject it rather than
    // let the file pass as empty.
    if (reading.missing != null && reading.rowsAfterHeader == 0) ctx.rejected(reading.headerLine, reading.missing);
  }

  private static final class Reading implements RegisterTables.RowHandler {
    private final ParseContext ctx;
    private final String declared;
    private final Map<String, ScanHost> hosts = new HashMap<>();
    private Map<String, Integer> header;
    private Localized missing;
    private int headerLine;
    private int rowsAfterHeader;

    Reading(ParseContext ctx) {
      this.ctx = ctx;
      this.declared = ctx.system() != null ? ctx.system() : ctx.device();
    }

    @Override
    public void overlong(int line, int limit) {
      ctx.rejected(line, "此行長度超過 " + limit + " 個字元的上限", "line longer than the limit of " + limit + " characters");
    }

    @Override
    public void row(int line, List<String> cells, Set<Integer> numeric) {
      if (cells.stream().allMatch(c -> c == null || c.isBlank())) return;
      if (header == null) {
        if (RegisterTables.isTypeLine(cells.get(0))) return;
        header = columns(cells);
        headerLine = line;
        List<String> absent = new ArrayList<>();
        List<String> absentZh = new ArrayList<>();
        if (!header.containsKey("host") && declared == null) {
          absent.add("host (主機)");
          absentZh.add("host（主機）");
        }
        if (!header.containsKey("scanned_on")) {
          absent.add("scanned_on (掃描日期)");
          absentZh.add("scanned_on（掃描日期）");
        }
        if (!absent.isEmpty()) {
          missing = Localized.of(
              "標頭（第 " + line + " 行）缺少欄位 " + String.join("、", absentZh),
              "the header (line " + line + ") has no column " + String.join(", ", absent));
        }
        return;
      }
      rowsAfterHeader++;
      if (missing != null) {
        ctx.rejected(line, missing);
        return;
      }
      String hostText = cell(cells, "host");
      if (hostText == null && declared == null) {
        ctx.rejected(line, "欄位 host（主機）空白，且清單項目未指明系統", "column host (主機) is blank and the manifest entry names no system");
        return;
      }
      Instant when;
      String scannedOn = cell(cells, "scanned_on");
      try {
        when = Values.timestamp(scannedOn, ctx.zone());
      } catch (ValueException e) {
        ctx.rejected(
            line,
            "欄位 scanned_on（掃描日期）：無法將 " + ScanTimes.quote(scannedOn) + " 讀為日期時間",
            "column scanned_on (掃描日期): " + e.getMessage());
        return;
      }
      if (when == null) {
        ctx.rejected(line, "欄位 scanned_on（掃描日期）空白", "column scanned_on (掃描日期) is blank");
        return;
      }
      String finding = cell(cells, "finding");
      List<String> cves = Values.list(cell(cells, "cve") == null ? null : cell(cells, "cve").replace(' ', ';'));
      String severityText = cell(cells, "severity");
      ScanSeverity severity = null;
      if (severityText != null) {
        severity = ScanSeverity.parse(severityText).orElse(null);
        if (severity == null) {
          try {
            severity = ScanSeverity.ofScore(Double.parseDouble(severityText));
          } catch (NumberFormatException e) {
            ctx.rejected(
                line,
                "欄位 severity（風險等級）：無法讀取 '" + severityText + "'（應為 critical/high/medium/low/info、嚴重/高/中/低/資訊或 CVSS 分數）",
                "column severity (風險等級): cannot read '" + severityText + "' (critical/high/medium/low/info, 嚴重/高/中/低/資訊, or a CVSS score)");
            return;
          }
        }
      }
      String plugin = finding != null ? finding : cves.isEmpty() ? null : cves.get(0);
      if (plugin != null && severity == null) {
        ctx.rejected(line, "弱點 " + plugin + " 的欄位 severity（風險等級）空白", "column severity (風險等級) is blank for finding " + plugin);
        return;
      }
      ScanHost host = host(hostText, when, line);
      if (plugin == null) {
        // A host and a date with no finding: the scan ran and reported nothing.
        ctx.used(line);
        return;
      }
      if (severity == ScanSeverity.INFO) {
        ctx.skipped(line);
        return;
      }
      ctx.emit(new ScanFinding(host, plugin, cell(cells, "name"), severity, cves, cell(cells, "port"), ctx.line(line)));
      ctx.used(line);
    }

    private ScanHost host(String hostText, Instant when, int line) {
      String key = (hostText == null ? "" : hostText.toLowerCase(Locale.ROOT)) + "|" + when;
      ScanHost h = hosts.get(key);
      if (h != null) return h;
      boolean ip = hostText != null && NessusXmlScanParser.looksLikeIp(hostText);
      h = new ScanHost(SCANNER, declared, ip ? hostText : null, ip || hostText == null ? List.of() : List.of(hostText), when, null, ctx.line(line));
      hosts.put(key, h);
      ctx.emit(h);
      return h;
    }

    private String cell(List<String> cells, String column) {
      Integer i = header.get(column);
      if (i == null || i >= cells.size() || cells.get(i) == null) return null;
      String v = cells.get(i).strip();
      return v.isEmpty() ? null : v;
    }
  }
}
