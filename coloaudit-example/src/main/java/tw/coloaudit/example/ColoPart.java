package tw.coloaudit.example;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import tw.coloaudit.example.ExamplePack.ExpectedFinding;

/**
 * The co-location part of the example pack: the rack inventory and its history, the software on
 * the co-located hosts, an nmap discovery scan, equipment moves, a shared-cabinet approval, change
 * requests and deployments, and outsourcing contracts.
 */
final class ColoPart implements ExamplePart {

  static final String CUSTOMER_SERVER_SERIAL = "CN7X2K4Q91";
  static final String SWITCH_SERIAL = "FOC2618Y0AB";
  static final String CUSTOMER_PROGRAM = "HY-AlgoEngine 程式交易引擎";

  // Rack A01 holds the firm's own equipment, and a server of its customer 宏遠投資 that no approval
  // covers. Rack A02 is shared with 宏達資本 under the exchange's approval of 2024-05-20 (art. 15):
  // its server is legitimate. The firewall colo-fw-1 names itself in the firewall column.
  // Inventories: 2025-04-30, 2025-10-30 (183 days: at the limit, passes), 2026-04-30 (182 days),
  // then nothing up to the as-of date: 204 days.
  @Override
  public Map<String, byte[]> files() {
    Map<String, byte[]> files = new TreeMap<>();
    files.put("racks/rack-inventory.xlsx", rackInventory());
    files.put("racks/rack-inventory-2025.csv", earlierInventories());
    files.put("racks/software-inventory.csv", softwareInventory());
    files.put("racks/discovery/nmap-20261105.xml", nmapDiscovery());
    files.put("racks/equipment-moves.csv", equipmentMoves());
    files.put("racks/shared-cabinet-approvals.csv", sharedCabinetApprovals());
    files.put("change/change-requests.xlsx", changeRequests());
    files.put("change/deployments.csv", deployments());
    files.put("contracts/outsourcing-contracts.csv", outsourcingContracts());
    return files;
  }

  @Override
  public String manifestFiles() {
    return """
          - { path: racks/rack-inventory.xlsx, kind: rack-inventory }
          - { path: racks/rack-inventory-2025.csv, kind: rack-inventory }
          - { path: racks/software-inventory.csv, kind: software-inventory }
          - { path: racks/discovery/*.xml, kind: rack-discovery }
          - { path: racks/equipment-moves.csv, kind: equipment-moves }
          - { path: racks/shared-cabinet-approvals.csv, kind: shared-cabinet-approvals }
          - { path: change/change-requests.xlsx, kind: change-requests }
          - { path: change/deployments.csv, kind: deployments }
          - { path: contracts/outsourcing-contracts.csv, kind: outsourcing-contracts }
        """;
  }

  private static final List<String> INVENTORY_HEADERS =
      List.of("機櫃", "位置", "設備名稱", "主機名稱", "序號", "IP", "所有權人", "所有權人名稱", "連線網路", "防火牆", "盤點日期");

