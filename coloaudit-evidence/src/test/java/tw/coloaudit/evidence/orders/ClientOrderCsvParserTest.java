package tw.coloaudit.evidence.orders;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tw.coloaudit.model.orders.ClientOrder;

class ClientOrderCsvParserTest {

  private static final ClientOrderCsvParser PARSER = new ClientOrderCsvParser();
  private static final String HEADER =
      "client_order_id,order_no,parent_id,account,name,received_at,symbol,side,qty,price,price_type,tif,channel,gateway,source_ip,desk\n";

  @Test
  void readsReceiptsKeepingNanosecondsInTheManifestZone() {
    var r = OrderParsing.parse(PARSER, "r.csv", HEADER
        + "R1,K0001,,1234567,王小明,2026-11-18 09:00:00.123456789,2330,B,1000,600,LMT,ROD,colo,GW1,,brokerage\n"
        + "R2,K0002,,1234567,\"王, 小明\",2026/11/18T09:00:01.5,2330,S,1000,600,LMT,ROD,internet,GW1,203.0.113.9,brokerage\n"
        + "C1,K0003,P1,1234567,王小明,,2330,B,1000,600,LMT,ROD,colo,GW1,,brokerage\n"
        + "R3,K0004,,1234567,\"say \"\"hi\"\"\",2026-11-18T01:00:02Z,2330,B,1000,600,LMT,ROD,colo,GW1,,dealer\n");

    assertThat(r.counts()).isEqualTo("4 used, 1 skipped, 0 rejected");
    var o = r.records(ClientOrder.class);
    assertThat(o.get(0).receivedAt()).isEqualTo(Instant.parse("2026-11-18T01:00:00.123456789Z"));
    assertThat(o.get(0).name()).isEqualTo("王小明");
    assertThat(o.get(0).sourceIp()).isNull();
    assertThat(o.get(1).name()).isEqualTo("王, 小明");
    assertThat(o.get(1).receivedAt()).isEqualTo(Instant.parse("2026-11-18T01:00:01.5Z"));
    assertThat(o.get(1).sourceIp()).isEqualTo("203.0.113.9");
    assertThat(o.get(2).receivedAt()).isNull();
    assertThat(o.get(2).parentId()).isEqualTo("P1");
    assertThat(o.get(3).name()).isEqualTo("say \"hi\"");
    assertThat(o.get(3).receivedAt()).isEqualTo(Instant.parse("2026-11-18T01:00:02Z"));
    assertThat(o.get(3).desk()).isEqualTo("dealer");
    assertThat(o.get(3).source().line()).isEqualTo(5);
  }

  @Test
  void readsAFileWithAByteOrderMarkAndOldMacLineEndings() {
    // Lone CRs end lines as they do for every other reader of the pack (a BufferedReader's rule).
    String text = "\uFEFF" + HEADER.replace("\n", "\r")
        + "R1,K0001,,1234567,王小明,2026-11-18 09:00:00,2330,B,1000,600,LMT,ROD,colo,GW1,,brokerage\r"
        + "R2,K0002,,1234567,王小明,2026-11-18 09:00:01,2330,B,1000,600,LMT,ROD,colo,GW1,,brokerage\r";
    var r = OrderParsing.parse(PARSER, "r.csv", text);

    assertThat(r.counts()).isEqualTo("2 used, 1 skipped, 0 rejected");
    var o = r.records(ClientOrder.class);
    assertThat(o).extracting(ClientOrder::clientOrderId).containsExactly("R1", "R2");
    assertThat(o.get(1).source().line()).isEqualTo(3);
  }

  @Test
  void readsBig5WithChineseHeadersAndCrlf() {
    String text = "委託序號,委託書編號,母單序號,帳號,姓名,委託時間,股票代號,買賣別,數量,價格,價格別,委託條件,委託方式,閘道,來源IP,業務別\r\n"
        + "R1,K0001,,1234567,陳美玲,113/11/18 09:00:00,2330,B,1000,600,LMT,ROD,主機共置,GW1,,經紀\r\n";
    Charset big5 = Charset.forName("x-windows-950");
    var r = OrderParsing.parse(PARSER, "r.csv", text.getBytes(big5), big5, null);

    assertThat(r.counts()).isEqualTo("1 used, 1 skipped, 0 rejected");
    ClientOrder o = r.records(ClientOrder.class).get(0);
    assertThat(o.name()).isEqualTo("陳美玲");
    assertThat(o.channel()).isEqualTo("主機共置");
    assertThat(o.desk()).isEqualTo("經紀");
    assertThat(o.receivedAt()).isEqualTo(Instant.parse("2024-11-18T01:00:00Z"));
  }

