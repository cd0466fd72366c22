package tw.coloaudit.evidence.colo;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import tw.coloaudit.evidence.spi.EvidenceInput;
import tw.coloaudit.evidence.spi.EvidenceParser;
import tw.coloaudit.evidence.spi.ParseContext;
import tw.coloaudit.evidence.spi.Sample;
import tw.coloaudit.model.Localized;
import tw.coloaudit.model.colo.DiscoveredDevice;

/**
 * Reads an nmap XML report ({@code nmap -oX}) as {@code rack-discovery}: each {@code <host>} is
 * one item, used when its status is up and it has an IP address, skipped when it is down, and
 * rejected without an IP. A host is seen at its {@code endtime}, else its {@code starttime}, else
 * the scan's {@code start}. DTDs and external entities are off: the DOCTYPE nmap writes is
 * passed over, and an entity the file declares for itself is never expanded.
 */
public final class NmapXmlDiscoveryParser implements EvidenceParser {

  public static final String FORMAT = "nmap-xml";

  // The shared hardened factory: the JDK's own StAX (not whatever the class path brings), DTDs and
  // external entities off.
  private static final XMLInputFactory FACTORY = tw.coloaudit.evidence.xml.SafeXml.inputFactory(tw.coloaudit.evidence.spi.InputLimits.DEFAULT);

  @Override
  public String format() {
    return FORMAT;
  }

  @Override
  public Set<String> kinds() {
    return Set.of("rack-discovery");
  }

  @Override
  public boolean probe(Sample sample) {
    if (sample.isZipLike()) return false;
    for (String l : sample.lines()) {
      if (l.contains("<nmaprun") || l.contains("<!DOCTYPE nmaprun")) return true;
    }
    return false;
  }

  @Override
  public void parse(EvidenceInput input, ParseContext ctx) throws IOException {
    try (InputStream in = input.openBytes()) {
      XMLStreamReader r;
      try {
        r = FACTORY.createXMLStreamReader(in);
      } catch (XMLStreamException e) {
        ctx.warn(0, "無法以 XML 讀取此檔案", "not readable as XML: " + e.getMessage());
        return;
      }
      new Reading(r, ctx).run();
    }
  }

  /** The state of reading one report: the scan's start, then the host being read. */
  private static final class Reading {
    private final XMLStreamReader r;
    private final ParseContext ctx;
    private boolean sawRoot;
    private Instant scanStart;
    private Host host;

    Reading(XMLStreamReader r, ParseContext ctx) {
      this.r = r;
      this.ctx = ctx;
    }

    void run() {
      try {
        while (r.hasNext()) {
          int event = r.next();
          if (event == XMLStreamConstants.START_ELEMENT) start(r.getLocalName());
          else if (event == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("host") && host != null) finishHost();
        }
        if (!sawRoot) {
          ctx.warn(0, "缺少 <nmaprun> 元素：不是 nmap XML 報告", "no <nmaprun> element: not an nmap XML report");
        }
      } catch (XMLStreamException e) {
        // A scan cut short leaves the file without its closing tags; what was read stays used.
        // The parser's own message is English only: the Chinese says what could not be read.
        String zh = e.getMessage() == null ? "XML 格式錯誤：檔案意外結束" : "XML 格式錯誤，無法解析";
        String reason = "malformed XML: " + oneLine(e.getMessage());
        if (host != null) {
          ctx.rejected(host.line, zh, reason);
          host = null;
        } else if (!sawRoot) {
          // Nothing of an nmap report was read: the content is unreadable, not an empty scan.
          ctx.rejected(e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNumber()),
              Localized.of(zh + "；已停止讀取", reason + "; reading stopped"));
        } else {
          ctx.warn(e.getLocation() == null ? 0 : e.getLocation().getLineNumber(),
              Localized.of(zh + "；已停止讀取", reason + "; reading stopped"));
        }
      } finally {
        try {
          r.close();
        } catch (XMLStreamException ignored) {
          // Nothing is left to read.
        }
      }
    }

    private void start(String name) {
      switch (name) {
        case "nmaprun" -> {
          sawRoot = true;
          scanStart = epoch(attr("start"));
        }
        case "host" -> {
          host = new Host(r.getLocation().getLineNumber());
          host.seenAt = epoch(attr("endtime"));
          if (host.seenAt == null) host.seenAt = epoch(attr("starttime"));
        }
        case "status" -> {
          if (host != null) host.state = attr("state");
        }
        case "address" -> {
          if (host == null) return;
          String type = attr("addrtype");
          String addr = attr("addr");
          if (addr == null || addr.isBlank()) return;
          if ("mac".equalsIgnoreCase(type)) {
            if (host.mac == null) host.mac = addr.strip();
          } else if ("ipv4".equalsIgnoreCase(type) || type == null) {
            if (host.ipv4 == null) host.ipv4 = addr.strip();
          } else if ("ipv6".equalsIgnoreCase(type)) {
            if (host.ipv6 == null) host.ipv6 = addr.strip();
          }
        }
        case "hostname" -> {
          if (host == null) return;
          String n = attr("name");
          if (n == null || n.isBlank()) return;
          // A name the user gave on the command line says what was meant; a PTR name is the DNS's.
          if ("user".equalsIgnoreCase(attr("type")) || host.hostname == null) host.hostname = n.strip();
        }
        default -> {
          // Ports, OS guesses, traces and run statistics are not used.
        }
      }
    }

    private void finishHost() {
      Host h = host;
      host = null;
      String state = h.state == null ? "up" : h.state.toLowerCase(Locale.ROOT);
      if (!state.equals("up")) {
        ctx.skipped(h.line);
        return;
      }
      String ip = h.ipv4 != null ? h.ipv4 : h.ipv6;
      if (ip == null) {
        ctx.rejected(h.line, "此主機沒有 IPv4 或 IPv6 位址", "the host has no IPv4 or IPv6 address");
        return;
      }
      Instant seen = h.seenAt != null ? h.seenAt : scanStart;
      ctx.emit(new DiscoveredDevice(ip, h.mac, h.hostname, null, seen, ctx.line(h.line)));
      ctx.used(h.line);
    }

    private String attr(String name) {
      return r.getAttributeValue(null, name);
    }

    private static Instant epoch(String seconds) {
      if (seconds == null || !seconds.strip().matches("\\d{1,12}")) return null;
      long s = Long.parseLong(seconds.strip());
      return s == 0 ? null : Instant.ofEpochSecond(s);
    }

    private static String oneLine(String message) {
      if (message == null) return "unexpected end of file";
      String m = message.replaceAll("\\s+", " ").strip();
      int msg = m.indexOf("Message: ");
      return msg >= 0 ? m.substring(msg + "Message: ".length()) : m;
    }
  }

  /** What one {@code <host>} said so far. */
  private static final class Host {
    final int line;
    String state;
    String ipv4;
    String ipv6;
    String mac;
    String hostname;
    Instant seenAt;

    Host(int line) {
      this.line = line;
    }
  }
}