  /**
   * The latest inventory as the facilities team keeps it in Excel: the inventory date column lost
   * its date format, so it holds bare Excel serial numbers (46142 is 2026-04-30).
   */
  private static byte[] rackInventory() {
    int taken = 46142;
    List<List<Object>> rows = List.of(
        // NET-FIREWALL trap: the firewall names itself; it answers no ping, and its IP is kept with
        // its interfaces, not here (COLO-RACK-RECONCILE skips devices without an IP).
        Arrays.asList("A01", "U41-U42", "防火牆", "colo-fw-1", "FGT60FTK2209A1B", null, "本公司", "範例證券", "twse-colo", "colo-fw-1", taken),
        Arrays.asList("A01", "U39", "交換器", "colo-sw-1", SWITCH_SERIAL, null, "本公司", "範例證券", "twse-colo", "colo-fw-1", taken),
        Arrays.asList("A01", "U30-U31", "下單閘道伺服器", "colo-gw-1", "SGH231XK7P", "10.20.1.11", "本公司", "範例證券", "twse-colo", "colo-fw-1", taken),
        Arrays.asList("A01", "U27-U28", "維運伺服器", "colo-win-1", "SGH231XK8Q", "10.20.1.21", "本公司", "範例證券", "internal", "colo-fw-1", taken),
        Arrays.asList("A01", "U24-U25", "資料庫伺服器", "colo-db-1", "SGH231XK9R", "10.20.1.41", "本公司", "範例證券", "internal", "colo-fw-1", taken),
        Arrays.asList("A01", "U22", "環境監控主機", "colo-mon-1", "J8TQ2M3", "10.20.1.51", "本公司", "範例證券", "internal", null, taken),
        // COLO-RACK-THIRDPARTY {A01, CN7X2K4Q91}: the customer's own server in the firm's rack.
        // NET-FIREWALL {cust-algo-01}: it sits behind the customer's own firewall, unknown here.
        Arrays.asList("A01", "U18-U19", "客戶程式交易主機", "cust-algo-01", CUSTOMER_SERVER_SERIAL, "10.20.1.61", "客戶", "宏遠投資股份有限公司", "twse-colo", "fw-hy-01", taken),
        // Trap: a customer's server in the shared rack A02, covered by the exchange's approval.
        Arrays.asList("A02", "U20-U21", "共用機櫃主機", "hd-algo-1", "CN7X2K5R02", "10.20.2.21", "客戶", "宏達資本管理股份有限公司", "twse-colo", "colo-fw-1", taken));
    return Xlsx.sheet("機櫃設備清冊", INVENTORY_HEADERS, rows);
  }

  /** The two inventories of 2025, exported to CSV with ROC dates. */
  private static byte[] earlierInventories() {
    StringBuilder csv = new StringBuilder(String.join(",", INVENTORY_HEADERS)).append('\n');
    for (String date : List.of("114/04/30", "114/10/30")) {
      csv.append("A01,U41-U42,防火牆,colo-fw-1,FGT60FTK2209A1B,,本公司,範例證券,twse-colo,colo-fw-1,").append(date).append('\n');
      csv.append("A01,U39,交換器,colo-sw-1,FOC2618Y0AB,,本公司,範例證券,twse-colo,colo-fw-1,").append(date).append('\n');
      csv.append("A01,U30-U31,下單閘道伺服器,colo-gw-1,SGH231XK7P,10.20.1.11,本公司,範例證券,twse-colo,colo-fw-1,").append(date).append('\n');
      csv.append("A01,U27-U28,維運伺服器,colo-win-1,SGH231XK8Q,10.20.1.21,本公司,範例證券,internal,colo-fw-1,").append(date).append('\n');
      csv.append("A01,U24-U25,資料庫伺服器,colo-db-1,SGH231XK9R,10.20.1.41,本公司,範例證券,internal,colo-fw-1,").append(date).append('\n');
      csv.append("A01,U22,環境監控主機,colo-mon-1,J8TQ2M3,10.20.1.51,本公司,範例證券,internal,,").append(date).append('\n');
      csv.append("A01,U18-U19,客戶程式交易主機,cust-algo-01,CN7X2K4Q91,10.20.1.61,客戶,宏遠投資股份有限公司,twse-colo,fw-hy-01,").append(date).append('\n');
      csv.append("A02,U20-U21,共用機櫃主機,hd-algo-1,CN7X2K5R02,10.20.2.21,客戶,宏達資本管理股份有限公司,twse-colo,colo-fw-1,").append(date).append('\n');
    }
    return csv.toString().replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
  }