  @Test
  void readsBig5ReceiptTimesWrittenWithChineseWords() {
    // ROC dates with 年月日 and a Windows zh-TW 12-hour clock, in a Big5 file as a Taiwanese system exports it.
    String text = "委託序號,帳號,委託時間\r\n"
        + "R1,1234567,民國115年11月18日 09:00:01\r\n"
        + "R2,1234567,2026/11/18 下午 01:30:00.123456\r\n";
    Charset big5 = Charset.forName("x-windows-950");
    var r = OrderParsing.parse(PARSER, "r.csv", text.getBytes(big5), big5, null);

    assertThat(r.counts()).isEqualTo("2 used, 1 skipped, 0 rejected");
    List<ClientOrder> o = r.records(ClientOrder.class);
    assertThat(o.get(0).receivedAt()).isEqualTo(Instant.parse("2026-11-18T01:00:01Z"));
    assertThat(o.get(1).receivedAt()).isEqualTo(Instant.parse("2026-11-18T05:30:00.123456Z"));
  }

  @Test
  void rejectsEveryRowOfAFileWhoseHeaderLacksARequiredColumn() {
    var r = OrderParsing.parse(PARSER, "r.csv", "client_order_id,account,symbol\nR1,1234567,2330\nR2,1234567,2330\n");
    assertThat(r.counts()).isEqualTo("0 used, 0 skipped, 3 rejected");
    assertThat(r.rejects.get(2)).isEqualTo("the header (line 1) has no column received_at (委託時間)");
    assertThat(r.rejectsZh.get(2)).isEqualTo("標頭（第 1 行）缺少欄位 received_at（委託時間）");
    var two = OrderParsing.parse(PARSER, "r.csv", "client_order_id,symbol\nR1,2330\n");
    assertThat(two.rejects.get(1)).isEqualTo("the header (line 1) has no column account (帳號), received_at (委託時間)");
    assertThat(two.rejectsZh.get(1)).isEqualTo("標頭（第 1 行）缺少欄位 account（帳號）、received_at（委託時間）");
  }

  @Test
  void rejectsATimeWithoutADateAnUnterminatedQuoteAndAMissingId() {
    var r = OrderParsing.parse(PARSER, "r.csv", HEADER
        + "R1,K0001,,1234567,王小明,09:00:00.123,2330,B,1000,600,LMT,ROD,colo,GW1,,brokerage\n"
        + "R2,K0002,,1234567,\"王小明,2026-11-18 09:00:00,2330\n"
        + ",K0003,,1234567,王小明,2026-11-18 09:00:00,2330,B,1000,600,LMT,ROD,colo,GW1,,brokerage\n"
        + "\n"
        + "R4,K0004,,1234567,王小明,2026-11-18 09:00:00,2330,B,1000,600,LMT,ROD,colo,GW1,,brokerage");

    assertThat(r.counts()).isEqualTo("1 used, 1 skipped, 3 rejected");
    assertThat(r.rejects.get(2)).startsWith("received_at (委託時間): cannot read '09:00:00.123'");
    assertThat(r.rejects.get(3)).isEqualTo("unterminated or misplaced quote");
    assertThat(r.rejects.get(4)).isEqualTo("no client_order_id (委託序號)");
    assertThat(r.rejectsZh.get(2)).isEqualTo("received_at（委託時間）：無法將 '09:00:00.123' 讀為日期時間");
    assertThat(r.rejectsZh.get(3)).isEqualTo("引號未閉合或位置不正確");
    assertThat(r.rejectsZh.get(4)).isEqualTo("缺少 client_order_id（委託序號）");
  }

