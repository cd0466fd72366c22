package tw.coloaudit.evidence.vuln;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tw.coloaudit.model.vuln.ScanFinding;
import tw.coloaudit.model.vuln.ScanHost;
import tw.coloaudit.model.vuln.ScanSeverity;

class NessusXmlScanParserTest {

  private final NessusXmlScanParser parser = new NessusXmlScanParser();

  // Line numbers matter: each ReportItem starts on its own line.
  static final String REPORT = """
      <?xml version="1.0" ?>
      <NessusClientData_v2>
      <Policy><policyName>季度弱點掃描</policyName></Policy>
      <Report name="2026Q3 colo" xmlns:cm="http://www.nessus.org/cm">
      <ReportHost name="10.20.1.11"><HostProperties>
      <tag name="HOST_END">Tue Aug  4 10:40:02 2026</tag>
      <tag name="host-ip">10.20.1.11</tag>
      <tag name="host-fqdn">colo-gw-1.colo.example.com.tw</tag>
      <tag name="HOST_START">Tue Aug  4 10:02:13 2026</tag>
      </HostProperties>
      <ReportItem port="0" svc_name="general" protocol="tcp" severity="0" pluginID="19506" pluginName="Nessus Scan Information" pluginFamily="Settings">
      <risk_factor>None</risk_factor></ReportItem>
      <ReportItem port="443" svc_name="www" protocol="tcp" severity="3" pluginID="187315" pluginName="SSH Terrapin Prefix Truncation Weakness" pluginFamily="Misc.">
      <cve>CVE-2023-48795</cve><risk_factor>Medium</risk_factor><description>ignored &amp; escaped</description></ReportItem>
      <ReportItem port="22" protocol="tcp" pluginID="57582" pluginName="SSL Self-Signed Certificate" pluginFamily="General">
      <risk_factor>Medium</risk_factor></ReportItem>
      <ReportItem port="22" protocol="tcp" severity="4" pluginName="no id" pluginFamily="General">
      <cve>CVE-2024-6387</cve><cve>CVE-2024-6409</cve></ReportItem>
      <ReportItem port="22" protocol="tcp" severity="2" pluginName="nothing to name it by"></ReportItem>
      <ReportItem port="22" protocol="tcp" severity="9" pluginID="1" pluginName="bad severity"></ReportItem>
      </ReportHost>
      <ReportHost name="colo-db-1"><HostProperties>
      <tag name="HOST_START_TIMESTAMP">1785463200</tag>
      </HostProperties>
      <ReportItem port="1521" protocol="tcp" severity="1" pluginID="11111" pluginName="low one"></ReportItem>
      </ReportHost>
      <ReportHost name="10.20.9.9"><HostProperties><tag name="host-ip">10.20.9.9</tag></HostProperties>
      <ReportItem port="22" protocol="tcp" severity="3" pluginID="22222" pluginName="undated"></ReportItem>
      </ReportHost>
      </Report>
      </NessusClientData_v2>
      """;

  @Test
  void readsEveryReportItemOnceAndSkipsInformationalOnes() {
    ScanContext r = ScanContext.parse(parser, ScanInput.of("scans/q3.nessus", REPORT));

    assertThat(r.counts()).isEqualTo("4 used, 1 skipped, 3 rejected");
    assertThat(r.rejects()).containsOnlyKeys(19, 20, 28);
    assertThat(r.rejects().get(19)).contains("neither a pluginID nor a CVE");
    assertThat(r.rejects().get(20)).contains("no readable severity");
    assertThat(r.rejects().get(28)).contains("10.20.9.9").contains("scan date is unknown");
    assertThat(r.rejectsZh().get(19)).isEqualTo("ReportItem 既無 pluginID 也無 CVE，無法識別此弱點");
    assertThat(r.rejectsZh().get(20)).isEqualTo("ReportItem 沒有可讀取的風險等級（severity '9'，risk_factor 'null'）");
    assertThat(r.rejectsZh().get(28)).startsWith("ReportHost 10.20.9.9（第 27 行）").endsWith("無法得知掃描日期");
  }

