package tw.coloaudit.evidence.orders;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import tw.coloaudit.model.orders.ExchangeOrder;

class FixExchangeOrderParserTest {

  private static final FixExchangeOrderParser PARSER = new FixExchangeOrderParser();

  /** A message with correct BodyLength and CheckSum, fields split by {@code d}. */
  static String message(String body, String d) {
    String soh = body.replace("|", "\u0001");
    String head = "8=FIX.4.4\u00019=" + soh.length() + "\u0001";
    int sum = 0;
    for (char c : (head + soh).toCharArray()) sum += c;
    return (head + soh + "10=" + String.format("%03d", sum % 256) + "\u0001").replace("\u0001", d);
  }

  private static final String NEW = "35=D|49=9A00COLO1|56=TWSE|34=2|52=20261118-01:00:00.000|11=R1|1=1234567|37=K0001|55=2330|54=1|60=20261118-01:00:00.123456789|";

  @Test
  void readsNewOrdersWithAnyDelimiterAndPrefixKeepingNanoseconds() {
    String text = "20261118-01:00:00.124: " + message(NEW, "\u0001") + "\n"
        + "2026/11/18-09:00:00,124 INFO :: Outgoing: " + message(NEW.replace("R1", "R2"), ";") + "\n"
        + message(NEW.replace("R1", "R3"), "|") + "\r\n"
        + message(NEW.replace("R1", "R4"), "^A") + "\n";
    var r = OrderParsing.parse(PARSER, "gw.log", text);

    assertThat(r.counts()).isEqualTo("4 used, 0 skipped, 0 rejected");
    assertThat(r.warnings).isEmpty();
    List<ExchangeOrder> orders = r.records(ExchangeOrder.class);
    assertThat(orders).extracting(ExchangeOrder::clientOrderId).containsExactly("R1", "R2", "R3", "R4");
    ExchangeOrder o = orders.get(0);
    assertThat(o.sentAt()).isEqualTo(Instant.parse("2026-11-18T01:00:00.123456789Z"));
    assertThat(o.gateway()).isEqualTo("9A00COLO1");
    assertThat(o.account()).isEqualTo("1234567");
    assertThat(o.orderNo()).isEqualTo("K0001");
    assertThat(o.source().line()).isEqualTo(1);
  }

  @Test
  void skipsOtherMessageTypesAndRejectsCutOrUnreadableLines() {
    String cut = message(NEW, "|");
    String text = message("35=8|49=X|11=R1|", "|") + "\n"
        + message("35=F|49=X|11=R2|41=R1|", "|") + "\n"
        + message("35=G|49=X|11=R3|", "|") + "\n"
        + cut.substring(0, cut.length() / 2) + "\n"
        + "This is junk and should be ignored!!!!\n"
        + message("35=D|49=X|52=20261118-01:00:00|", "|") + "\n"
        + message("35=D|49=X|11=R9|60=09:00:00|", "|") + "\n";
    var r = OrderParsing.parse(PARSER, "gw.log", text);

    assertThat(r.counts()).isEqualTo("0 used, 3 skipped, 4 rejected");
    assertThat(r.rejects).containsEntry(4, "message cut short: no CheckSum (10) field")
        .containsEntry(5, "no FIX message (8=FIX…) on the line")
        .containsEntry(6, "new order (35=D) without ClOrdID (11)")
        .containsEntry(7, "cannot read '09:00:00' as a FIX UTC timestamp (tag 60)");
    assertThat(r.rejectsZh).containsEntry(4, "訊息不完整：缺少 CheckSum（10）欄位")
        .containsEntry(5, "此行沒有 FIX 訊息（8=FIX…）")
        .containsEntry(6, "新委託（35=D）缺少 ClOrdID（11）")
        .containsEntry(7, "無法將 '09:00:00' 讀為 FIX UTC 時間戳記（tag 60）");
  }

  @Test
  void warnsAboutAWrongBodyLengthOrCheckSumAndStillUsesTheMessage() {
    String good = message(NEW, "|");
    String badSum = good.replaceAll("10=\\d{3}\\|$", "10=000|");
    String badLen = good.replaceFirst("9=\\d+", "9=7");
    var r = OrderParsing.parse(PARSER, "gw.log", badSum + "\n" + badLen + "\n");

    assertThat(r.counts()).isEqualTo("2 used, 0 skipped, 0 rejected");
    assertThat(r.warnings.get(1)).startsWith("CheckSum (10) is 000 but the message sums to");
    assertThat(r.warnings.get(2)).startsWith("BodyLength (9) is 7 but the body holds").contains("CheckSum (10)");
    assertThat(r.warningsZh.get(1)).startsWith("CheckSum（10）為 000，但訊息實際加總為 ").endsWith("；訊息仍予採用");
    assertThat(r.warningsZh.get(2)).startsWith("BodyLength（9）為 7，但訊息本體實際為 ").contains("CheckSum（10）");
  }