  /** Excel's "CSV UTF-8" with a byte order mark. */
  private static byte[] softwareInventory() {
    String csv = """
        主機,軟體名稱,版本,提供者,提供者名稱,用途,安裝日期
        colo-gw-1,ColoFIX 下單閘道,3.2.1,廠商,瑞達系統整合股份有限公司,下單閘道,2023/08/01
        colo-gw-1,chrony,4.2,本公司,範例證券,時間同步,2023/08/01
        colo-gw-1,HY-AlgoEngine 程式交易引擎,2.4.0,客戶,宏遠投資股份有限公司,客戶程式交易策略,2026/03/16
        colo-win-1,Zabbix Agent,6.0.23,廠商,信網科技股份有限公司,系統監控,2024/02/05
        cust-algo-01,HY-AlgoEngine 程式交易引擎,2.4.0,客戶,宏遠投資股份有限公司,客戶程式交易策略,2024/03/20
        """;
    // COLO-RACK-SOFTWARE {colo-gw-1, HY-AlgoEngine 程式交易引擎}: the customer's program on the
    // firm's gateway. Traps: ColoFIX is vendor-supplied (fine); colo-win-1 is on the internal
    // network and cust-algo-01 is the customer's own server (both out of this control's scope).
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    out.writeBytes(csv.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  /** A ping sweep of both racks' subnets, as {@code nmap -sn -oX} writes it. */
  private static byte[] nmapDiscovery() {
    String xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE nmaprun>
        <?xml-stylesheet href="file:///usr/bin/../share/nmap/nmap.xsl" type="text/xsl"?>
        <!-- Nmap 7.94SVN scan initiated Thu Nov  5 10:00:03 2026 as: nmap -sn -oX nmap-20261105.xml 10.20.1.0/24 10.20.2.0/24 -->
        <nmaprun scanner="nmap" args="nmap -sn -oX nmap-20261105.xml 10.20.1.0/24 10.20.2.0/24" start="1793844003" startstr="Thu Nov  5 10:00:03 2026" version="7.94SVN" xmloutputversion="1.05">
        <verbose level="0"/>
        <debugging level="0"/>
        <host><status state="up" reason="arp-response" reason_ttl="0"/>
        <address addr="10.20.1.11" addrtype="ipv4"/>
        <address addr="94:40:C9:3A:11:0B" addrtype="mac" vendor="Hewlett Packard Enterprise"/>
        <hostnames>
        <hostname name="colo-gw-1.colo.example.com.tw" type="PTR"/>
        </hostnames>
        <times srtt="312" rttvar="5000" to="100000"/>
        </host>
        <host><status state="up" reason="arp-response" reason_ttl="0"/>
        <address addr="10.20.1.21" addrtype="ipv4"/>
        <address addr="94:40:C9:3A:11:15" addrtype="mac" vendor="Hewlett Packard Enterprise"/>
        <hostnames>
        <hostname name="colo-win-1.colo.example.com.tw" type="PTR"/>
        </hostnames>
        <times srtt="288" rttvar="5000" to="100000"/>
        </host>
        <host><status state="up" reason="arp-response" reason_ttl="0"/>
        <address addr="10.20.1.41" addrtype="ipv4"/>
        <address addr="94:40:C9:3A:11:29" addrtype="mac" vendor="Hewlett Packard Enterprise"/>
        <hostnames>
        <hostname name="colo-db-1.colo.example.com.tw" type="PTR"/>
        </hostnames>
        <times srtt="301" rttvar="5000" to="100000"/>
        </host>
        <host><status state="up" reason="arp-response" reason_ttl="0"/>
        <address addr="10.20.1.51" addrtype="ipv4"/>
        <address addr="B8:CA:3A:7E:20:33" addrtype="mac" vendor="Dell"/>
        <hostnames>
        <hostname name="colo-mon-1.colo.example.com.tw" type="PTR"/>
        </hostnames>
        <times srtt="420" rttvar="5000" to="100000"/>
        </host>
        <host><status state="up" reason="arp-response" reason_ttl="0"/>
        <address addr="10.20.1.61" addrtype="ipv4"/>
        <address addr="D0:94:66:5C:01:3D" addrtype="mac" vendor="Dell"/>
        <hostnames>
        </hostnames>
        <times srtt="398" rttvar="5000" to="100000"/>
        </host>
        <host><status state="up" reason="arp-response" reason_ttl="0"/>
        <address addr="10.20.1.77" addrtype="ipv4"/>
        <address addr="3C:EC:EF:41:9A:70" addrtype="mac" vendor="Super Micro Computer"/>
        <hostnames>
        </hostnames>
        <times srtt="455" rttvar="5000" to="100000"/>
        </host>
        <host><status state="up" reason="echo-reply" reason_ttl="63"/>
        <address addr="10.20.2.21"  addrtype="ipv4"/>
        <hostnames>
        </hostnames>
        <times srtt="602" rttvar="5000" to="100000"/>
        </host>
        <runstats><finished time="1793844011" timestr="Thu Nov  5 10:00:11 2026" summary="Nmap done at Thu Nov  5 10:00:11 2026; 512 IP addresses (7 hosts up) scanned in 8.21 seconds" elapsed="8.21" exit="success"/><hosts up="7" down="505" total="512"/>
        </runstats>
        </nmaprun>
        """;
    // COLO-RACK-RECONCILE {ip: 10.20.1.77}: a Supermicro server answers on the co-location subnet
    // and no inventory row declares it. Every declared device with an IP was seen.
    return xml.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] equipmentMoves() {
    String csv = """
        日期,進出,序號,設備名稱,申請單號
        2023/07/20,進,FGT60FTK2209A1B,防火牆,CL-2023-0712
        2023/07/20,進,SGH231XK7P,下單閘道伺服器,CL-2023-0712
        2023/07/20,進,SGH231XK8Q,維運伺服器,CL-2023-0712
        2023/07/20,進,SGH231XK9R,資料庫伺服器,CL-2023-0712
        2023/07/20,進,J8TQ2M3,環境監控主機,CL-2023-0712
        2023/07/20,進,FOC2201X0ZZ,交換器,CL-2023-0712
        2024/03/15,進,CN7X2K4Q91,客戶程式交易主機,CL-2024-0088
        2024/06/03,進,CN7X2K5R02,共用機櫃主機,CL-2024-0131
        2025/02/10,出,FOC2201X0ZZ,交換器,CL-2025-0021
        2025/02/10,進,FOC2618Y0AB,交換器,
        """;
    // COLO-EQUIP-MOVES {serial: FOC2618Y0AB}: the replacement switch was moved in with no
    // application number (the old one went out under CL-2025-0021).
    return csv.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] sharedCabinetApprovals() {
    String csv = """
        機櫃,共用者,核准日期,文號
        A02,宏達資本管理股份有限公司,113/05/20,臺證交字第1130009876號
        """;
    return csv.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] changeRequests() {
    List<String> headers = List.of("變更單號", "系統", "申請人", "申請日期", "核准日期", "核准人", "測試日期", "實施日期", "實施人");
    List<List<Object>> rows = List.of(
        change("CR-2026-031", "colo-gw-1", "林志豪", d(2026, 8, 3), d(2026, 8, 5), "資訊主管 張淑芬", d(2026, 8, 6), d(2026, 8, 8), "王大明"),
        // CHG-APPROVAL {colo-gw-1, CR-2026-044}: deployed 2026-09-18, approved only on 2026-09-21.
        change("CR-2026-044", "colo-gw-1", "林志豪", d(2026, 9, 14), d(2026, 9, 21), "資訊主管 張淑芬", d(2026, 9, 16), d(2026, 9, 18), "王大明"),
        // Trap: approved on the day of the deployment, which passes.
        change("CR-2026-047", "colo-db-1", "陳怡君", d(2026, 9, 28), d(2026, 10, 2), "資訊主管 張淑芬", d(2026, 10, 1), d(2026, 10, 2), "陳怡君"),
        change("CR-2026-052", "colo-win-1", "王大明", d(2026, 10, 26), d(2026, 10, 28), "資訊主管 張淑芬", d(2026, 10, 29), d(2026, 10, 30), "王大明"));
    return Xlsx.sheet("變更申請", headers, rows);
  }

  private static List<Object> change(String id, String system, String requester, LocalDate requested, LocalDate approved,
      String approver, LocalDate tested, LocalDate implemented, String implementer) {
    return Arrays.asList(id, system, requester, requested, approved, approver, tested, implemented, implementer);
  }

  private static byte[] deployments() {
    String csv = """
        系統,時間,執行人,變更單號
        colo-gw-1,2026-08-08 20:30:00,王大明,CR-2026-031
        colo-gw-1,2026-09-18 21:00:00,王大明,CR-2026-044
        colo-db-1,2026-10-02 22:00:00,陳怡君,CR-2026-047
        colo-win-1,2026-10-17 19:45:00,王大明,
        colo-win-1,2026-10-30 20:10:00,E001,CR-2026-052
        colo-mon-1,2026-11-03 18:00:00,林志豪,
        """;
    // CHG-APPROVAL {colo-win-1, deployed_at 2026-10-17T19:45:00+08:00}: no change request cited.
    // colo-mon-1 is not an important system: its deployment without a change is out of scope.
    return csv.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] outsourcingContracts() {
    String csv = """
        廠商,合約編號,起,迄,資安條款,稽核權條款
        瑞達系統整合股份有限公司,OC-2025-001,2025/1/1,2027/12/31,是,否
        信網科技股份有限公司,OC-2024-007,2024/7/1,2026/12/31,是,是
        大豐機電工程有限公司,OC-2025-014,2025/3/1,2027/2/28,否,否
        """;
    // OUT-CONTRACT {瑞達系統整合股份有限公司, OC-2025-001}: no audit-right clause; its staff V001
    // maintains the gateway. Trap: 大豐機電 services the air conditioning and has nobody in the
    // people register, so no access to co-location systems.
    return csv.getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public List<ExpectedFinding> answerKey() {
    return List.of(
        finding("COLO-RACK-THIRDPARTY", Map.of("rack", "A01", "serial", CUSTOMER_SERVER_SERIAL),
            "customer 宏遠投資's own server in the firm's rack A01; the only shared-cabinet approval covers rack A02 and 宏達資本"),
        finding("COLO-RACK-SOFTWARE", Map.of("host", "colo-gw-1", "software", CUSTOMER_PROGRAM),
            "the customer's trading program, supplied by 宏遠投資 (客戶), installed on the firm's order gateway"),
        finding("COLO-RACK-RECONCILE", Map.of("ip", "10.20.1.77"),
            "the nmap sweep of 2026-11-05 saw 10.20.1.77 (Super Micro Computer), which no inventory row declares"),
        finding("COLO-RACK-INVENTORY-CADENCE", Map.of("from", "2026-04-30", "to", "2026-11-20"),
            "last inventory 2026-04-30 (Excel serial 46142): 204 days before the as-of date, over 183"),
        finding("COLO-EQUIP-MOVES", Map.of("serial", SWITCH_SERIAL),
            "the replacement switch was moved in on 2025-02-10 with no application number"),
        finding("NET-FIREWALL", Map.of("device", "cust-algo-01"),
            "the customer's server on twse-colo names firewall fw-hy-01, which is neither an inventory device nor a firewall system"),
        finding("CHG-APPROVAL", Map.of("system", "colo-gw-1", "change_id", "CR-2026-044"),
            "deployed 2026-09-18 21:00, approved only on 2026-09-21"),
        finding("CHG-APPROVAL", Map.of("system", "colo-win-1", "deployed_at", "2026-10-17T19:45:00+08:00"),
            "a deployment on an important system that cites no change request"),
        finding("OUT-CONTRACT", Map.of("vendor", "瑞達系統整合股份有限公司", "contract_id", "OC-2025-001"),
            "the gateway vendor's contract has a security clause but no audit-right clause"));
  }

  @Override
  public List<ExpectedFinding> waivedFindings() {
    return List.of();
  }

  @Override
  public Map<String, String> expectedStatus() {
    SortedMap<String, String> status = new TreeMap<>();
    for (String id : List.of("COLO-RACK-THIRDPARTY", "COLO-RACK-SOFTWARE", "COLO-RACK-RECONCILE", "COLO-RACK-INVENTORY-CADENCE",
        "COLO-EQUIP-MOVES", "NET-FIREWALL", "CHG-APPROVAL", "OUT-CONTRACT")) {
      status.put(id, "fail");
    }
    return Collections.unmodifiableSortedMap(status);
  }

  private static ExpectedFinding finding(String control, Map<String, String> subject, String why) {
    return new ExpectedFinding(control, subject, why);
  }

  private static LocalDate d(int y, int m, int day) {
    return LocalDate.of(y, m, day);
  }
}
