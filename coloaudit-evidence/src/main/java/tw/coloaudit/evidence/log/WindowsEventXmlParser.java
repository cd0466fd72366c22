package tw.coloaudit.evidence.log;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import tw.coloaudit.evidence.spi.EvidenceInput;
import tw.coloaudit.evidence.spi.EvidenceParser;
import tw.coloaudit.evidence.spi.ParseContext;
import tw.coloaudit.evidence.spi.Sample;
import tw.coloaudit.model.log.LogLine;
import tw.coloaudit.model.log.LoginRecord;

/**
 * Reads Windows Security events exported as XML: {@code wevtutil qe /f:xml} (events with no root
 * element), an {@code <Events>} document, {@code Get-WinEvent … ToXml()}, and one {@code <Event>}
 * per line as log forwarders send them (also pasted from Event Viewer with its stray {@code - }
 * expanders). Each {@code <Event>} is counted once: 4624/4625 with an interactive, network,
 * unlock, cleartext, remote-interactive or cached logon type by a person are login records; every
 * other event is skipped and counts for retention. StAX with DTDs and external entities off.
 */
public final class WindowsEventXmlParser implements EvidenceParser {

  public static final String FORMAT = "windows-xml";

  private static final Set<String> LOGON_TYPES = Set.of("2", "3", "7", "8", "10", "11");
  private static final Set<String> SERVICE_SIDS = Set.of("S-1-5-18", "S-1-5-19", "S-1-5-20", "S-1-5-7");
  private static final Set<String> SERVICE_NAMES = Set.of("system", "local service", "network service", "anonymous logon");
  private static final Pattern XML_DECLARATION = Pattern.compile("<\\?xml[^>]*\\?>");
  private static final String ROOT = "coloaudit-events";
  private static final Pattern ROOT_LINE = Pattern.compile("<\\?xml[^>]*\\?>|<Events(?:\\s[^>]*)?>|</Events>");

  // The shared hardened factory: the JDK's own StAX (not whatever the class path brings), DTDs and
  // external entities off.
  private static final XMLInputFactory FACTORY = tw.coloaudit.evidence.xml.SafeXml.inputFactory(tw.coloaudit.evidence.spi.InputLimits.DEFAULT);

  @Override
  public String format() {
    return FORMAT;
  }

  @Override
  public Set<String> kinds() {
    return Set.of(LogParsers.KIND);
  }

  @Override
  public boolean probe(Sample sample) {
    if (sample.isZipLike()) return false;
    for (String line : sample.lines()) {
      if (line.contains("<Event ") || line.contains("<Event>")) return true;
    }
    return false;
  }

