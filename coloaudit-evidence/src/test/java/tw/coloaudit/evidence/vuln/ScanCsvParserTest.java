package tw.coloaudit.evidence.vuln;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tw.coloaudit.model.vuln.ScanFinding;
import tw.coloaudit.model.vuln.ScanHost;
import tw.coloaudit.model.vuln.ScanSeverity;

class ScanCsvParserTest {

  private final ScanCsvParser parser = new ScanCsvParser();

  static final String CSV = """
      host,scanned_on,finding,severity,cve,name
      10.20.1.21,2026-06-15,157288,high,CVE-2022-0778,OpenSSL Infinite Loop
      10.20.1.21,2026-06-15,CVE-2021-44228,critical,,Log4Shell
      10.20.1.21,2026-06-15,,,CVE-2023-44487 CVE-2023-4863,from cves only
      10.20.1.21,2026-06-15,10287,info,,Traceroute
      colo-win-1,115/06/15,42873,7.5,,score
      10.20.1.51,2026/6/20,,,,
      10.20.1.21,someday,1,high,,bad date
      ,2026-06-15,1,high,,no host
      10.20.1.21,2026-06-15,2,,,no severity
      10.20.1.21,2026-06-15,3,urgent-ish,,bad severity
      """;

  @Test
  void readsEveryRowOnceAndSkipsInformationalFindings() {
    ScanContext r = ScanContext.parse(parser, ScanInput.of("scans/q2.csv", CSV));

    assertThat(r.counts()).isEqualTo("4 used, 1 skipped, 5 rejected");
    assertThat(r.rejects()).containsOnlyKeys(4, 8, 9, 10, 11);
    assertThat(r.rejects().get(4)).contains("severity").contains("blank");
    assertThat(r.rejects().get(8)).contains("scanned_on");
    assertThat(r.rejects().get(9)).contains("host");
    assertThat(r.rejects().get(11)).contains("urgent-ish");
    assertThat(r.rejectsZh().get(4)).isEqualTo("弱點 CVE-2023-44487 的欄位 severity（風險等級）空白");
    assertThat(r.rejectsZh().get(8)).isEqualTo("欄位 scanned_on（掃描日期）：無法將 'someday' 讀為日期時間");
    assertThat(r.rejectsZh().get(9)).isEqualTo("欄位 host（主機）空白，且清單項目未指明系統");
    assertThat(r.rejectsZh().get(11)).startsWith("欄位 severity（風險等級）：無法讀取 'urgent-ish'（應為 ");
  }

  @Test
  void readsFindingsWithTheirSeverityCvesAndDates() {
    ScanContext r = ScanContext.parse(parser, ScanInput.of("scans/q2.csv", CSV));

    List<ScanFinding> f = r.records(ScanFinding.class);
    assertThat(f).extracting(ScanFinding::plugin).containsExactly("157288", "CVE-2021-44228", "42873");
    assertThat(f).extracting(ScanFinding::severity).containsExactly(ScanSeverity.HIGH, ScanSeverity.CRITICAL, ScanSeverity.HIGH);
    assertThat(f.get(0).cves()).containsExactly("CVE-2022-0778");
    assertThat(f.get(0).host().start()).isEqualTo(Instant.parse("2026-06-14T16:00:00Z"));
    assertThat(f.get(2).host().names()).containsExactly("colo-win-1");
    assertThat(f.get(2).host().start()).as("ROC date").isEqualTo(Instant.parse("2026-06-14T16:00:00Z"));
  }

  @Test
  void recordsAScanThatFoundNothingAsAScannedHost() {
    ScanContext r = ScanContext.parse(parser, ScanInput.of("scans/q2.csv", CSV));

    List<ScanHost> hosts = r.records(ScanHost.class);
    assertThat(hosts).extracting(ScanHost::label).containsExactly("10.20.1.21", "colo-win-1", "10.20.1.51");
    assertThat(hosts.get(2).source().line()).isEqualTo(7);
    assertThat(r.records(ScanFinding.class)).extracting(ScanFinding::host).doesNotContain(hosts.get(2));
  }

  @Test
  void readsChineseHeadersAndWindowsLineEndings() {
    String zh = "主機,掃描日期,弱點,風險等級,CVE\r\n10.20.1.41,2026-06-15,19506,高,\r\n10.20.1.41,2026-06-15,19507,中,\r\n";
    ScanContext r = ScanContext.parse(parser, ScanInput.of("scans/zh.csv", zh));

    assertThat(r.counts()).isEqualTo("2 used, 0 skipped, 0 rejected");
    assertThat(r.records(ScanFinding.class)).extracting(ScanFinding::severity).containsExactly(ScanSeverity.HIGH, ScanSeverity.MEDIUM);
    assertThat(r.records(ScanHost.class)).hasSize(1);
  }

  @Test
  void rejectsEveryRowWhenTheHeaderLacksTheScanDate() {
    ScanContext r = ScanContext.parse(parser, ScanInput.of("scans/x.csv", "host,finding,severity\n10.0.0.1,1,high\n10.0.0.2,2,low\n"));

    assertThat(r.counts()).isEqualTo("0 used, 0 skipped, 2 rejected");
    assertThat(r.rejects().get(2)).contains("scanned_on");
    assertThat(r.rejectsZh().get(2)).isEqualTo("標頭（第 1 行）缺少欄位 scanned_on（掃描日期）");
  }

  @Test
  void usesTheManifestSystemWhenTheFileHasNoHostColumn() {
    ScanContext r = ScanContext.parse(parser, ScanInput.of("scans/gw.csv", "scanned_on,finding,severity\n2026-06-15,1,high\n"), "colo-gw-1");

    assertThat(r.counts()).isEqualTo("1 used, 0 skipped, 0 rejected");
    assertThat(r.records(ScanHost.class).get(0).declared()).isEqualTo("colo-gw-1");
  }

  @Test
  void probesTheHeader() {
    assertThat(parser.probe(ScanContext.sample(ScanInput.of("a.csv", CSV)))).isTrue();
    assertThat(parser.probe(ScanContext.sample(ScanInput.of("a.csv", "host,finding,decision\n")))).isFalse();
    assertThat(parser.probe(ScanContext.sample(ScanInput.of("a.xml", OpenVasXmlScanParserTest.REPORT)))).isFalse();
  }
}
