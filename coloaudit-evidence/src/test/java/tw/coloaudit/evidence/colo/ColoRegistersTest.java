package tw.coloaudit.evidence.colo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tw.coloaudit.evidence.register.CollectingContext;
import tw.coloaudit.evidence.register.RegisterParser;
import tw.coloaudit.model.PartyType;
import tw.coloaudit.model.Provenance;
import tw.coloaudit.model.change.ChangeRequest;
import tw.coloaudit.model.change.Deployment;
import tw.coloaudit.model.change.OutsourcingContract;
import tw.coloaudit.model.colo.DiscoveredDevice;
import tw.coloaudit.model.colo.EquipmentMove;
import tw.coloaudit.model.colo.InstalledSoftware;
import tw.coloaudit.model.colo.RackDevice;
import tw.coloaudit.model.colo.SharedCabinetApproval;

class ColoRegistersTest {

  @TempDir Path tmp;

  private CollectingContext csv(String name, String text, Charset cs, String kind) throws IOException {
    CollectingContext ctx = new CollectingContext(name, null);
    RegisterParser.csv().parse(ColoTestFiles.file(tmp, name, text.getBytes(cs), kind), ctx);
    return ctx;
  }

  @Test
  void readsARackInventoryWorkbookWithChineseHeadersAndExcelSerialDates() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Workbook wb = new Workbook(out, "ColoAudit test", "1.0");
    Worksheet ws = wb.newWorksheet("機櫃設備清冊");
    String[] header = {"機櫃", "位置", "設備名稱", "主機名稱", "序號", "IP", "所有權人", "所有權人名稱", "連線網路", "防火牆", "盤點日期"};
    for (int c = 0; c < header.length; c++) ws.value(0, c, header[c]);
    Object[] gw = {"A01", "U30", "下單閘道", "colo-gw-1", "SGH231XK7P", "10.20.1.11", "本公司", "範例證券", "TWSE-COLO", "colo-fw-1", 46142};
    Object[] cust = {"A01", "U18", "客戶主機", null, "CN7X2K4Q91", null, "客戶", "宏遠投資", "主機共置", null, "2026/4/30"};
    Object[] bad = {"A01", "U17", "不明", null, "X1", null, "路人", null, null, null, 46142};
    Object[] noSerial = {"A01", "U16", "空白", null, null, null, "本公司", null, "內網", null, 46142};
    Object[][] rows = {gw, cust, bad, noSerial};
    for (int r = 0; r < rows.length; r++) {
      for (int c = 0; c < rows[r].length; c++) {
        Object v = rows[r][c];
        if (v instanceof String s) ws.value(r + 1, c, s);
        else if (v instanceof Number n) ws.value(r + 1, c, n);
      }
    }
    wb.finish();
    CollectingContext ctx = new CollectingContext("racks/rack.xlsx", null);
    RegisterParser.xlsx().parse(ColoTestFiles.file(tmp, "racks/rack.xlsx", out.toByteArray(), "rack-inventory"), ctx);

