package tw.coloaudit.evidence.vuln;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tw.coloaudit.model.vuln.ScanFinding;
import tw.coloaudit.model.vuln.ScanHost;
import tw.coloaudit.model.vuln.ScanSeverity;

class OpenVasXmlScanParserTest {

  private final OpenVasXmlScanParser parser = new OpenVasXmlScanParser();

  // A GMP 22 export: results first, then the per-host blocks with their own start and end.
  static final String REPORT = """
      <report id="r1" format_id="a994b278-1f62-11e1-96ac-406186ea4fc5" extension="xml" content_type="text/xml">
      <name>2026-05-12T09:00:00+08:00</name>
      <report id="r1"><gmp><version>22.6</version></gmp>
      <timestamp>2026-05-12T09:00:00+08:00</timestamp>
      <scan_start>2026-05-12T09:01:00+08:00</scan_start>
      <ports><port>22/tcp<host>10.20.1.41</host><severity>7.5</severity><threat>High</threat></port></ports>
      <results max="-1" start="1">
      <result id="a"><name>OpenSSH regreSSHion</name><host>10.20.1.41<asset asset_id="x"/><hostname>colo-db-1</hostname></host><port>22/tcp</port>
      <nvt oid="1.3.6.1.4.1.25623.1.0.114672"><type>nvt</type><name>OpenSSH RCE (regreSSHion)</name><refs><ref type="cve" id="CVE-2024-6387"/><ref type="url" id="https://example"/></refs></nvt>
      <threat>High</threat><severity>8.1</severity>
      <overrides><override><nvt oid="9.9.9"><name>not this one</name></nvt><threat>Low</threat></override></overrides></result>
      <result id="b"><host>10.20.1.41</host><port>general/tcp</port><nvt oid="1.3.6.1.4.1.25623.1.0.108440"><name>OS detection</name></nvt><threat>Log</threat><severity>0.0</severity></result>
      <result id="c"><host>10.20.1.41</host><port>443/tcp</port><nvt oid="1.3.6.1.4.1.25623.1.0.117274"><name>TLS 1.0</name><cve>NOCVE</cve></nvt><threat>False Positive</threat><severity>-1.0</severity></result>
      <result id="d"><host>10.20.1.99</host><port>80/tcp</port><nvt oid="1.3.6.1.4.1.25623.1.0.1"><name>old style</name><cve>CVE-2011-3192, CVE-2011-3389</cve></nvt><threat></threat><severity>5.0</severity></result>
      <result id="e"><host>10.20.1.99</host><nvt><name>no oid</name></nvt><threat>High</threat></result>
      <result id="f"><host>10.20.1.99</host><nvt oid="1.3.6.1.4.1.25623.1.0.2"/><threat>Bogus</threat><severity>n/a</severity></result>
      </results>
      <host><ip>10.20.1.41</ip><asset asset_id="x"/><start>2026-05-12T09:02:00+08:00</start><end>2026-05-12T10:15:00+08:00</end>
      <detail><name>hostname</name><value>colo-db-1.colo.example.com.tw</value></detail></host>
      <scan_end>2026-05-12T11:00:00+08:00</scan_end>
      </report>
      </report>
      """;

  @Test
  void readsEveryResultOnceAndSkipsLogAndFalsePositiveResults() {
    ScanContext r = ScanContext.parse(parser, ScanInput.of("scans/gvm.xml", REPORT));

    assertThat(r.counts()).isEqualTo("2 used, 2 skipped, 2 rejected");
    assertThat(r.rejects()).containsOnlyKeys(15, 16);
    assertThat(r.rejects().get(15)).contains("neither an NVT OID nor a CVE");
    assertThat(r.rejects().get(16)).contains("no readable threat or severity");
    assertThat(r.rejectsZh().get(15)).isEqualTo("此 result 既無 NVT OID 也無 CVE，無法識別此弱點");
    assertThat(r.rejectsZh().get(16)).isEqualTo("此 result 沒有可讀取的 threat 或 severity（threat 'Bogus'，severity 'n/a'）");
  }

  @Test
  void warnsInChineseOfAScanTimeItCannotRead() {
    String bad = REPORT.replace("<scan_start>2026-05-12T09:01:00+08:00</scan_start>", "<scan_start>2026-05-12 25:01</scan_start>");
    ScanContext r = ScanContext.parse(parser, ScanInput.of("scans/gvm.xml", bad));

    assertThat(r.counts()).isEqualTo("2 used, 2 skipped, 2 rejected");
    assertThat(r.warningMessages()).singleElement().asString().contains("'2026-05-12 25:01'");
    assertThat(r.warningsZh()).containsExactly("無法將 '2026-05-12 25:01' 讀為日期時間");
  }

