package tw.coloaudit.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import tw.coloaudit.evidence.spi.EvidenceParser;
import tw.coloaudit.evidence.spi.InputLimits;
import tw.coloaudit.model.FileEntry;

/**
 * XXE, external DTDs and billion laughs in the shapes of Windows event exports, Nessus, OpenVAS
 * and nmap reports, fed to every parser of the engine (so the XML parsers other families add are
 * covered when merged) and inside an XLSX sheet: no local file may surface in what a parser says,
 * no connection may be made, no parser may hang or run out of memory.
 */
class HostileXmlTest {

  /** Parsers whose format names say they read XML; they get the strictest look. */
  static final Pattern XML_FORMAT = Pattern.compile("(?i).*(xml|nessus|openvas|greenbone|nmap|evtx|wevtutil|windows-event|event-xml).*");

  private static final String SECRET = "TOP-SECRET-4d9c2e";

  @TempDir static Path tmp;
  private static ServerSocket server;
  private static final AtomicInteger connections = new AtomicInteger();
  private static Path secretFile;

  @BeforeAll
  static void setUp() throws IOException {
    secretFile = tmp.resolve("secret.txt");
    Files.writeString(secretFile, SECRET + "\n", StandardCharsets.UTF_8);
    server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    server.setSoTimeout(100);
    Thread t = new Thread(() -> {
      while (!server.isClosed()) {
        try (var s = server.accept()) {
          connections.incrementAndGet();
          s.getOutputStream().write(("HTTP/1.0 200 OK\r\n\r\n<!ENTITY leak \"" + SECRET + "\">").getBytes(StandardCharsets.US_ASCII));
        } catch (SocketTimeoutException e) {
          // poll again
        } catch (IOException e) {
          return;
        }
      }
    }, "xxe-listener");
    t.setDaemon(true);
    t.start();
  }

  @AfterAll
  static void tearDown() throws IOException {
    server.close();
  }

  private static String http() {
    return "http://127.0.0.1:" + server.getLocalPort() + "/evil.dtd";
  }

  /** The hostile preambles: a local file entity, an external DTD and parameter entity, billion laughs. */
  static Map<String, String> doctypes(String root) {
    StringBuilder lol = new StringBuilder("<!DOCTYPE " + root + " [<!ENTITY lol0 \"lol\">");
    for (int i = 1; i <= 9; i++) {
      lol.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
    }
    lol.append("]>");
    return Map.of(
        "xxe-file", "<!DOCTYPE " + root + " [<!ENTITY xxe SYSTEM \"" + secretFile.toUri() + "\">]>",
        "xxe-http", "<!DOCTYPE " + root + " SYSTEM \"" + http() + "\" [<!ENTITY % p SYSTEM \"" + http() + "\"> %p; <!ENTITY xxe SYSTEM \"" + http() + "\">]>",
        "billion-laughs", lol.toString());
  }

  /** Documents of each XML evidence format, with {@code ENT} where the entity goes. */
  static Map<String, String[]> shapes() {
    String event = "<Event xmlns=\"http://schemas.microsoft.com/win/2004/08/events/event\"><System><EventID>4625</EventID>"
        + "<TimeCreated SystemTime=\"2026-11-19T01:02:03Z\"/><Computer>colo-win-1</Computer></System><EventData>"
        + "<Data Name=\"TargetUserName\">ENT</Data><Data Name=\"IpAddress\">10.0.0.1</Data></EventData></Event>";
    return Map.of(
        "windows-events", new String[] {"Events", "security.xml", "<Events>" + event + "</Events>"},
        "nessus", new String[] {"NessusClientData_v2", "scan.nessus",
            "<NessusClientData_v2><Report name=\"r\"><ReportHost name=\"10.20.1.11\"><HostProperties><tag name=\"host-ip\">10.20.1.11</tag></HostProperties>"
                + "<ReportItem port=\"22\" protocol=\"tcp\" severity=\"3\" pluginID=\"1\" pluginName=\"ENT\"><plugin_output>ENT</plugin_output><cve>CVE-2024-0001</cve></ReportItem>"
                + "</ReportHost></Report></NessusClientData_v2>"},
        "openvas", new String[] {"report", "openvas.xml",
            "<report id=\"x\"><report id=\"y\"><results><result id=\"r1\"><name>ENT</name><host>10.20.1.11</host><port>22/tcp</port>"
                + "<nvt oid=\"1.3.6.1\"><name>ENT</name></nvt><severity>7.5</severity><description>ENT</description></result></results></report></report>"},
        "nmap", new String[] {"nmaprun", "nmap.xml",
            "<nmaprun scanner=\"nmap\"><host><status state=\"up\"/><address addr=\"10.20.1.11\" addrtype=\"ipv4\"/>"
                + "<hostnames><hostname name=\"ENT\"/></hostnames></host></nmaprun>"});
  }