    assertThat(ctx.usedLines()).containsExactly(2, 3);
    assertThat(ctx.rejects()).containsOnlyKeys(4, 5);
    assertThat(ctx.rejects().get(4)).contains("owner (所有權人)");
    assertThat(ctx.rejects().get(5)).contains("serial (序號) is blank");
    assertThat(ctx.records(RackDevice.class)).containsExactly(
        new RackDevice("A01", "U30", "下單閘道", "colo-gw-1", "SGH231XK7P", "10.20.1.11", PartyType.BROKER, "範例證券",
            "twse-colo", "colo-fw-1", LocalDate.of(2026, 4, 30), Provenance.cell("racks/rack.xlsx", "機櫃設備清冊", 2)),
        new RackDevice("A01", "U18", "客戶主機", null, "CN7X2K4Q91", null, PartyType.CUSTOMER, "宏遠投資",
            "twse-colo", null, LocalDate.of(2026, 4, 30), Provenance.cell("racks/rack.xlsx", "機櫃設備清冊", 3)));
  }

  @Test
  void readsABig5RackInventoryCsvWithRocDatesAndCrlf() throws IOException {
    String text = "機櫃,位置,設備名稱,主機名稱,序號,IP,所有權人,所有權人名稱,連線網路,防火牆,盤點日期\r\n"
        + "A01,U30,下單閘道,colo-gw-1,SGH231XK7P,10.20.1.11,公司,範例證券,TCP/IP,colo-fw-1,114/10/30\r\n"
        + "\r\n"
        + "A01,U22,監控,colo-mon-1,J8TQ2M3,10.20.1.51,自有,範例證券,none,,45960\r\n";
    CollectingContext ctx = csv("rack.csv", text, Charset.forName("x-windows-950"), "rack-inventory");

    assertThat(ctx.usedLines()).containsExactly(2, 4);
    assertThat(ctx.records(RackDevice.class)).extracting(RackDevice::network, RackDevice::inventoriedOn)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("twse-tcpip", LocalDate.of(2025, 10, 30)),
            org.assertj.core.groups.Tuple.tuple("none", LocalDate.of(2025, 10, 30)));
  }

  @Test
  void readsDiscoverySoftwareMovesAndSharedCabinetRegisters() throws IOException {
    CollectingContext discovery = csv("d.csv", """
        IP,MAC,主機名稱,序號,發現時間
        10.20.1.77,3C:EC:EF:41:9A:70,,,2026/11/5 上午 10:00:05
        ,3C:EC:EF:41:9A:71,,,
        """, StandardCharsets.UTF_8, "rack-discovery");
    assertThat(discovery.records(DiscoveredDevice.class)).containsExactly(
        new DiscoveredDevice("10.20.1.77", "3C:EC:EF:41:9A:70", null, null, Instant.parse("2026-11-05T02:00:05Z"), Provenance.line("d.csv", 2)));
    assertThat(discovery.rejects()).containsOnlyKeys(3);

    CollectingContext software = csv("s.csv", """
        主機,軟體名稱,版本,提供者,提供者名稱,用途,安裝日期
        colo-gw-1,HY-AlgoEngine,2.4.0,委託人,宏遠投資,程式交易,115/3/16
        """, StandardCharsets.UTF_8, "software-inventory");
    assertThat(software.records(InstalledSoftware.class)).singleElement().satisfies(s -> {
      assertThat(s.supplier()).isEqualTo(PartyType.CUSTOMER);
      assertThat(s.installedOn()).isEqualTo(LocalDate.of(2026, 3, 16));
    });

    CollectingContext moves = csv("m.csv", """
        日期,進出,序號,設備名稱,申請單號
        2025/02/10,進,FOC2618Y0AB,交換器,
        2025/02/10,出場,FOC2201X0ZZ,交換器,CL-2025-0021
        2025/02/11,借出,X,交換器,CL-2025-0022
        """, StandardCharsets.UTF_8, "equipment-moves");
    assertThat(moves.records(EquipmentMove.class)).extracting(EquipmentMove::direction, EquipmentMove::applicationNo)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(EquipmentMove.Direction.IN, null),
            org.assertj.core.groups.Tuple.tuple(EquipmentMove.Direction.OUT, "CL-2025-0021"));
    assertThat(moves.rejects().get(4)).contains("direction (進出)");

    CollectingContext cabinets = csv("c.csv", """
        機櫃,共用者,核准日期,文號
        A02,宏達資本,民國113年5月20日,臺證交字第1130009876號
        """, StandardCharsets.UTF_8, "shared-cabinet-approvals");
    assertThat(cabinets.records(SharedCabinetApproval.class)).containsExactly(
        new SharedCabinetApproval("A02", "宏達資本", LocalDate.of(2024, 5, 20), "臺證交字第1130009876號", Provenance.line("c.csv", 2)));
  }

  @Test
  void readsChangeDeploymentAndContractRegisters() throws IOException {
    CollectingContext changes = csv("cr.csv", """
        變更單號,系統,申請人,申請日期,核准日期,核准人,測試日期,實施日期,實施人
        CR-2026-044,colo-gw-1,林志豪,2026/9/14,2026/9/21,資訊主管 張淑芬,2026/9/16,2026/9/18,王大明
        CR-2026-045,,林志豪,,,,,,
        """, StandardCharsets.UTF_8, "change-requests");
    assertThat(changes.records(ChangeRequest.class)).singleElement().satisfies(c -> {
      assertThat(c.system()).isEqualTo("colo-gw-1");
      assertThat(c.approvedOn()).isEqualTo(LocalDate.of(2026, 9, 21));
      assertThat(c.approver()).isEqualTo("資訊主管 張淑芬");
    });
    assertThat(changes.rejects().get(3)).startsWith("no system");

    CollectingContext deployments = csv("dep.csv", """
        系統,時間,執行人,變更單號
        colo-win-1,2026-10-17 19:45:00,王大明,
        """, StandardCharsets.UTF_8, "deployments");
    assertThat(deployments.records(Deployment.class)).containsExactly(
        new Deployment("colo-win-1", Instant.parse("2026-10-17T11:45:00Z"), "王大明", null, Provenance.line("dep.csv", 2)));

    CollectingContext contracts = csv("oc.csv", """
        廠商,合約編號,起,迄,資安條款,稽核權條款
        瑞達系統整合股份有限公司,OC-2025-001,2025/1/1,2027/12/31,是,否
        信網科技,OC-2024-007,,,有,
        """, StandardCharsets.UTF_8, "outsourcing-contracts");
    assertThat(contracts.records(OutsourcingContract.class)).extracting(OutsourcingContract::securityClause, OutsourcingContract::auditClause)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(true, false), org.assertj.core.groups.Tuple.tuple(true, null));
  }
}
