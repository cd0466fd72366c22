package tw.coloaudit.evidence.colo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tw.coloaudit.evidence.pack.EvidenceFile;
import tw.coloaudit.evidence.register.CollectingContext;
import tw.coloaudit.evidence.spi.Sample;
import tw.coloaudit.model.Provenance;
import tw.coloaudit.model.colo.DiscoveredDevice;

class NmapXmlDiscoveryParserTest {

  @TempDir Path tmp;

  private final NmapXmlDiscoveryParser parser = new NmapXmlDiscoveryParser();

  private CollectingContext parse(String name, byte[] bytes) throws IOException {
    EvidenceFile f = ColoTestFiles.file(tmp, name, bytes, "rack-discovery");
    CollectingContext ctx = new CollectingContext(name, null);
    parser.parse(f, ctx);
    return ctx;
  }

  private CollectingContext parse(String name, String xml) throws IOException {
    return parse(name, xml.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void readsAPingSweepCountingEveryHostOnceAndPassingOverHostHints() throws IOException {
    CollectingContext ctx = parse("scan/nmap-ping-sweep.xml", ColoTestFiles.resource("/colo/nmap-ping-sweep.xml"));

    assertThat(ctx.usedLines()).containsExactly(19, 27);
    assertThat(ctx.skippedLines()).containsExactly(16, 36);
    assertThat(ctx.rejects()).isEmpty();
    assertThat(ctx.numberedWarnings()).isEmpty();
    List<DiscoveredDevice> seen = ctx.records(DiscoveredDevice.class);
    assertThat(seen).containsExactly(
        new DiscoveredDevice("10.20.1.11", "94:40:C9:3A:11:0B", "colo-gw-1.colo.example.com.tw", null,
            Instant.parse("2026-11-05T02:00:03Z"), Provenance.line("scan/nmap-ping-sweep.xml", 19)),
        new DiscoveredDevice("10.20.1.12", "3C:EC:EF:41:9A:70", "md-feed-1", null,
            Instant.parse("2026-11-05T02:00:03Z"), Provenance.line("scan/nmap-ping-sweep.xml", 27)));
  }

  @Test
  void readsAPortScanOfAnIpv6HostSeenAtItsEndTime() throws IOException {
    CollectingContext ctx = parse("nmap-port-scan.xml", ColoTestFiles.resource("/colo/nmap-port-scan.xml"));

    assertThat(ctx.total()).isEqualTo(1);
    DiscoveredDevice d = ctx.records(DiscoveredDevice.class).get(0);
    assertThat(d.ip()).isEqualTo("fd00:20:1::11");
    assertThat(d.mac()).isNull();
    assertThat(d.hostname()).isNull();
    assertThat(d.seenAt()).isEqualTo(Instant.ofEpochSecond(1793931399L));
  }

  @Test
  void readsCrlfLineEndingsWithTheSameLines() throws IOException {
    String lf = new String(ColoTestFiles.resource("/colo/nmap-ping-sweep.xml"), StandardCharsets.UTF_8);
    CollectingContext ctx = parse("crlf.xml", lf.replace("\n", "\r\n"));

    assertThat(ctx.usedLines()).containsExactly(19, 27);
    assertThat(ctx.skippedLines()).containsExactly(16, 36);
  }

  @Test
  void rejectsAHostWithoutAnIpAddress() throws IOException {
    CollectingContext ctx = parse("mac-only.xml", """
        <nmaprun scanner="nmap" start="1793844003">
        <host><status state="up" reason="user-set"/>
        <address addr="00:50:56:AB:00:01" addrtype="mac"/>
        </host>
        </nmaprun>
        """);

    assertThat(ctx.rejects()).containsExactly(java.util.Map.entry(2, "the host has no IPv4 or IPv6 address"));
    assertThat(ctx.rejectsZh()).containsExactly(java.util.Map.entry(2, "此主機沒有 IPv4 或 IPv6 位址"));
  }

  @Test
  void tellsInChineseThatAFileIsNotAnNmapReport() throws IOException {
    CollectingContext other = parse("other.xml", "<report><host/></report>\n");
    assertThat(other.numberedWarningsZh()).singleElement().asString().contains("不是 nmap XML 報告");
  }

  @Test
  void keepsWhatWasReadFromAScanCutShortAndRejectsTheHostItStoppedIn() throws IOException {
    CollectingContext ctx = parse("cut.xml", """
        <?xml version="1.0" encoding="UTF-8"?>
        <nmaprun scanner="nmap" start="1793844003">
        <host><status state="up"/><address addr="10.0.0.1" addrtype="ipv4"/></host>
        <host><status state="up"/><address addr="10.0.0.2" addrtype="ipv4"/>
        """);

    assertThat(ctx.usedLines()).containsExactly(3);
    assertThat(ctx.rejects()).containsOnlyKeys(4);
    assertThat(ctx.rejects().get(4)).startsWith("malformed XML");
    // The XML parser's own message is English: the Chinese says what could not be read instead.
    assertThat(ctx.rejectsZh().get(4)).startsWith("XML 格式錯誤").doesNotContain("entity");
  }

  @Test
  void neverReadsExternalEntitiesOrExpandsDeclaredOnes() throws IOException {
    Path secret = tmp.resolve("secret.txt");
    Files.writeString(secret, "TOP-SECRET");
    CollectingContext ctx = parse("xxe.xml", """
        <?xml version="1.0"?>
        <!DOCTYPE nmaprun [
          <!ENTITY xxe SYSTEM "%s">
          <!ENTITY lol "lol">
        ]>
        <nmaprun scanner="nmap" start="1793844003">
        <host><status state="up"/><address addr="10.0.0.1" addrtype="ipv4"/>
        <hostnames><hostname name="&xxe;&lol;" type="user"/></hostnames></host>
        </nmaprun>
        """.formatted(secret.toUri()));

    assertThat(ctx.records(DiscoveredDevice.class)).noneMatch(d -> String.valueOf(d.hostname()).contains("TOP-SECRET"));
    assertThat(ctx.records(DiscoveredDevice.class)).noneMatch(d -> String.valueOf(d.hostname()).contains("lol"));
    assertThat(ctx.total()).isEqualTo(1);
  }

  @Test
  void warnsAboutAFileThatIsNotAnNmapReport() throws IOException {
    CollectingContext ctx = parse("other.xml", "<report><host/></report>\n");

    assertThat(ctx.numberedWarnings()).singleElement().satisfies(w -> assertThat(w).contains("not an nmap XML report"));
  }

  @Test
  void probesNmapReportsOnly() {
    assertThat(parser.probe(new Sample("scan.xml", new byte[0], List.of("<?xml version=\"1.0\"?>", "<!DOCTYPE nmaprun>")))).isTrue();
    assertThat(parser.probe(new Sample("scan.xml", new byte[0], List.of("<NessusClientData_v2>")))).isFalse();
    assertThat(parser.probe(new Sample("rack.csv", new byte[0], List.of("ip,mac,hostname")))).isFalse();
  }

  @Test
  void refusesEveryRealThirdPartyFileNoneOfWhichIsAnNmapReport() throws IOException {
    Path realdata = Path.of(System.getProperty("coloaudit.realdata", "../../shared/realdata"));
    Assumptions.assumeTrue(Files.isDirectory(realdata), realdata + " not found: skipping the real-data check");
    // The real-data folder holds no nmap report (SOURCES.md); the probe must not claim any of its files.
    List<Path> files;
    try (Stream<Path> s = Files.walk(realdata)) {
      files = s.filter(Files::isRegularFile).sorted().toList();
    }
    assertThat(files).isNotEmpty();
    for (Path f : files) {
      byte[] head;
      try (var in = Files.newInputStream(f)) {
        head = in.readNBytes(4096);
      }
      List<String> lines = new String(head, StandardCharsets.ISO_8859_1).lines().limit(20).toList();
      assertThat(parser.probe(new Sample(f.getFileName().toString(), head, lines))).as(f.toString()).isFalse();
    }
  }
}