  @Test
  void warnsInChineseOfAHostTimeItCannotRead() {
    String text = """
        <?xml version="1.0"?>
        <NessusClientData_v2><Report name="x">
        <ReportHost name="10.20.1.11"><HostProperties>
        <tag name="HOST_START">someday</tag>
        <tag name="HOST_END">Tue Aug  4 10:40:02 2026</tag>
        </HostProperties>
        <ReportItem port="22" protocol="tcp" severity="3" pluginID="1" pluginName="x"></ReportItem>
        </ReportHost></Report></NessusClientData_v2>
        """;
    ScanContext r = ScanContext.parse(parser, ScanInput.of("scans/t.nessus", text));

    assertThat(r.counts()).isEqualTo("1 used, 0 skipped, 0 rejected");
    assertThat(r.warningMessages()).containsExactly("HOST_START: cannot read 'someday' as a scan time");
    assertThat(r.warningsZh()).containsExactly("HOST_START：無法將 'someday' 讀為掃描時間");
  }

  @Test
  void takesTheHostNamesAndTheScanTimesFromTheHostProperties() {
    ScanContext r = ScanContext.parse(parser, ScanInput.of("scans/q3.nessus", REPORT));

    List<ScanHost> hosts = r.records(ScanHost.class);
    assertThat(hosts).hasSize(2);
    ScanHost gw = hosts.get(0);
    assertThat(gw.ip()).isEqualTo("10.20.1.11");
    assertThat(gw.names()).containsExactly("colo-gw-1.colo.example.com.tw");
    assertThat(gw.start()).isEqualTo(Instant.parse("2026-08-04T02:02:13Z"));
    assertThat(gw.end()).isEqualTo(Instant.parse("2026-08-04T02:40:02Z"));
    assertThat(gw.source().line()).isEqualTo(5);
    ScanHost db = hosts.get(1);
    assertThat(db.ip()).isNull();
    assertThat(db.names()).containsExactly("colo-db-1");
    assertThat(db.start()).isEqualTo(Instant.ofEpochSecond(1785463200L));
  }

  @Test
  void namesAFindingByItsPluginIdElseItsFirstCveAndRatesItBySeverityElseRiskFactor() {
    ScanContext r = ScanContext.parse(parser, ScanInput.of("scans/q3.nessus", REPORT));

    List<ScanFinding> f = r.records(ScanFinding.class);
    assertThat(f).extracting(ScanFinding::plugin).containsExactly("187315", "57582", "CVE-2024-6387", "11111");
    assertThat(f).extracting(ScanFinding::severity)
        .containsExactly(ScanSeverity.HIGH, ScanSeverity.MEDIUM, ScanSeverity.CRITICAL, ScanSeverity.LOW);
    assertThat(f.get(0).cves()).containsExactly("CVE-2023-48795");
    assertThat(f.get(0).port()).isEqualTo("443/tcp");
    assertThat(f.get(0).name()).isEqualTo("SSH Terrapin Prefix Truncation Weakness");
    assertThat(f.get(0).source().line()).isEqualTo(13);
    assertThat(f.get(2).cves()).containsExactly("CVE-2024-6387", "CVE-2024-6409");
  }

  @Test
  void readsTheSameWithWindowsLineEndings() {
    ScanContext r = ScanContext.parse(parser, ScanInput.of("scans/q3.nessus", REPORT.replace("\n", "\r\n")));

    assertThat(r.counts()).isEqualTo("4 used, 1 skipped, 3 rejected");
    assertThat(r.records(ScanFinding.class).get(0).source().line()).isEqualTo(13);
  }

  @Test
  void carriesTheSystemTheManifestEntryNames() {
    ScanContext r = ScanContext.parse(parser, ScanInput.of("scans/q3.nessus", REPORT), "colo-gw-1");

    assertThat(r.records(ScanHost.class)).extracting(ScanHost::declared).containsOnly("colo-gw-1");
  }

  @Test
  void refusesAnExternalEntityWithoutReadingIt() {
    String xxe = """
        <?xml version="1.0"?>
        <!DOCTYPE NessusClientData_v2 [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
        <NessusClientData_v2><Report name="x">
        <ReportHost name="&xxe;"><HostProperties><tag name="HOST_START">Tue Aug  4 10:02:13 2026</tag></HostProperties>
        <ReportItem port="22" protocol="tcp" severity="3" pluginID="1" pluginName="&xxe;"></ReportItem>
        </ReportHost></Report></NessusClientData_v2>
        """;
    ScanContext r = ScanContext.parse(parser, ScanInput.of("scans/xxe.nessus", xxe));

    assertThat(r.records(Object.class)).isEmpty();
    assertThat(r.counts()).isEqualTo("0 used, 0 skipped, 1 rejected");
    assertThat(r.rejects().values()).singleElement().asString().contains("DOCTYPE").doesNotContain("root:");
    assertThat(r.rejectsZh().values()).singleElement().asString()
        .startsWith("文件含有 DOCTYPE 宣告").endsWith("請重新匯出不含 DOCTYPE 的報告");
  }

