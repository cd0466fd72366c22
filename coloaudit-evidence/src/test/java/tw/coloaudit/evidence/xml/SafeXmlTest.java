package tw.coloaudit.evidence.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tw.coloaudit.evidence.spi.InputLimits;

class SafeXmlTest {

  @TempDir Path tmp;
  private ServerSocket server;
  private final AtomicInteger connections = new AtomicInteger();
  private Thread acceptor;

  @BeforeEach
  void listen() throws IOException {
    server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
    server.setSoTimeout(100);
    acceptor = new Thread(() -> {
      while (!server.isClosed()) {
        try (var s = server.accept()) {
          connections.incrementAndGet();
        } catch (SocketTimeoutException e) {
          // poll again
        } catch (IOException e) {
          return;
        }
      }
    });
    acceptor.setDaemon(true);
    acceptor.start();
  }

  @AfterEach
  void close() throws Exception {
    server.close();
    acceptor.join(2000);
  }

  private String url() {
    return "http://127.0.0.1:" + server.getLocalPort() + "/x.dtd";
  }

  /** Every text and attribute the reader hands out, until the end or an error. */
  private static String readAll(String xml, InputLimits limits) throws XMLStreamException {
    XMLStreamReader r = SafeXml.reader(new StringReader(xml), limits);
    StringBuilder seen = new StringBuilder();
    while (r.hasNext()) {
      int e = r.next();
      if (e == XMLStreamConstants.CHARACTERS || e == XMLStreamConstants.CDATA) seen.append(r.getText());
      if (e == XMLStreamConstants.ENTITY_REFERENCE) seen.append("&").append(r.getLocalName()).append(";");
      if (e == XMLStreamConstants.START_ELEMENT) {
        for (int i = 0; i < r.getAttributeCount(); i++) seen.append(r.getAttributeValue(i));
      }
    }
    return seen.toString();
  }

  @Test
  void isTheJdksOwnImplementationWithDtdsAndExternalEntitiesOff() {
    XMLInputFactory f = SafeXml.inputFactory(InputLimits.DEFAULT);
    assertThat(f.getClass().getName()).startsWith("com.sun.xml.internal.stream");
    assertThat(f.getProperty(XMLInputFactory.SUPPORT_DTD)).isEqualTo(false);
    assertThat(f.getProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES)).isEqualTo(false);
  }

  @Test
  void neverReadsALocalFileThroughAnExternalEntity() throws Exception {
    Path secret = tmp.resolve("secret.txt");
    Files.writeString(secret, "TOP-SECRET-7731", StandardCharsets.UTF_8);
    String xml = "<?xml version=\"1.0\"?><!DOCTYPE Events [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>"
        + "<Events><Event><Data Name=\"TargetUserName\">&xxe;</Data></Event></Events>";
    String seen;
    try {
      seen = readAll(xml, InputLimits.DEFAULT);
    } catch (XMLStreamException e) {
      seen = e.getMessage();
    }
    assertThat(seen).doesNotContain("TOP-SECRET-7731");
  }

  @Test
  void neverFetchesAnExternalDtdOrParameterEntity() {
    String xml = "<?xml version=\"1.0\"?><!DOCTYPE NessusClientData_v2 SYSTEM \"" + url() + "\" [<!ENTITY % p SYSTEM \"" + url()
        + "\"> %p;]><NessusClientData_v2><Report/></NessusClientData_v2>";
    try {
      readAll(xml, InputLimits.DEFAULT);
    } catch (XMLStreamException e) {
      // refusing is fine; fetching is not
    }
    assertThat(connections.get()).as("connections made to fetch a DTD").isZero();
  }

  @Test
  void refusesBillionLaughsWithoutExpandingThem() {
    StringBuilder dtd = new StringBuilder("<!DOCTYPE nmaprun [<!ENTITY lol0 \"lol\">");
    for (int i = 1; i <= 9; i++) {
      dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
    }
    dtd.append("]>");
    String xml = "<?xml version=\"1.0\"?>" + dtd + "<nmaprun><host>&lol9;</host></nmaprun>";
    String seen;
    try {
      seen = readAll(xml, InputLimits.DEFAULT);
    } catch (XMLStreamException e) {
      seen = "";
    }
    assertThat(seen.length()).isLessThan(1000);
  }

  @Test
  void stopsAtTheDepthLimit() {
    InputLimits shallow = InputLimits.DEFAULT.with("max-xml-depth", "20");
    String deep = "<a>".repeat(25) + "</a>".repeat(25);
    assertThatThrownBy(() -> readAll(deep, shallow)).isInstanceOf(XMLStreamException.class);
    String fine = "<a>".repeat(15) + "x" + "</a>".repeat(15);
    org.junit.jupiter.api.Assertions.assertDoesNotThrow(() -> readAll(fine, shallow));
  }

  @Test
  void readsOrdinaryEvidenceXmlWithCharacterReferencesAndCdata() throws Exception {
    String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><report><result id=\"r1\">a &amp; b &#x4E2D;<![CDATA[<x>]]></result></report>";
    assertThat(readAll(xml, InputLimits.DEFAULT)).contains("r1").contains("&").contains("中").contains("<x>");
  }
}
