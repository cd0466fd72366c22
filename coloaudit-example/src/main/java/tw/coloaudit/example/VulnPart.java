package tw.coloaudit.example;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import tw.coloaudit.example.ExamplePack.ExpectedFinding;

/**
 * The vulnerability-management part of the example pack: two Nessus scans of 2026, an older
 * OpenVAS scan of the database server, and the remediation register.
 */
final class VulnPart implements ExamplePart {

  // Scope: the three important systems (no rack inventory in this part). Scans by local date:
  //   colo-gw-1   2026-05-12 (Nessus), 2026-11-10 (Nessus): 182 days apart, within 183
  //   colo-db-1   2025-11-18 (OpenVAS), 2026-11-10 (Nessus): 357 days apart  -> VULN-CADENCE
  //   colo-win-1  never scanned                                              -> VULN-COVERAGE
  //   colo-mon-1  2026-05-12, a critical finding with no record: not important, out of scope (trap)
  // Findings at or above high need a record within 30 days of the scan that first found them:
  //   gw 189731 Tomcat, high, no record                                     -> VULN-REMEDIATION
  //   gw 201194 regreSSHion, patched 2026-05-30, still found on 2026-11-10  -> VULN-REMEDIATION
  //   gw 190856 OpenSSL, patched 2026-05-28 and gone on 2026-11-10: passes
  //   gw 187315 Terrapin, medium, no record: below the floor (trap)
  //   db 270118 Oracle CPU, high, first found 2026-11-10, due 2026-12-10: not due yet (trap)
  //   db TNS poisoning (OpenVAS, high), mitigated 114/12/05, recorded by its CVE: passes
  //   db weak cipher suites (OpenVAS, high), risk accepted with an assessment and approver: passes
  @Override
  public Map<String, byte[]> files() {
    Map<String, byte[]> files = new TreeMap<>();
    files.put("scans/nessus/colo-quarterly_2026-05-12.nessus", utf8(nessusMay()));
    files.put("scans/nessus/colo-quarterly_2026-11-10.nessus", utf8(nessusNovember()));
    files.put("scans/openvas/colo-db-1_2025-11-18.xml", utf8(openVasDb()));
    files.put("registers/vuln-remediation.csv", remediation());
    return files;
  }

