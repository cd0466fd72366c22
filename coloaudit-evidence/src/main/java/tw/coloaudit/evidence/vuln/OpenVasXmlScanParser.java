package tw.coloaudit.evidence.vuln;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import tw.coloaudit.evidence.spi.EvidenceInput;
import tw.coloaudit.evidence.spi.EvidenceParser;
import tw.coloaudit.evidence.spi.ParseContext;
import tw.coloaudit.evidence.spi.Sample;
import tw.coloaudit.evidence.register.ValueException;
import tw.coloaudit.model.vuln.ScanFinding;
import tw.coloaudit.model.vuln.ScanHost;
import tw.coloaudit.model.vuln.ScanSeverity;

/**
 * Reads OpenVAS / Greenbone XML reports (GMP {@code <report>} exports, old and new): one
 * {@link ScanFinding} per {@code <result>} of a {@code <results>} list (host, NVT OID, threat or
 * severity score, CVE references), and one {@link ScanHost} per host, dated by the report's
 * {@code <host>} start and end when present, else by {@code scan_start}/{@code scan_end}. Results
 * rated Log, Debug or False Positive are counted as skipped.
 */
public final class OpenVasXmlScanParser implements EvidenceParser {

  public static final String FORMAT = "openvas";
  static final String SCANNER = "openvas";

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
    String h = SafeXml.head(sample.head());
    int report = h.indexOf("<report");
    if (report < 0 || h.contains("<nessusclientdata_v2")) return false;
    return h.contains("<gmp>") || h.contains("<omp>") || h.contains("format_id=") || h.contains("<scan_run_status>")
        || h.contains("<results") || h.contains("<scan_start>") || h.contains("openvas") || h.contains("greenbone");
  }

  /** One result as read; decided on at the end of the document, when the scan times are known. */
  private static final class Result {
    int line;
    String host;
    String hostname;
    String oid;
    String name;
    String threat;
    String severity;
    String port;
    final List<String> cves = new ArrayList<>();
  }

  /** A report-level {@code <host>} block: when the scan of one address started and ended. */
  private static final class HostBlock {
    int line;
    String ip;
    String start;
    String end;
    String hostname;
    String detailName;
  }

  /** An open element: its name and the text directly inside it. */
  private record Open(String name, StringBuilder text) {}

  @Override
  public void parse(EvidenceInput input, ParseContext ctx) throws IOException {
    String declared = ctx.system() != null ? ctx.system() : ctx.device();
    List<Result> results = new ArrayList<>();
    Map<String, HostBlock> blocks = new LinkedHashMap<>();
    Map<String, String> reportTimes = new LinkedHashMap<>();
    try (InputStream in = input.openBytes()) {
      XMLStreamReader r;
      try {
        r = SafeXml.open(in);
      } catch (XMLStreamException e) {
        ctx.rejected(SafeXml.line(e, 1), "無法讀取此 XML 文件", "the XML cannot be read: " + SafeXml.reason(e));
        return;
      }
      Deque<Open> stack = new ArrayDeque<>();
      Result result = null;
      int resultDepth = -1;
      HostBlock block = null;
      int blockDepth = -1;
      try {
        while (r.hasNext()) {
          int ev = r.next();
          switch (ev) {
            case XMLStreamConstants.DTD -> {
              ctx.rejected(SafeXml.line(r), SafeXml.DOCTYPE_REFUSED);
              return;
            }
            case XMLStreamConstants.START_ELEMENT -> {
              String el = r.getLocalName();
              String parent = stack.isEmpty() ? null : stack.peek().name();
              if (stack.isEmpty() && !el.equals("report") && !el.equals("get_reports_response")) {
                ctx.rejected(
                    SafeXml.line(r),
                    "不是 OpenVAS/Greenbone 報告：根元素為 <" + el + ">",
                    "not an OpenVAS/Greenbone report: the root element is <" + el + ">");
                return;
              }
              stack.push(new Open(el, new StringBuilder()));
              int depth = stack.size();
              if (result == null && el.equals("result") && "results".equals(parent)) {
                result = new Result();
                result.line = SafeXml.line(r);
                resultDepth = depth;
              } else if (result != null && depth == resultDepth + 1 && el.equals("nvt")) {
                result.oid = NessusXmlScanParser.blankToNull(r.getAttributeValue(null, "oid"));
              } else if (result != null && el.equals("ref") && depth == resultDepth + 3 && parentIs(stack, "refs", "nvt")) {
                if ("cve".equalsIgnoreCase(r.getAttributeValue(null, "type"))) addCves(result.cves, r.getAttributeValue(null, "id"));
              } else if (result == null && block == null && el.equals("host")) {
                block = new HostBlock();
                block.line = SafeXml.line(r);
                blockDepth = depth;
              }
            }
            case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
              if (!stack.isEmpty()) stack.peek().text().append(r.getText());
            }
            case XMLStreamConstants.END_ELEMENT -> {
              int depth = stack.size();
              Open open = stack.pop();
              String text = open.text().toString().strip();
              if (result != null) {
                int rel = depth - resultDepth;
                if (rel == 0) {
                  results.add(result);
                  result = null;
                } else if (rel == 1) {
                  switch (open.name()) {
                    case "host" -> result.host = NessusXmlScanParser.blankToNull(text);
                    case "threat" -> result.threat = NessusXmlScanParser.blankToNull(text);
                    case "severity" -> result.severity = NessusXmlScanParser.blankToNull(text);
                    case "port" -> result.port = NessusXmlScanParser.blankToNull(text);
                    case "name" -> { if (result.name == null) result.name = NessusXmlScanParser.blankToNull(text); }
                    default -> {}
                  }
                } else if (rel == 2 && "host".equals(stack.peek().name()) && open.name().equals("hostname")) {
                  result.hostname = NessusXmlScanParser.blankToNull(text);
                } else if (rel == 2 && "nvt".equals(stack.peek().name())) {
                  if (open.name().equals("name") && result.name == null) result.name = NessusXmlScanParser.blankToNull(text);
                  if (open.name().equals("cve")) addCves(result.cves, text);
                }
              } else if (block != null) {
                int rel = depth - blockDepth;
                if (rel == 0) {
                  if (block.ip != null) blocks.putIfAbsent(block.ip, block);
                  block = null;
                } else if (rel == 1) {
                  switch (open.name()) {
                    case "ip" -> block.ip = NessusXmlScanParser.blankToNull(text);
                    case "start" -> block.start = NessusXmlScanParser.blankToNull(text);
                    case "end" -> block.end = NessusXmlScanParser.blankToNull(text);
                    default -> {}
                  }
                } else if (rel == 2 && "detail".equals(stack.peek().name())) {
                  if (open.name().equals("name")) block.detailName = text;
                  if (open.name().equals("value") && "hostname".equalsIgnoreCase(block.detailName) && block.hostname == null) {
                    block.hostname = NessusXmlScanParser.blankToNull(text);
                  }
                }
              } else if (open.name().equals("scan_start") || open.name().equals("scan_end") || open.name().equals("timestamp")) {
                if (!text.isEmpty()) reportTimes.putIfAbsent(open.name(), text);
              }
            }
            default -> {}
          }
        }
      } catch (XMLStreamException e) {
        int at = SafeXml.line(e, SafeXml.line(r));
        for (Result x : results) {
          ctx.rejected(x.line, "報告因第 " + at + " 行的 XML 錯誤而不完整", "the report is cut off by the XML error at line " + at);
        }
        if (result != null) {
          ctx.rejected(result.line, "此 result 因第 " + at + " 行的 XML 錯誤而不完整", "the result is cut off by the XML error at line " + at);
        }
        ctx.rejected(at, "XML 格式不正確，已停止讀取", "the XML is malformed, reading stopped: " + SafeXml.reason(e));
        return;
      } finally {
        try {
          r.close();
        } catch (XMLStreamException ignored) {
          // the stream itself is closed by try-with-resources
        }
      }
    }
    finish(ctx, declared, results, blocks, reportTimes);
  }

  private static boolean parentIs(Deque<Open> stack, String parent, String grandParent) {
    var it = stack.iterator();
    it.next(); // the element itself
    return it.hasNext() && it.next().name().equals(parent) && it.hasNext() && it.next().name().equals(grandParent);
  }

  private static void addCves(List<String> cves, String text) {
    if (text == null) return;
    for (String c : text.split("[,;\\s]+")) {
      String t = c.strip();
      if (t.isEmpty() || t.equalsIgnoreCase("NOCVE") || cves.contains(t)) continue;
      cves.add(t);
    }
  }

  /** A host being assembled from its report block and its results before it is emitted. */
  private static final class Draft {
    String ip;
    final List<String> names = new ArrayList<>();
    Instant start;
    Instant end;
    int line;
    ScanHost built;
  }

  private static void finish(
      ParseContext ctx, String declared, List<Result> results, Map<String, HostBlock> blocks, Map<String, String> reportTimes) {
    Instant scanStart = time(ctx, reportTimes.get("scan_start"), 0);
    Instant scanEnd = time(ctx, reportTimes.get("scan_end"), 0);
    if (scanStart == null && scanEnd == null) scanStart = time(ctx, reportTimes.get("timestamp"), 0);
    Map<String, Draft> drafts = new LinkedHashMap<>();
    for (HostBlock b : blocks.values()) {
      Draft d = new Draft();
      d.ip = b.ip;
      d.line = b.line;
      if (b.hostname != null) d.names.add(b.hostname);
      d.start = time(ctx, b.start, b.line);
      d.end = time(ctx, b.end, b.line);
      drafts.put(b.ip, d);
    }
    for (Result x : results) {
      String key = key(x, declared);
      if (key == null) continue;
      Draft d = drafts.get(key);
      if (d == null) {
        d = new Draft();
        d.line = x.line;
        boolean ip = x.host != null && NessusXmlScanParser.looksLikeIp(x.host);
        d.ip = ip ? x.host : null;
        if (x.host != null && !ip) d.names.add(x.host);
        drafts.put(key, d);
      }
      if (x.hostname != null && !d.names.contains(x.hostname)) d.names.add(x.hostname);
    }
    for (Draft d : drafts.values()) {
      if (d.start == null && d.end == null) {
        d.start = scanStart;
        d.end = scanEnd;
      }
      if (d.start == null && d.end == null) continue;
      d.built = new ScanHost(SCANNER, declared, d.ip, d.names, d.start, d.end, ctx.line(d.line));
      ctx.emit(d.built);
    }
    for (Result x : results) {
      String key = key(x, declared);
      if (key == null) {
        ctx.rejected(x.line, "此 result 未指明主機，清單項目也未指明", "the result names no host and the manifest entry names none");
        continue;
      }
      ScanHost host = drafts.get(key).built;
      if (host == null) {
        ctx.rejected(
            x.line,
            "報告沒有 scan_start、scan_end 或 timestamp，主機 " + key + " 也沒有 start 或 end：無法得知掃描日期",
            "the report has no scan_start, scan_end or timestamp and host " + key + " no start or end: the scan date is unknown");
        continue;
      }
      result(ctx, host, x);
    }
  }

  private static String key(Result x, String declared) {
    return x.host != null ? x.host : x.hostname != null ? x.hostname : declared;
  }

  private static void result(ParseContext ctx, ScanHost host, Result x) {
    ScanSeverity severity = null;
    boolean ignored = false;
    if (x.threat != null) {
      String t = x.threat.toLowerCase(Locale.ROOT);
      if (t.equals("false positive") || t.equals("debug") || t.equals("error")) ignored = true;
      else severity = ScanSeverity.parse(x.threat).orElse(null);
    }
    if (severity == null && !ignored && x.severity != null) {
      try {
        double score = Double.parseDouble(x.severity);
        if (score < 0) ignored = true; // -1 false positive, -2 debug, -3 error
        else severity = ScanSeverity.ofScore(score);
      } catch (NumberFormatException e) {
        // neither a threat word nor a score: rejected below
      }
    }
    if (ignored || severity == ScanSeverity.INFO) {
      ctx.skipped(x.line);
      return;
    }
    if (severity == null) {
      ctx.rejected(
          x.line,
          "此 result 沒有可讀取的 threat 或 severity（threat '" + x.threat + "'，severity '" + x.severity + "'）",
          "the result has no readable threat or severity (threat '" + x.threat + "', severity '" + x.severity + "')");
      return;
    }
    String plugin = x.oid != null ? x.oid : x.cves.isEmpty() ? null : x.cves.get(0);
    if (plugin == null) {
      ctx.rejected(x.line, "此 result 既無 NVT OID 也無 CVE，無法識別此弱點", "the result has neither an NVT OID nor a CVE to name the finding by");
      return;
    }
    ctx.emit(new ScanFinding(host, plugin, x.name, severity, x.cves, x.port, ctx.line(x.line)));
    ctx.used(x.line);
  }

  private static Instant time(ParseContext ctx, String text, int line) {
    try {
      return ScanTimes.parse(text, ctx.zone());
    } catch (ValueException e) {
      ctx.warn(line, e.reason());
      return null;
    }
  }
}