  @Override
  public void parse(EvidenceInput input, ParseContext ctx) throws IOException {
    if (onePerLine(input)) {
      try (BufferedReader r = input.openText()) {
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
          n++;
          if (line.isBlank()) continue;
          // The declaration and an <Events> root around one-per-line events are not items.
          if (ROOT_LINE.matcher(line).replaceAll("").isBlank()) continue;
          if (!line.contains("<Event")) {
            ctx.rejected(n, "不是 Windows 事件：此行沒有 <Event> 元素", "not a Windows event: no <Event> element on the line");
            continue;
          }
          read(new StringReader(wrap(line)), n - 1, ctx, n);
        }
      }
      return;
    }
    try (Reader r = new DeclarationFreeReader(input.openText())) {
      read(r, 0, ctx, 0);
    }
  }

  /** Whether the file holds one whole event per line: the first event opens and closes on one line. */
  private static boolean onePerLine(EvidenceInput input) throws IOException {
    try (BufferedReader r = input.openText()) {
      String line;
      while ((line = r.readLine()) != null) {
        int open = line.indexOf("<Event");
        if (open >= 0 && !line.startsWith("<Events", open)) return line.indexOf("</Event>", open) > 0;
      }
    }
    return false;
  }

  /** The "- " expanders Event Viewer's XML view leaves between elements when pasted. */
  private static final java.util.regex.Pattern STRAY_PUNCTUATION = java.util.regex.Pattern.compile("[\\s\\-]*");

  private static String wrap(String line) {
    return "<" + ROOT + ">" + ROOT_LINE.matcher(line).replaceAll("") + "</" + ROOT + ">";
  }

  /** Reads every event of a stream; {@code lineOffset} turns its line numbers into the file's. */
  private void read(Reader text, int lineOffset, ParseContext ctx, int fallbackLine) {
    XMLStreamReader x = null;
    int eventLine = fallbackLine;
    boolean inEvent = false;
    try {
      x = FACTORY.createXMLStreamReader(text);
      int strayLine = -1;
      while (x.hasNext()) {
        int type = x.next();
        if ((type == XMLStreamConstants.CHARACTERS || type == XMLStreamConstants.CDATA) && !x.isWhiteSpace()
            && !STRAY_PUNCTUATION.matcher(x.getText()).matches()) {
          // Text outside every <Event> (a log line pasted into an export, garbage) is not lost silently.
          int at = x.getLocation().getLineNumber() + lineOffset;
          if (at != strayLine) {
            ctx.rejected(at, "文字位於任何 <Event> 元素之外：不是 Windows 事件", "text outside any <Event> element: not a Windows event");
          }
          strayLine = at;
          continue;
        }
        if (type != XMLStreamConstants.START_ELEMENT || !"Event".equals(x.getLocalName())) continue;
        eventLine = x.getLocation().getLineNumber() + lineOffset;
        inEvent = true;
        Map<String, String> fields = event(x);
        inEvent = false;
        classify(fields, eventLine, ctx);
      }
    } catch (XMLStreamException | RuntimeException e) {
      int at = x != null && x.getLocation() != null ? x.getLocation().getLineNumber() + lineOffset : eventLine;
      ctx.rejected(
          inEvent ? eventLine : at,
          "XML 格式不正確，此部分已停止讀取",
          "XML not well-formed, reading of this part stopped: " + message(e));
    } finally {
      if (x != null) {
        try {
          x.close();
        } catch (XMLStreamException e) {
          // closing a reader of an in-memory or already closed stream cannot lose data
        }
      }
    }
  }

  private static String message(Exception e) {
    String m = String.valueOf(e.getMessage());
    int nl = m.indexOf('\n');
    return (nl > 0 ? m.substring(m.lastIndexOf('\n') + 1) : m).strip();
  }

  /** The fields of one event: EventID, TimeCreated, Computer and every named Data item. */
  private static Map<String, String> event(XMLStreamReader x) throws XMLStreamException {
    Map<String, String> f = new HashMap<>();
    int depth = 1;
    while (depth > 0 && x.hasNext()) {
      int ev = x.next();
      if (ev == XMLStreamConstants.START_ELEMENT) {
        depth++;
        String name = x.getLocalName();
        switch (name) {
          case "EventID", "Computer" -> {
            f.put(name, x.getElementText().strip());
            depth--;
          }
          case "TimeCreated" -> f.put("TimeCreated", x.getAttributeValue(null, "SystemTime"));
          case "Data" -> {
            String key = x.getAttributeValue(null, "Name");
            String value = x.getElementText().strip();
            depth--;
            if (key != null) f.putIfAbsent("data:" + key, value);
          }
          default -> {}
        }
      } else if (ev == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
    return f;
  }

  private static void classify(Map<String, String> f, int line, ParseContext ctx) {
    String id = f.get("EventID");
    if (id == null || id.isEmpty()) {
      ctx.rejected(line, "事件缺少 EventID", "event without an EventID");
      return;
    }
    Instant time = null;
    String created = f.get("TimeCreated");
    if (created != null) {
      Instant[] at = new Instant[1];
      if (TimeText.iso(created.strip(), 0, new LocalClock(ctx.zone()), at) > 0) time = at[0];
    }
    String system = ctx.system();
    String computer = f.get("Computer");
    if (system == null) system = computer == null || computer.isEmpty() ? null : computer;
    boolean logon = id.equals("4624") || id.equals("4625");
    String user = value(f.get("data:TargetUserName"));
    String sid = value(f.get("data:TargetUserSid"));
    if (logon && LOGON_TYPES.contains(f.getOrDefault("data:LogonType", "").strip()) && byPerson(user, sid)) {
      String origin = value(f.get("data:IpAddress"));
      if (origin == null) origin = value(f.get("data:WorkstationName"));
      ctx.emit(new LoginRecord(system, user, time, origin, id.equals("4624"), sid, "windows", ctx.line(line)));
      ctx.used(line);
      return;
    }
    if (time != null) ctx.emit(new LogLine(system, time, ctx.line(line)));
    ctx.skipped(line);
  }

  /** Logons by the machine, services and anonymous sessions are not a person's login. */
  private static boolean byPerson(String user, String sid) {
    if (sid != null && SERVICE_SIDS.contains(sid.toUpperCase(Locale.ROOT))) return false;
    if (user == null) return true;
    String u = user.toLowerCase(Locale.ROOT);
    return !SERVICE_NAMES.contains(u) && !u.endsWith("$") && !u.startsWith("dwm-") && !u.startsWith("umfd-");
  }

  /** A field's value, or null when blank or Windows' {@code -}. */
  private static String value(String v) {
    if (v == null) return null;
    String t = v.strip();
    return t.isEmpty() || t.equals("-") ? null : t;
  }

  /**
   * The file's text inside a synthetic root element with any XML declaration removed, so that
   * wevtutil's root-less sequence of events is one document; line numbers stay those of the file.
   */
  private static final class DeclarationFreeReader extends Reader {
    private final BufferedReader in;
    private String pending = "<" + ROOT + ">";
    private int pos;
    private boolean done;

    DeclarationFreeReader(BufferedReader in) {
      this.in = in;
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
      while (pos >= pending.length()) {
        if (done) return -1;
        String line = in.readLine();
        if (line == null) {
          pending = "</" + ROOT + ">";
          done = true;
        } else {
          pending = (line.contains("<?xml") ? XML_DECLARATION.matcher(line).replaceAll("") : line) + "\n";
        }
        pos = 0;
      }
      int k = Math.min(len, pending.length() - pos);
      pending.getChars(pos, pos + k, buf, off);
      pos += k;
      return k;
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
