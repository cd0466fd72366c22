package tw.coloaudit.evidence.vuln;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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
import tw.coloaudit.model.Localized;
import tw.coloaudit.model.vuln.ScanFinding;
import tw.coloaudit.model.vuln.ScanHost;
import tw.coloaudit.model.vuln.ScanSeverity;

/**
 * Reads Nessus v2 reports ({@code .nessus}, {@code NessusClientData_v2}): one {@link ScanHost}
 * per {@code ReportHost} (name, {@code host-ip}, {@code host-fqdn}, {@code netbios-name},
 * {@code HOST_START}/{@code HOST_END}) and one {@link ScanFinding} per {@code ReportItem} of
 * severity low or above; informational items (severity 0) are counted as skipped.
 */
public final class NessusXmlScanParser implements EvidenceParser {

  public static final String FORMAT = "nessus";
  static final String SCANNER = "nessus";

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
    return SafeXml.head(sample.head()).contains("<nessusclientdata_v2");
  }

  /** One ReportItem as read, decided on when its ReportHost ends. */
  private record Item(int line, String pluginId, String severity, String riskFactor, String name, String port, List<String> cves) {}

  @Override
  public void parse(EvidenceInput input, ParseContext ctx) throws IOException {
    String declared = ctx.system() != null ? ctx.system() : ctx.device();
    try (InputStream in = input.openBytes()) {
      XMLStreamReader r;
      try {
        r = SafeXml.open(in);
      } catch (XMLStreamException e) {
        ctx.rejected(SafeXml.line(e, 1), "無法讀取此 XML 文件", "the XML cannot be read: " + SafeXml.reason(e));
        return;
      }
      int hostLine = 0;
      String hostName = null;
      Map<String, String> props = new HashMap<>();
      List<Item> items = new ArrayList<>();
      boolean sawRoot = false;
      try {
        while (r.hasNext()) {
          int ev = r.next();
          if (ev == XMLStreamConstants.DTD) {
            ctx.rejected(SafeXml.line(r), SafeXml.DOCTYPE_REFUSED);
            return;
          }
          if (ev != XMLStreamConstants.START_ELEMENT) {
            if (ev == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("ReportHost")) {
              finishHost(ctx, declared, hostLine, hostName, props, items);
              hostName = null;
              props.clear();
              items.clear();
            }
            continue;
          }
          String el = r.getLocalName();
          if (!sawRoot) {
            sawRoot = true;
            if (!el.equals("NessusClientData_v2")) {
              ctx.rejected(
                  SafeXml.line(r),
                  "不是 Nessus v2 報告：根元素為 <" + el + ">，而非 <NessusClientData_v2>",
                  "not a Nessus v2 report: the root element is <" + el + ">, not <NessusClientData_v2>");
              return;
            }
          }
          switch (el) {
            case "ReportHost" -> {
              hostLine = SafeXml.line(r);
              hostName = blankToNull(r.getAttributeValue(null, "name"));
            }
            case "tag" -> {
              String name = r.getAttributeValue(null, "name");
              String value = r.getElementText();
              if (name != null && hostLine > 0) props.put(name, value.strip());
            }
            case "ReportItem" -> items.add(readItem(r));
            default -> {}
          }
        }
      } catch (XMLStreamException e) {
        int at = SafeXml.line(e, SafeXml.line(r));
        for (Item i : items) {
          ctx.rejected(i.line(), "所屬的 ReportHost 因第 " + at + " 行的 XML 錯誤而不完整", "its ReportHost is cut off by the XML error at line " + at);
        }
        ctx.rejected(at, "XML 格式不正確，已停止讀取", "the XML is malformed, reading stopped: " + SafeXml.reason(e));
      } finally {
        try {
          r.close();
        } catch (XMLStreamException ignored) {
          // nothing left to release but the stream, which try-with-resources closes
        }
      }
    }
  }

  private static Item readItem(XMLStreamReader r) throws XMLStreamException {
    int line = SafeXml.line(r);
    String plugin = blankToNull(r.getAttributeValue(null, "pluginID"));
    String severity = blankToNull(r.getAttributeValue(null, "severity"));
    String name = blankToNull(r.getAttributeValue(null, "pluginName"));
    String port = blankToNull(r.getAttributeValue(null, "port"));
    String protocol = blankToNull(r.getAttributeValue(null, "protocol"));
    if (port != null && protocol != null) port = port + "/" + protocol;
    String risk = null;
    List<String> cves = new ArrayList<>();
    int depth = 1;
    while (depth > 0) {
      int ev = r.next();
      if (ev == XMLStreamConstants.START_ELEMENT) {
        String child = r.getLocalName();
        if (depth == 1 && child.equals("cve")) {
          String c = r.getElementText().strip();
          if (!c.isEmpty() && !cves.contains(c)) cves.add(c);
        } else if (depth == 1 && child.equals("risk_factor")) {
          risk = blankToNull(r.getElementText());
        } else if (depth == 1 && child.equals("plugin_name") && name == null) {
          name = blankToNull(r.getElementText());
        } else {
          depth++;
        }
      } else if (ev == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
    return new Item(line, plugin, severity, risk, name, port, cves);
  }

  private static void finishHost(
      ParseContext ctx, String declared, int hostLine, String hostName, Map<String, String> props, List<Item> items) {
    String ip = blankToNull(props.get("host-ip"));
    List<String> names = new ArrayList<>();
    for (String n : new String[] {hostName, props.get("host-fqdn"), props.get("netbios-name")}) {
      if (n != null && !n.isBlank() && !n.strip().equals(ip) && !names.contains(n.strip())) names.add(n.strip());
    }
    if (ip == null && hostName != null && looksLikeIp(hostName)) ip = hostName;
    if (ip == null && names.isEmpty() && declared == null) {
      for (Item i : items) {
        ctx.rejected(
            i.line(),
            "所屬的 ReportHost（第 " + hostLine + " 行）沒有 name，也沒有 host-ip",
            "its ReportHost (line " + hostLine + ") has no name and no host-ip");
      }
      return;
    }
    Instant start = time(ctx, hostLine, props, "HOST_START");
    Instant end = time(ctx, hostLine, props, "HOST_END");
    if (start == null && end == null) {
      String label = ip != null ? ip : names.isEmpty() ? declared : names.get(0);
      for (Item i : items) {
        ctx.rejected(
            i.line(),
            "ReportHost " + label + "（第 " + hostLine + " 行）沒有可讀取的 HOST_START 或 HOST_END：無法得知掃描日期",
            "ReportHost " + label + " (line " + hostLine + ") has no readable HOST_START or HOST_END: the scan date is unknown");
      }
      return;
    }
    ScanHost host = new ScanHost(SCANNER, declared, ip, names, start, end, ctx.line(hostLine));
    ctx.emit(host);
    for (Item i : items) item(ctx, host, i);
  }

  private static void item(ParseContext ctx, ScanHost host, Item i) {
    ScanSeverity severity = null;
    if (i.severity() != null) {
      severity = switch (i.severity()) {
        case "0" -> ScanSeverity.INFO;
        case "1" -> ScanSeverity.LOW;
        case "2" -> ScanSeverity.MEDIUM;
        case "3" -> ScanSeverity.HIGH;
        case "4" -> ScanSeverity.CRITICAL;
        default -> null;
      };
    }
    if (severity == null && i.riskFactor() != null) severity = ScanSeverity.parse(i.riskFactor()).orElse(null);
    if (severity == null) {
      ctx.rejected(
          i.line(),
          "ReportItem 沒有可讀取的風險等級（severity '" + i.severity() + "'，risk_factor '" + i.riskFactor() + "'）",
          "ReportItem has no readable severity (severity '" + i.severity() + "', risk_factor '" + i.riskFactor() + "')");
      return;
    }
    if (severity == ScanSeverity.INFO) {
      ctx.skipped(i.line());
      return;
    }
    String plugin = i.pluginId() != null ? i.pluginId() : i.cves().isEmpty() ? null : i.cves().get(0);
    if (plugin == null) {
      ctx.rejected(i.line(), "ReportItem 既無 pluginID 也無 CVE，無法識別此弱點", "ReportItem has neither a pluginID nor a CVE to name the finding by");
      return;
    }
    ctx.emit(new ScanFinding(host, plugin, i.name(), severity, i.cves(), i.port(), ctx.line(i.line())));
    ctx.used(i.line());
  }

  private static Instant time(ParseContext ctx, int hostLine, Map<String, String> props, String tag) {
    String epoch = props.get(tag + "_TIMESTAMP");
    String text = props.get(tag);
    try {
      if (epoch != null && !epoch.isBlank()) return ScanTimes.parse(epoch, ctx.zone());
    } catch (ValueException e) {
      ctx.warn(hostLine, tagged(tag + "_TIMESTAMP", e.reason()));
    }
    try {
      return ScanTimes.parse(text, ctx.zone());
    } catch (ValueException e) {
      ctx.warn(hostLine, tagged(tag, e.reason()));
      return null;
    }
  }

  /** {@code why} after the name of the tag it is about. */
  private static Localized tagged(String tag, Localized why) {
    return Localized.of(tag + "：" + why.zh(), tag + ": " + why.en());
  }

  static boolean looksLikeIp(String s) {
    String t = s.strip();
    return t.matches("\\d{1,3}(\\.\\d{1,3}){3}") || (t.contains(":") && t.matches("[0-9A-Fa-f:.]+"));
  }

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
