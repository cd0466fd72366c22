package tw.coloaudit.evidence.vuln;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tw.coloaudit.evidence.spi.EvidenceParser;
import tw.coloaudit.model.vuln.ScanFinding;
import tw.coloaudit.model.vuln.ScanHost;
import tw.coloaudit.model.vuln.ScanSeverity;

/** Every third-party Nessus and OpenVAS report of the shared realdata, read in place, with golden counts. */
class RealScanFilesTest {

  /** Golden counts of every file: used, skipped, rejected, hosts. */
  private static final Map<String, String> GOLDEN = Map.of(
      "nessus/defectdojo_nessus_many_vuln.nessus", "0 used, 7 skipped, 0 rejected; 1 hosts",
      "nessus/defectdojo_nessus_v_unknown.nessus", "30 used, 266 skipped, 0 rejected; 7 hosts",
      "nessus/defectdojo_nessus_with_cvssv3.nessus", "26 used, 23 skipped, 0 rejected; 1 hosts",
      "openvas/defectdojo_openvas_many_vuln.xml", "44 used, 0 skipped, 0 rejected; 1 hosts",
      "openvas/defectdojo_openvas_report_detail_v2.xml", "1 used, 0 skipped, 0 rejected; 1 hosts");

  private Path dir;

  @BeforeEach
  void realdata() {
    String prop = System.getProperty("coloaudit.realdata");
    dir = prop != null ? Path.of(prop) : Path.of("../../shared/realdata");
    Assumptions.assumeTrue(Files.isDirectory(dir.resolve("nessus")), "…/realdata/nessus not found: skipping real-file tests");
  }

  private ScanContext parse(EvidenceParser parser, String path) throws IOException {
    ScanInput input = ScanInput.of(dir.resolve(path), path);
    assertThat(parser.probe(ScanContext.sample(input))).as("probe of " + path).isTrue();
    return ScanContext.parse(parser, input);
  }

  @Test
  void readsEveryScanReportOfTheRealdataWithGoldenCounts() throws IOException {
    TreeSet<String> files = new TreeSet<>();
    for (String folder : List.of("nessus", "openvas")) {
      try (Stream<Path> s = Files.list(dir.resolve(folder))) {
        s.filter(Files::isRegularFile).forEach(p -> files.add(folder + "/" + p.getFileName()));
      }
    }
    assertThat(files).as("every scan report has golden counts").isEqualTo(new TreeSet<>(GOLDEN.keySet()));
    for (String f : files) {
      EvidenceParser parser = f.startsWith("nessus/") ? new NessusXmlScanParser() : new OpenVasXmlScanParser();
      ScanContext r = parse(parser, f);
      assertThat(r.counts() + "; " + r.records(ScanHost.class).size() + " hosts").as(f).isEqualTo(GOLDEN.get(f));
      assertThat(r.warningMessages()).as(f + " warnings").isEmpty();
    }
  }

  @Test
  void readsTheSevenHostsOfTheInternalNessusScan() throws IOException {
    ScanContext r = parse(new NessusXmlScanParser(), "nessus/defectdojo_nessus_v_unknown.nessus");

    List<ScanHost> hosts = r.records(ScanHost.class);
    assertThat(hosts).extracting(ScanHost::ip)
        .containsExactly("10.31.112.29", "10.31.112.26", "10.31.112.25", "10.31.112.24", "10.31.112.23", "10.31.112.22", "10.31.112.21");
    assertThat(hosts.get(0).names()).containsExactly("qa3app09", "QA3APP09");
    // Mon Jul  1 11:33:11 2013, read in the manifest zone (Asia/Taipei) as the file carries none.
    assertThat(hosts.get(0).start()).isEqualTo(Instant.parse("2013-07-01T03:33:11Z"));
    assertThat(hosts.get(0).end()).isEqualTo(Instant.parse("2013-07-01T03:40:48Z"));
    Map<ScanSeverity, Long> bySeverity =
        r.records(ScanFinding.class).stream().collect(Collectors.groupingBy(ScanFinding::severity, Collectors.counting()));
    assertThat(bySeverity).isEqualTo(Map.of(ScanSeverity.MEDIUM, 23L, ScanSeverity.LOW, 7L));
  }

  @Test
  void readsTheCriticalAndHighFindingsOfTheCvssV3NessusScan() throws IOException {
    ScanContext r = parse(new NessusXmlScanParser(), "nessus/defectdojo_nessus_with_cvssv3.nessus");

    ScanHost host = r.records(ScanHost.class).get(0);
    assertThat(host.ip()).isEqualTo("44.228.249.3");
    assertThat(host.names()).containsExactly("testphp.vulnweb.com");
    assertThat(host.start()).as("HOST_START_TIMESTAMP wins").isEqualTo(Instant.ofEpochSecond(1648042311L));
    List<ScanFinding> f = r.records(ScanFinding.class);
    assertThat(f.stream().filter(x -> x.severity() == ScanSeverity.CRITICAL)).extracting(ScanFinding::plugin).containsExactly("58987", "58987");
    assertThat(f.stream().filter(x -> x.severity() == ScanSeverity.HIGH)).hasSize(10);
    ScanFinding cgi = f.stream().filter(x -> x.plugin().equals("58988")).findFirst().orElseThrow();
    assertThat(cgi.cves()).containsExactly("CVE-2012-1823");
    assertThat(cgi.port()).isEqualTo("80/tcp");
    assertThat(f.stream().mapToInt(x -> x.cves().size()).sum()).as("the 138 CVEs of the file less one on an informational item").isEqualTo(137);
  }

  @Test
  void readsTheMetasploitableOpenVasScan() throws IOException {
    ScanContext r = parse(new OpenVasXmlScanParser(), "openvas/defectdojo_openvas_many_vuln.xml");

    ScanHost host = r.records(ScanHost.class).get(0);
    assertThat(host.ip()).as("the anonymised address is kept as written").isEqualTo("192.168.1.1001");
    assertThat(host.label()).isEqualTo("192.168.1.1001");
    assertThat(host.start()).isEqualTo(Instant.parse("2023-09-26T10:50:34Z"));
    assertThat(host.end()).isEqualTo(Instant.parse("2023-09-26T13:04:00Z"));
    List<ScanFinding> f = r.records(ScanFinding.class);
    assertThat(f.stream().filter(x -> x.severity() == ScanSeverity.HIGH)).hasSize(19);
    assertThat(f.stream().filter(x -> x.severity() == ScanSeverity.MEDIUM)).hasSize(25);
    assertThat(f).anySatisfy(x -> {
      assertThat(x.plugin()).isEqualTo("1.3.6.1.4.1.25623.1.0.103553");
      assertThat(x.port()).isEqualTo("3632/tcp");
    });
  }

  @Test
  void readsTheGreenbone22Result() throws IOException {
    ScanContext r = parse(new OpenVasXmlScanParser(), "openvas/defectdojo_openvas_report_detail_v2.xml");

    ScanHost host = r.records(ScanHost.class).get(0);
    assertThat(host.ip()).isEqualTo("10.99.99.99");
    assertThat(host.names()).containsExactly("server99");
    assertThat(host.start()).isEqualTo(Instant.parse("2025-08-22T13:01:38Z"));
    ScanFinding f = r.records(ScanFinding.class).get(0);
    assertThat(f.plugin()).isEqualTo("1.3.6.1.4.1.25623.1.0.836484");
    assertThat(f.severity()).isEqualTo(ScanSeverity.HIGH);
    assertThat(f.cves()).hasSize(93).startsWith("CVE-2025-49659").contains("CVE-2025-49757");
  }
}