  @Test
  void refusesABillionLaughsWithoutExpandingIt() {
    StringBuilder dtd = new StringBuilder("<!DOCTYPE lolz [ <!ENTITY lol \"lol\">");
    for (int i = 1; i <= 9; i++) {
      String prev = i == 1 ? "&lol;" : "&lol" + (i - 1) + ";";
      dtd.append("<!ENTITY lol").append(i).append(" \"").append(prev.repeat(10)).append("\">");
    }
    dtd.append("]>");
    String bomb = "<?xml version=\"1.0\"?>\n" + dtd + "\n<NessusClientData_v2><Report name=\"&lol9;\"></Report></NessusClientData_v2>\n";
    ScanContext r = ScanContext.parse(parser, ScanInput.of("scans/lol.nessus", bomb));

    assertThat(r.records(Object.class)).isEmpty();
    assertThat(r.counts()).isEqualTo("0 used, 0 skipped, 1 rejected");
    assertThat(r.rejects()).containsOnlyKeys(2);
    assertThat(r.rejects().get(2)).contains("DOCTYPE");
  }

  @Test
  void rejectsAnUndeclaredEntityWithoutADoctypeAtItsLine() {
    String text = """
        <?xml version="1.0"?>
        <NessusClientData_v2><Report name="x">
        <ReportHost name="h"><HostProperties><tag name="HOST_START">Tue Aug  4 10:02:13 2026</tag></HostProperties>
        <ReportItem port="22" protocol="tcp" severity="3" pluginID="1" pluginName="&xxe;"></ReportItem>
        </ReportHost></Report></NessusClientData_v2>
        """;
    ScanContext r = ScanContext.parse(parser, ScanInput.of("scans/entity.nessus", text));

    assertThat(r.records(Object.class)).isEmpty();
    assertThat(r.count("rejected")).isEqualTo(1);
    assertThat(r.rejects()).containsOnlyKeys(4);
    assertThat(r.rejects().get(4)).contains("malformed").contains("xxe");
    assertThat(r.rejectsZh().get(4)).isEqualTo("XML 格式不正確，已停止讀取");
  }

  @Test
  void rejectsTheItemsOfAReportHostCutOffByATruncatedFile() {
    String cut = REPORT.substring(0, REPORT.indexOf("<ReportItem port=\"22\" protocol=\"tcp\" severity=\"4\""));
    ScanContext r = ScanContext.parse(parser, ScanInput.of("scans/cut.nessus", cut));

    assertThat(r.count("used")).isZero();
    assertThat(r.records(Object.class)).isEmpty();
    assertThat(r.rejects()).containsKeys(11, 13, 15);
    assertThat(r.rejects().get(13)).contains("cut off");
    assertThat(r.rejectsZh().get(13)).startsWith("所屬的 ReportHost 因第 ").endsWith(" 行的 XML 錯誤而不完整");
  }

  @Test
  void rejectsADocumentThatIsNotANessusReport() {
    ScanContext r = ScanContext.parse(parser, ScanInput.of("scans/x.nessus", "<?xml version=\"1.0\"?>\n<Events><Event/></Events>\n"));

    assertThat(r.counts()).isEqualTo("0 used, 0 skipped, 1 rejected");
    assertThat(r.rejects().get(2)).contains("<Events>");
  }

  @Test
  void probesTheRootElementOnly() {
    assertThat(parser.probe(ScanContext.sample(ScanInput.of("a.xml", REPORT)))).isTrue();
    assertThat(parser.probe(ScanContext.sample(ScanInput.of("a.xml", "<report><results/></report>")))).isFalse();
    assertThat(parser.probe(ScanContext.sample(ScanInput.of("a.csv", "host,scanned_on\n")))).isFalse();
  }
}