  @Test
  void probesReceiptHeadersOnly() {
    assertThat(PARSER.probe(OrderParsing.sample("r.csv", HEADER))).isTrue();
    assertThat(PARSER.probe(OrderParsing.sample("r.csv", "委託序號,帳號,委託時間\n"))).isTrue();
    assertThat(PARSER.probe(OrderParsing.sample("x.csv", "client_order_id,account,sent_at\n"))).isFalse();
  }

  @Test
  void readsUtf16ByReencoding() {
    String text = HEADER + "R1,K0001,,1234567,王小明,2026-11-18 09:00:00,2330,B,1000,600,LMT,ROD,colo,GW1,,brokerage\r\n";
    var r = OrderParsing.parse(PARSER, "r.csv", text.getBytes(StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE, null);
    assertThat(r.counts()).isEqualTo("1 used, 1 skipped, 0 rejected");
    assertThat(r.records(ClientOrder.class).get(0).name()).isEqualTo("王小明");
  }

  @Test
  void readsRowsWithAndWithoutQuotesAlike() {
    String[] rows = {
      "R1,K0001,,1234567,王小明,2026-11-18 09:00:00.123456789,2330,B,1000,600,LMT,ROD,colo,GW1,,brokerage",
      " R2 ,\tK0002,, 1234567 ,,2026-11-18 09:00:01,2330,S,,600,LMT,ROD,Co-Location,GW1,,\t自營 ",
      "C1,K0003,R1,1234567,王小明,,2330,B,1000,600,LMT,ROD,API,GW2,,dealer,",
      "R3,K0004,,1234567,a\"b,2026-11-18 09:00:02,2330,B,1000,600,LMT,ROD,web,GW2,203.0.113.9,broker"};
    StringBuilder plain = new StringBuilder(HEADER);
    StringBuilder quoted = new StringBuilder(HEADER);
    for (String row : rows) {
      plain.append(row).append('\n');
      List<String> cells = new ArrayList<>();
      for (String cell : row.split(",", -1)) cells.add("\"" + cell.replace("\"", "\"\"") + "\"");
      quoted.append(String.join(",", cells)).append('\n');
    }
    var p = OrderParsing.parse(PARSER, "r.csv", plain.toString());
    var q = OrderParsing.parse(PARSER, "r.csv", quoted.toString());

    assertThat(p.counts()).isEqualTo(q.counts()).isEqualTo("4 used, 1 skipped, 0 rejected");
    assertThat(p.records(ClientOrder.class)).isEqualTo(q.records(ClientOrder.class));
    ClientOrder r2 = p.records(ClientOrder.class).get(1);
    assertThat(r2.clientOrderId()).isEqualTo("R2");
    assertThat(r2.account()).isEqualTo("1234567");
    assertThat(r2.name()).isNull();
    assertThat(r2.desk()).isEqualTo("自營");
    assertThat(p.records(ClientOrder.class).get(3).name()).isEqualTo("a\"b");
  }

  @Test
  void readsRowsOfMoreCellsThanUsual() {
    String extra = ",x".repeat(70);
    var r = OrderParsing.parse(PARSER, "r.csv", HEADER
        + "R1,K0001,,1234567,王小明,2026-11-18 09:00:00,2330,B,1000,600,LMT,ROD,colo,GW1,,brokerage" + extra + "\n"
        + "R2,K0002,,1234567,王小明,2026-11-18 09:00:00,2330,B,1000,600,LMT,ROD,colo,GW1,,\"dealer\"" + extra + "\n");

    assertThat(r.counts()).isEqualTo("2 used, 1 skipped, 0 rejected");
    assertThat(r.records(ClientOrder.class)).extracting(ClientOrder::desk).containsExactly("brokerage", "dealer");
  }

  @Test
  void readsAQuotedRowOf64CellsAndATrailingComma() {
    // 16 named cells and 48 more fill the 64 cell slots; the trailing comma starts a 65th.
    String row = "\"R1\",K0001,,1234567,王小明,2026-11-18 09:00:00,2330,B,1000,600,LMT,ROD,colo,GW1,,brokerage" + ",x".repeat(48) + ",";
    var r = OrderParsing.parse(PARSER, "r.csv", HEADER + row + "\n");

    assertThat(r.counts()).isEqualTo("1 used, 1 skipped, 0 rejected");
    assertThat(r.records(ClientOrder.class)).extracting(ClientOrder::clientOrderId).containsExactly("R1");
  }
}