  @Override
  public String manifestFiles() {
    return """
          - { path: scans/nessus/*.nessus, kind: vuln-scan }
          - { path: scans/openvas/colo-db-1_2025-11-18.xml, kind: vuln-scan }
          - { path: registers/vuln-remediation.csv, kind: vuln-remediation }
        """;
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static String nessus(String reportName, String hosts) {
    return """
        <?xml version="1.0" ?>
        <NessusClientData_v2>
        <Policy><policyName>範例證券 主機共置 季度弱點掃描</policyName>
        <Preferences><ServerPreferences>
        <preference><name>TARGET</name><value>10.20.1.0/24</value></preference>
        <preference><name>port_range</name><value>default</value></preference>
        <preference><name>safe_checks</name><value>yes</value></preference>
        </ServerPreferences></Preferences>
        </Policy>
        <Report name="%s" xmlns:cm="http://www.nessus.org/cm">
        %s</Report>
        </NessusClientData_v2>
        """.formatted(reportName, hosts);
  }

  private static String host(String ip, String fqdn, String os, String start, long startEpoch, String end, long endEpoch, String items) {
    return """
        <ReportHost name="%s"><HostProperties>
        <tag name="HOST_END_TIMESTAMP">%d</tag>
        <tag name="HOST_END">%s</tag>
        <tag name="operating-system">%s</tag>
        <tag name="host-ip">%s</tag>
        <tag name="host-fqdn">%s</tag>
        <tag name="HOST_START_TIMESTAMP">%d</tag>
        <tag name="HOST_START">%s</tag>
        </HostProperties>
        %s</ReportHost>
        """.formatted(ip, endEpoch, end, os, ip, fqdn, startEpoch, start, items);
  }

  private static String item(
      String port, String svc, String proto, int severity, String pluginId, String name, String family, String synopsis,
      String solution, String cvss3, String... cves) {
    String risk = switch (severity) {
      case 0 -> "None";
      case 1 -> "Low";
      case 2 -> "Medium";
      case 3 -> "High";
      default -> "Critical";
    };
    StringBuilder b = new StringBuilder();
    b.append("<ReportItem port=\"").append(port).append("\" svc_name=\"").append(svc).append("\" protocol=\"").append(proto)
        .append("\" severity=\"").append(severity).append("\" pluginID=\"").append(pluginId).append("\" pluginName=\"")
        .append(name).append("\" pluginFamily=\"").append(family).append("\">\n");
    b.append("<plugin_name>").append(name).append("</plugin_name>\n");
    b.append("<synopsis>").append(synopsis).append("</synopsis>\n");
    b.append("<solution>").append(solution).append("</solution>\n");
    b.append("<risk_factor>").append(risk).append("</risk_factor>\n");
    if (cvss3 != null) b.append("<cvss3_base_score>").append(cvss3).append("</cvss3_base_score>\n");
    for (String c : cves) b.append("<cve>").append(c).append("</cve>\n");
    b.append("</ReportItem>\n");
    return b.toString();
  }

  private static String scanInfo() {
    return item("0", "general", "tcp", 0, "19506", "Nessus Scan Information", "Settings",
        "This plugin displays information about the Nessus scan.", "n/a", null);
  }

  private static final String TERRAPIN = "187315";
  private static final String REGRESSHION = "201194";
  private static final String TOMCAT = "189731";
  private static final String OPENSSL = "190856";

  private static String terrapin() {
    return item("22", "ssh", "tcp", 2, TERRAPIN, "SSH Terrapin Prefix Truncation Weakness (CVE-2023-48795)", "Misc.",
        "The remote SSH server is vulnerable to a mitm prefix truncation attack.",
        "Contact the vendor for an update with the strict key exchange countermeasures or disable the affected algorithms.",
        "5.9", "CVE-2023-48795");
  }

  private static String regresshion() {
    return item("22", "ssh", "tcp", 3, REGRESSHION, "OpenSSH &lt; 9.8 RCE", "Misc.",
        "The SSH server running on the remote host is affected by a remote code execution vulnerability.",
        "Upgrade to OpenSSH version 9.8 or later.", "8.1", "CVE-2024-6387");
  }

  private static String tomcat() {
    return item("8443", "www", "tcp", 3, TOMCAT, "Apache Tomcat 9.0.0.M1 &lt; 9.0.86 multiple vulnerabilities", "Web Servers",
        "The remote Apache Tomcat server is affected by multiple vulnerabilities.",
        "Upgrade to Apache Tomcat version 9.0.86 or later.", "7.5", "CVE-2024-23672", "CVE-2024-24549");
  }

  private static String nessusMay() {
    String gw = host("10.20.1.11", "colo-gw-1.colo.9a00.com.tw", "Linux Kernel 5.14 on Red Hat Enterprise Linux 9",
        "Tue May 12 09:30:12 2026", 1778549412L, "Tue May 12 10:02:40 2026", 1778551360L,
        scanInfo()
            + item("22", "ssh", "tcp", 0, "10267", "SSH Server Type and Version Information", "Service detection",
                "An SSH server is listening on this port.", "n/a", null)
            + terrapin()
            + regresshion()
            + tomcat()
            + item("8443", "www", "tcp", 3, OPENSSL, "OpenSSL 3.0.0 &lt; 3.0.13 Multiple Vulnerabilities", "Web Servers",
                "The remote service is affected by multiple vulnerabilities.", "Upgrade to OpenSSL version 3.0.13 or later.",
                "7.5", "CVE-2023-5678", "CVE-2023-6129", "CVE-2024-0727"));
    String mon = host("10.20.1.51", "colo-mon-1.colo.9a00.com.tw", "Linux Kernel 4.15 on Ubuntu 18.04",
        "Tue May 12 10:05:03 2026", 1778551503L, "Tue May 12 10:41:37 2026", 1778553697L,
        scanInfo()
            + item("0", "general", "tcp", 4, "201456", "Canonical Ubuntu Linux SEoL (18.04.x)", "General",
                "An unsupported version of Canonical Ubuntu Linux is installed on the remote host.",
                "Upgrade to a version of Canonical Ubuntu Linux that is currently supported.", "10.0"));
    return nessus("範例證券 colo 2026Q2", gw + mon);
  }

  private static String nessusNovember() {
    String gw = host("10.20.1.11", "colo-gw-1.colo.9a00.com.tw", "Linux Kernel 5.14 on Red Hat Enterprise Linux 9",
        "Tue Nov 10 09:30:08 2026", 1794274208L, "Tue Nov 10 10:05:41 2026", 1794276341L,
        scanInfo() + terrapin() + regresshion() + tomcat());
    String db = host("10.20.1.41", "colo-db-1.colo.9a00.com.tw", "Linux Kernel 5.14 on Red Hat Enterprise Linux 9",
        "Tue Nov 10 10:12:55 2026", 1794276775L, "Tue Nov 10 10:48:20 2026", 1794278900L,
        scanInfo()
            + item("1521", "oracle_tnslsnr", "tcp", 3, "270118", "Oracle Database Server (October 2026 CPU)", "Databases",
                "The remote Oracle Database Server is missing the October 2026 Critical Patch Update.",
                "Apply the appropriate patches according to the October 2026 Oracle Critical Patch Update advisory.", "7.5"));
    return nessus("範例證券 colo 2026Q4", gw + db);
  }

  private static final String OID_TNS = "1.3.6.1.4.1.25623.1.0.902875";
  private static final String OID_CIPHERS = "1.3.6.1.4.1.25623.1.0.103440";

  private static String result(String id, String name, String port, String oid, String family, String threat, String severity, String... cves) {
    StringBuilder refs = new StringBuilder();
    for (String c : cves) refs.append("<ref type=\"cve\" id=\"").append(c).append("\"/>");
    return """
        <result id="%s">
        <name>%s</name>
        <owner><name>secops</name></owner>
        <creation_time>2025-11-18T03:41:12Z</creation_time>
        <host>10.20.1.41<asset asset_id="5a2e06b1-4f0e-4a11-9d63-0c1f3c9a0b41"/><hostname>colo-db-1</hostname></host>
        <port>%s</port>
        <nvt oid="%s"><type>nvt</type><name>%s</name><family>%s</family><cvss_base>%s</cvss_base><refs>%s</refs></nvt>
        <threat>%s</threat>
        <severity>%s</severity>
        <qod><value>80</value><type>remote_banner</type></qod>
        <description/>
        </result>
        """.formatted(id, name, port, oid, name, family, severity, refs, threat, severity);
  }

  private static String openVasDb() {
    return """
        <report id="0d6b2f8e-3c7a-4f51-b3a8-6f0e2d9c1a77" format_id="a994b278-1f62-11e1-96ac-406186ea4fc5" extension="xml" content_type="text/xml">
        <owner><name>secops</name></owner>
        <name>2025-11-18T02:30:05Z</name>
        <creation_time>2025-11-18T02:30:05Z</creation_time>
        <task id="3e1f2a90-77d4-4c5e-9d0b-1a2b3c4d5e6f"><name>colo-db-1 半年度弱點掃描</name></task>
        <report id="0d6b2f8e-3c7a-4f51-b3a8-6f0e2d9c1a77">
        <gmp><version>22.4</version></gmp>
        <scan_run_status>Done</scan_run_status>
        <timestamp>2025-11-18T02:30:05Z</timestamp>
        <scan_start>2025-11-18T02:30:41Z</scan_start>
        <timezone>Asia/Taipei</timezone>
        <results max="-1" start="1">
        """
        + result("7c9e1a4b-0001-4d6e-8f2a-9b1c0d2e3f40", "Oracle Database Server TNS Listener Remote Poisoning Vulnerability",
            "1521/tcp", OID_TNS, "Databases", "High", "7.5", "CVE-2012-1675")
        + result("7c9e1a4b-0002-4d6e-8f2a-9b1c0d2e3f41", "SSL/TLS: Report Weak Cipher Suites", "2484/tcp", OID_CIPHERS,
            "SSL and TLS", "High", "7.5", "CVE-2013-2566", "CVE-2015-2808", "CVE-2015-4000")
        + result("7c9e1a4b-0003-4d6e-8f2a-9b1c0d2e3f42", "SSL/TLS: Deprecated TLSv1.0 and TLSv1.1 Protocol Detection", "2484/tcp",
            "1.3.6.1.4.1.25623.1.0.117274", "SSL and TLS", "Medium", "4.3", "CVE-2011-3389", "CVE-2015-0204")
        + result("7c9e1a4b-0004-4d6e-8f2a-9b1c0d2e3f43", "TCP Timestamps Information Disclosure", "general/tcp",
            "1.3.6.1.4.1.25623.1.0.80091", "General", "Low", "2.6")
        + result("7c9e1a4b-0005-4d6e-8f2a-9b1c0d2e3f44", "OS Detection Consolidation and Reporting", "general/tcp",
            "1.3.6.1.4.1.25623.1.0.105937", "Product detection", "Log", "0.0")
        + """
        </results>
        <host><ip>10.20.1.41</ip><asset asset_id="5a2e06b1-4f0e-4a11-9d63-0c1f3c9a0b41"/>
        <start>2025-11-18T02:31:02Z</start><end>2025-11-18T03:40:55Z</end>
        <detail><name>hostname</name><value>colo-db-1</value></detail>
        <detail><name>best_os_txt</name><value>Red Hat Enterprise Linux 8</value></detail>
        </host>
        <scan_end>2025-11-18T03:41:10Z</scan_end>
        </report>
        </report>
        """;
  }

  /** Saved from Excel as "CSV UTF-8": a byte-order mark, CRLF, Chinese headers, ROC and slashed dates. */
  private static byte[] remediation() {
    String csv = """
        主機,弱點,處理方式,處理日期,核准人,說明
        10.20.1.11,190856,修補,2026/05/28,資訊主管 王大明,OpenSSL 升級至 3.0.13（變更單 CR-2026-031）
        10.20.1.11,201194,修補,2026/05/30,資訊主管 王大明,OpenSSH 已更新（變更單 CR-2026-034）
        colo-db-1,CVE-2012-1675,緩解,114/12/05,資訊主管 王大明,TNS Listener 設定 VALID_NODE_CHECKING_REGISTRATION，僅限本機註冊
        10.20.1.41,1.3.6.1.4.1.25623.1.0.103440,接受,114/12/10,資訊主管 王大明,僅供機房內部備份連線使用，經風險評估後接受，2026 年底隨資料庫升級一併停用
        """;
    // No row for 189731 (Tomcat, high) on colo-gw-1: VULN-REMEDIATION.
    // 201194 was recorded as patched on 2026-05-30, yet the 2026-11-10 scan still finds it: VULN-REMEDIATION.
    return ("\uFEFF" + csv.replace("\n", "\r\n")).getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public List<ExpectedFinding> answerKey() {
    List<ExpectedFinding> key = new ArrayList<>(List.of(
        new ExpectedFinding("VULN-CADENCE", Map.of("host", "colo-db-1", "from", "2025-11-18", "to", "2026-11-10"),
            "colo-db-1 was scanned by OpenVAS on 2025-11-18 and next by Nessus on 2026-11-10: 357 days, over the 183-day limit"),
        new ExpectedFinding("VULN-COVERAGE", Map.of("host", "colo-win-1"),
            "the important Windows server colo-win-1 (10.20.1.21) appears in none of the three scans"),
        new ExpectedFinding("VULN-REMEDIATION", Map.of("host", "colo-gw-1", "plugin", TOMCAT),
            "high Tomcat finding first found on 2026-05-12 with no row in vuln-remediation.csv; due 2026-06-11"),
        new ExpectedFinding("VULN-REMEDIATION", Map.of("host", "colo-gw-1", "plugin", REGRESSHION),
            "recorded as patched on 2026-05-30, yet the next scan of colo-gw-1, on 2026-11-10, still finds it")));
    return List.copyOf(key);
  }

  @Override
  public List<ExpectedFinding> waivedFindings() {
    return List.of();
  }

  @Override
  public Map<String, String> expectedStatus() {
    SortedMap<String, String> status = new TreeMap<>();
    status.put("VULN-CADENCE", "fail");
    status.put("VULN-COVERAGE", "fail");
    status.put("VULN-REMEDIATION", "fail");
    return Collections.unmodifiableSortedMap(status);
  }
}
