package tw.coloaudit.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tw.coloaudit.model.AuditResult;
import tw.coloaudit.model.ControlResult;
import tw.coloaudit.model.InputReport;
import tw.coloaudit.model.Reject;

/** Bad order evidence is named with file, line and reason, and the rest of the run goes on. */
class OrderIngestionTest {

  @TempDir Path pack;

  private static final String HEADER =
      "client_order_id,order_no,parent_id,account,name,received_at,symbol,side,qty,price,price_type,tif,channel,gateway,source_ip,desk\n";

  private static String fix(String body) {
    String soh = body.replace("|", "\u0001");
    String head = "8=FIX.4.4\u00019=" + soh.length() + "\u0001";
    int sum = 0;
    for (char c : (head + soh).toCharArray()) sum += c;
    return "20261118-01:00:00.000: " + head + soh + "10=" + String.format("%03d", sum % 256) + "\u0001";
  }

  private void write(String path, String text) throws IOException {
    Path p = pack.resolve(path);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text, StandardCharsets.UTF_8);
  }

  @Test
  void namesEveryBadOrderInputAndAuditsTheRest() throws IOException {
    write("evidence.yaml", """
        broker: { id: "9A00", name: "範例證券" }
        as_of: 2026-11-20
        timezone: Asia/Taipei
        systems:
          - { id: colo-gw-1, name: 閘道, role: order-gateway, important: true, hosts: [10.20.1.11] }
        files:
          - { path: receipts/*.csv, kind: client-orders }
          - { path: fix/*.log, kind: exchange-orders }
        """);
    write("receipts/no-time-column.csv", "client_order_id,account,symbol\nR9,1234567,2330\n");
    write("receipts/2026-11-17.csv", HEADER + "R0,K0001,,1234567,王,2026-11-17 09:00:00,2330,B,1000,1,LMT,ROD,colo,GW1,,brokerage\n");
    write("receipts/2026-11-18.csv", HEADER
        + "R1,K0001,,1234567,王,2026-11-18 09:00:00,2330,B,1000,1,LMT,ROD,colo,GW1,,brokerage\n"
        + "R2,K0002,,1234567,王,09:00:01,2330,B,1000,1,LMT,ROD,colo,GW1,,brokerage\n"
        + "R1,K0003,,1234567,王,2026-11-18 09:00:02,2330,B,1000,1,LMT,ROD,colo,GW1,,brokerage\n");
    String cut = fix("35=D|49=GW1|56=TWSE|34=3|52=20261118-01:00:01|11=R3|1=1234567|60=20261118-01:00:01|");
    write("fix/GW1.messages.20261118.log",
        fix("35=D|49=GW1|56=TWSE|34=2|52=20261118-01:00:00|11=R1|1=1234567|37=K0001|60=20261118-01:00:00.000400|") + "\n"
            + cut.substring(0, cut.length() / 2) + "\n");

    AuditResult r = new AuditEngine().audit(AuditRequest.of(pack));

    Map<String, List<Reject>> rejects = new java.util.TreeMap<>();
    for (InputReport in : r.inputs()) rejects.put(in.file(), in.rejects());
    assertThat(rejects.get("receipts/no-time-column.csv")).first()
        .satisfies(j -> assertThat(j.line()).isEqualTo(2))
        .satisfies(j -> assertThat(j.reason().en()).isEqualTo("the header (line 1) has no column received_at (委託時間)"));
    assertThat(rejects.get("receipts/2026-11-18.csv")).singleElement()
        .satisfies(j -> assertThat(j.line()).isEqualTo(3))
        .satisfies(j -> assertThat(j.reason().en()).startsWith("received_at (委託時間): cannot read '09:00:01'"))
        .satisfies(j -> assertThat(j.reason().zh()).isEqualTo("received_at（委託時間）：無法將 '09:00:01' 讀為日期時間"));
    assertThat(rejects.get("fix/GW1.messages.20261118.log")).singleElement()
        .satisfies(j -> assertThat(j.line()).isEqualTo(2))
        .satisfies(j -> assertThat(j.reason().en()).isEqualTo("message cut short: no CheckSum (10) field"))
        .satisfies(j -> assertThat(j.reason().zh()).isEqualTo("訊息不完整：缺少 CheckSum（10）欄位"));

    ControlResult receipt = r.controls().stream().filter(c -> c.id().equals("ORD-RECEIPT")).findFirst().orElseThrow();
    @SuppressWarnings("unchecked")
    List<String> issues = (List<String>) receipt.observed().get("input_issues");
    assertThat(issues).anySatisfy(i -> assertThat(i).startsWith("receipts/2026-11-18.csv:4 duplicate client_order_id R1"))
        .anySatisfy(i -> assertThat(i).startsWith("receipts/2026-11-17.csv:2 trading day 2026-11-17 has receipts but no exchange orders"));
    assertThat(receipt.findings()).isEmpty();
    assertThat(r.controls()).extracting(ControlResult::id).contains("ORD-CAUSALITY", "COLO-FIFO", "ORD-SEQUENCE");
  }
}