  @Test
  void namesRejectsAndWarningsInChineseAndEnglish() {
    String text = message(NEW, "|") + "\n"
        + message("49=X|11=R2|", "|") + "\n"
        + message("35=D|49=X|11=R3|", "|") + "\n"
        + "8=FIX.4.4|" + "x".repeat(OrderParsers.MAX_LINE) + "\n";
    var r = OrderParsing.parse(PARSER, "gw.log", text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, "9A00COLO2");

    assertThat(r.counts()).isEqualTo("1 used, 0 skipped, 3 rejected");
    assertThat(r.warnings.get(1)).isEqualTo("SenderCompID 9A00COLO1 differs from the manifest's system 9A00COLO2; the manifest wins");
    assertThat(r.warningsZh.get(1)).isEqualTo("SenderCompID 9A00COLO1 與清單所指定的系統 9A00COLO2 不同；以清單為準");
    assertThat(r.rejects).containsEntry(2, "no MsgType (35)")
        .containsEntry(3, "new order (35=D) without TransactTime (60) or SendingTime (52)")
        .containsEntry(4, "line longer than " + OrderParsers.MAX_LINE + " bytes");
    assertThat(r.rejectsZh).containsEntry(2, "缺少 MsgType（35）")
        .containsEntry(3, "新委託（35=D）缺少 TransactTime（60），也沒有 SendingTime（52）")
        .containsEntry(4, "行長度超過 1048576 位元組");
  }

  @Test
  void probesForFixMessagesOnly() {
    assertThat(PARSER.probe(OrderParsing.sample("a.log", "x\n20261118-01:00:00.124: 8=FIX.4.2|9=5|"))).isTrue();
    assertThat(PARSER.probe(OrderParsing.sample("a.csv", "client_order_id,sent_at\n"))).isFalse();
  }

  @Test
  void readsEveryRealFixLogWithGoldenCounts() throws Exception {
    String prop = System.getProperty("coloaudit.realdata");
    Path dir = (prop != null ? Path.of(prop) : Path.of("../../shared/realdata")).resolve("fix");
    Assumptions.assumeTrue(Files.isDirectory(dir), dir + " not found: skipping real-file tests");
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.sorted().toList();
    }
    assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly(
        "fixtc-fixconv_fix44-ExecRpt.tag.fix", "fixtc-fixconv_fix44-NewOrderSingle.tag.fix",
        "fixtc-tagvalue-pretty-printer_logtest_colon_multi_FIX44.log", "quickfix-logviewer_small_FIX42_soh.log",
        "quickfix-logviewer_testDelimiter_FIX42_pipe.log");
    String[] golden = {
      "0 used, 1 skipped, 0 rejected", "1 used, 0 skipped, 0 rejected", "40 used, 290 skipped, 0 rejected",
      "16 used, 68 skipped, 8 rejected", "3 used, 17 skipped, 2 rejected"};
    for (int i = 0; i < files.size(); i++) {
      Path f = files.get(i);
      assertThat(PARSER.probe(new tw.coloaudit.evidence.spi.Sample(f.getFileName().toString(), new byte[0],
          new String(OrderParsing.read(f), StandardCharsets.ISO_8859_1).lines().limit(20).toList()))).as(f.toString()).isTrue();
      var r = OrderParsing.parse(PARSER, f.getFileName().toString(), OrderParsing.read(f), StandardCharsets.ISO_8859_1, null);
      assertThat(r.counts()).as(f.toString()).isEqualTo(golden[i]);
    }
    var nos = OrderParsing.parse(PARSER, "nos", OrderParsing.read(files.get(1)), StandardCharsets.ISO_8859_1, null);
    ExchangeOrder o = nos.records(ExchangeOrder.class).get(0);
    assertThat(o.clientOrderId()).isEqualTo("123456");
    assertThat(o.account()).isEqualTo("26522154");
    assertThat(o.gateway()).isEqualTo("AFUNDMGR");
    assertThat(o.sentAt()).isEqualTo(Instant.parse("2001-09-11T14:30:47Z"));
    var multi = OrderParsing.parse(PARSER, "multi", OrderParsing.read(files.get(2)), StandardCharsets.ISO_8859_1, null);
    assertThat(multi.records(ExchangeOrder.class).get(0).clientOrderId()).isEqualTo("IREACH_t182_LLOYLN.nx83e.j#a1");
    assertThat(multi.records(ExchangeOrder.class).get(0).sentAt()).isEqualTo(Instant.parse("2020-03-02T11:14:36Z"));
    var soh = OrderParsing.parse(PARSER, "soh", OrderParsing.read(files.get(3)), StandardCharsets.ISO_8859_1, null);
    assertThat(soh.rejects.values()).contains("no FIX message (8=FIX…) on the line");
  }
}