  @Test
  void takesTheOidThreatAndCvesOfTheResultNotOfItsOverrides() {
    ScanContext r = ScanContext.parse(parser, ScanInput.of("scans/gvm.xml", REPORT));

    List<ScanFinding> f = r.records(ScanFinding.class);
    assertThat(f).extracting(ScanFinding::plugin).containsExactly("1.3.6.1.4.1.25623.1.0.114672", "1.3.6.1.4.1.25623.1.0.1");
    assertThat(f.get(0).severity()).isEqualTo(ScanSeverity.HIGH);
    assertThat(f.get(0).cves()).containsExactly("CVE-2024-6387");
    assertThat(f.get(0).name()).isEqualTo("OpenSSH regreSSHion");
    assertThat(f.get(0).port()).isEqualTo("22/tcp");
    assertThat(f.get(0).source().line()).isEqualTo(8);
    assertThat(f.get(1).severity()).as("blank threat: the score 5.0 decides").isEqualTo(ScanSeverity.MEDIUM);
    assertThat(f.get(1).cves()).containsExactly("CVE-2011-3192", "CVE-2011-3389");
  }

  @Test
  void datesAHostByItsOwnBlockElseByTheScanStartAndEnd() {
    ScanContext r = ScanContext.parse(parser, ScanInput.of("scans/gvm.xml", REPORT));

    List<ScanHost> hosts = r.records(ScanHost.class);
    assertThat(hosts).extracting(ScanHost::ip).containsExactly("10.20.1.41", "10.20.1.99");
    assertThat(hosts.get(0).start()).isEqualTo(Instant.parse("2026-05-12T01:02:00Z"));
    assertThat(hosts.get(0).names()).containsExactly("colo-db-1.colo.example.com.tw", "colo-db-1");
    assertThat(hosts.get(0).source().line()).isEqualTo(18);
    assertThat(hosts.get(1).start()).isEqualTo(Instant.parse("2026-05-12T01:01:00Z"));
    assertThat(hosts.get(1).end()).isEqualTo(Instant.parse("2026-05-12T03:00:00Z"));
  }

  @Test
  void readsTheSameWithWindowsLineEndings() {
    ScanContext r = ScanContext.parse(parser, ScanInput.of("scans/gvm.xml", REPORT.replace("\n", "\r\n")));

    assertThat(r.counts()).isEqualTo("2 used, 2 skipped, 2 rejected");
  }

  @Test
  void rejectsAResultWhenTheReportGivesNoScanTime() {
    String undated = REPORT.replaceAll("<timestamp>.*</timestamp>|<scan_start>.*</scan_start>|<scan_end>.*</scan_end>", "");
    ScanContext r = ScanContext.parse(parser, ScanInput.of("scans/gvm.xml", undated));

    assertThat(r.rejects().get(14)).contains("10.20.1.99").contains("scan date is unknown");
    assertThat(r.rejectsZh().get(14))
        .isEqualTo("報告沒有 scan_start、scan_end 或 timestamp，主機 10.20.1.99 也沒有 start 或 end：無法得知掃描日期");
    assertThat(r.records(ScanHost.class)).extracting(ScanHost::ip).containsExactly("10.20.1.41");
  }

  @Test
  void refusesAnExternalEntityWithoutReadingIt() {
    String xxe = """
        <?xml version="1.0"?>
        <!DOCTYPE report [ <!ENTITY xxe SYSTEM "file:///etc/hostname"> ]>
        <report format_id="a994b278"><report><scan_start>2026-05-12T09:01:00+08:00</scan_start><results>
        <result><host>&xxe;</host><nvt oid="1"/><threat>High</threat></result></results></report></report>
        """;
    ScanContext r = ScanContext.parse(parser, ScanInput.of("scans/xxe.xml", xxe));

    assertThat(r.records(Object.class)).isEmpty();
    assertThat(r.counts()).isEqualTo("0 used, 0 skipped, 1 rejected");
    assertThat(r.rejects().get(2)).contains("DOCTYPE");
  }

  @Test
  void refusesABillionLaughsWithoutExpandingIt() {
    String bomb = """
        <?xml version="1.0"?>
        <!DOCTYPE report [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
        <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">]>
        <report><report><results><result><host>&f;</host></result></results></report></report>
        """;
    ScanContext r = ScanContext.parse(parser, ScanInput.of("scans/lol.xml", bomb));

    assertThat(r.records(Object.class)).isEmpty();
    assertThat(r.counts()).isEqualTo("0 used, 0 skipped, 1 rejected");
    assertThat(r.rejects().values()).singleElement().asString().contains("DOCTYPE");
  }

  @Test
  void rejectsMalformedXmlAtItsLine() {
    String broken = REPORT.replace("<threat>Log</threat>", "<threat>Log</thret>");
    ScanContext r = ScanContext.parse(parser, ScanInput.of("scans/bad.xml", broken));

    assertThat(r.count("used")).isZero();
    assertThat(r.rejects()).containsKeys(8, 12);
    assertThat(r.rejects().get(12)).contains("malformed");
  }

  @Test
  void probesReportsButNotOtherXml() {
    assertThat(parser.probe(ScanContext.sample(ScanInput.of("a.xml", REPORT)))).isTrue();
    assertThat(parser.probe(ScanContext.sample(ScanInput.of("a.xml", NessusXmlScanParserTest.REPORT)))).isFalse();
    assertThat(parser.probe(ScanContext.sample(ScanInput.of("a.xml", "<nmaprun><host/></nmaprun>")))).isFalse();
  }
}