  static byte[] document(String shape, String attack) {
    String[] s = shapes().get(shape);
    String entity = attack.equals("billion-laughs") ? "&lol9;" : "&xxe;";
    String body = s[2].replace("ENT", entity);
    return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + doctypes(s[0]).get(attack) + "\n" + body + "\n").getBytes(StandardCharsets.UTF_8);
  }

  @TestFactory
  Stream<DynamicTest> noParserResolvesEntitiesOrFetchesAnything() {
    List<DynamicTest> tests = new ArrayList<>();
    for (EvidenceParser p : ParserCatalog.standard().all()) {
      for (String shape : new TreeSet<>(shapes().keySet())) {
        for (String attack : List.of("xxe-file", "xxe-http", "billion-laughs")) {
          tests.add(DynamicTest.dynamicTest(p.format() + " given " + attack + " in " + shape, () -> check(p, shape, attack)));
        }
      }
    }
    return tests.stream();
  }

  private void check(EvidenceParser parser, String shape, String attack) throws IOException {
    int before = connections.get();
    String fileName = shapes().get(shape)[1];
    for (String kind : new TreeSet<>(parser.kinds())) {
      if (!isXmlReader(parser) && !kind.equals(new TreeSet<>(parser.kinds()).first())) continue;
      FileEntry entry = new FileEntry(fileName, kind, parser.format(), null, "colo-win-1", "colo-fw-1", null, 1);
      Path work = Files.createTempDirectory(tmp, "w");
      FuzzRun.Outcome o = FuzzRun.run(work, parser, entry, fileName, document(shape, attack), InputLimits.DEFAULT);
      assertThat(o.crashed()).as("%s crashed: %s", parser.format(), o.crash() == null ? o.context().violations : o.describe()).isFalse();
      String said = o.context().said() + "\n" + (o.stoppedWith() == null ? "" : o.stoppedWith());
      assertThat(said).as("what %s said about %s for kind %s", parser.format(), attack, kind).doesNotContain(SECRET);
      assertThat(said.length()).as("billion laughs expanded by %s", parser.format()).isLessThan(1_000_000);
      if (attack.equals("billion-laughs")) {
        assertThat(said).doesNotContain("lol".repeat(100));
      }
    }
    assertThat(connections.get() - before).as("connections %s made for %s", parser.format(), attack).isZero();
  }

  static boolean isXmlReader(EvidenceParser p) {
    return XML_FORMAT.matcher(p.format()).matches() || XML_FORMAT.matcher(p.getClass().getSimpleName().toLowerCase(Locale.ROOT)).matches();
  }

  @Test
  void anXlsxSheetWithEntitiesNeitherLeaksNorExpands() throws IOException {
    EvidenceParser xlsx = ParserCatalog.standard().all().stream().filter(p -> p.format().equals("xlsx")).findFirst().orElseThrow();
    for (String attack : List.of("xxe-file", "xxe-http", "billion-laughs")) {
      String entity = attack.equals("billion-laughs") ? "&lol9;" : "&xxe;";
      String sheet = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + doctypes("worksheet").get(attack)
          + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
          + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>人員代號</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>姓名</t></is></c><c r=\"C1\" t=\"inlineStr\"><is><t>類別</t></is></c></row>"
          + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>E001</t></is></c><c r=\"B2\" t=\"inlineStr\"><is><t>" + entity + "</t></is></c><c r=\"C2\" t=\"inlineStr\"><is><t>員工</t></is></c></row>"
          + "</sheetData></worksheet>";
      byte[] book = MiniXlsx.withSheet(sheet);
      int before = connections.get();
      FileEntry entry = new FileEntry("people.xlsx", "people", "xlsx", null, null, null, null, 1);
      FuzzRun.Outcome o = FuzzRun.run(Files.createTempDirectory(tmp, "x"), xlsx, entry, "people.xlsx", book, InputLimits.DEFAULT);
      assertThat(o.crashed()).as(o.crash() == null ? "" : o.describe()).isFalse();
      String said = o.context().said() + (o.stoppedWith() == null ? "" : o.stoppedWith());
      assertThat(said).doesNotContain(SECRET).doesNotContain("lol".repeat(100));
      assertThat(connections.get() - before).isZero();
    }
  }
}
