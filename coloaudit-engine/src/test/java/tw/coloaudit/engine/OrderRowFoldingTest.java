package tw.coloaudit.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;
import tw.coloaudit.evidence.orders.ClientOrderCsvParser;
import tw.coloaudit.evidence.orders.FixExchangeOrderParser;
import tw.coloaudit.evidence.spi.EvidenceInput;
import tw.coloaudit.evidence.spi.EvidenceParser;
import tw.coloaudit.facts.Reduction;
import tw.coloaudit.facts.orders.OrderFacts;
import tw.coloaudit.facts.orders.OrderReduction;
import tw.coloaudit.facts.orders.OrderSummary;
import tw.coloaudit.model.FileEntry;
import tw.coloaudit.model.orders.ClientOrder;
import tw.coloaudit.model.orders.ExchangeOrder;
import tw.coloaudit.model.orders.ReceiptRow;
import tw.coloaudit.model.orders.SentRow;

/**
 * The order parsers emit rows over their lines' bytes, which the order reduction folds without
 * building records: the audit must come out exactly as if every row had been a record, whatever
 * the cells hold (quotes, Big5, blanks, white space of every kind, odd spellings).
 */
class OrderRowFoldingTest {

  private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");
  private static final Charset BIG5 = Charset.forName("x-windows-950");
  private static final OrderReduction ORDERS = new OrderReduction();

  private static final String HEADER =
      "client_order_id,order_no,parent_id,account,name,received_at,symbol,side,qty,price,price_type,tif,channel,gateway,source_ip,desk\n";

  /** Receipts of 2026-11-18 in UTF-8: quoted cells, blanks, odd spellings and white space. */
  private static final String UTF8_RECEIPTS = HEADER
      + "R1,K0001,,1234567,王小明,2026-11-18 09:00:00.000100,2330,B,1000,600,LMT,ROD,colo,GW1,,brokerage\n"
      + "\"R2\",K0002,,1234567,\"王, 小明\",2026-11-18 09:00:00.000200,2330,S,1000,600,LMT,ROD,Co-Location,GW1,,Broker\n"
      + "R3,K0003,,9A00001,,2026-11-18 09:00:00.000300,2330,B,1000,600,LMT,ROD,API,GW2,,dealer\n"
      + "R4,K0004,,1234567,陳,2026-11-18 09:00:00.000400,  ,B,,600,,ROD,  Internet ,GW2,203.0.113.9,PROPRIETARY\n"
      + "R5,K0005,,\u000B,\u3000,2026-11-18 09:00:00.000500,2330,B,1000,600,LMT,ROD,web,GW1,\u3000,經紀\n"
      + "C1,K0006,R1,1234567,王小明,,2330,B,1000,600,LMT,ROD,colo,GW1,,brokerage\n"
      + "C2,K0007,,1234567,王小明,,2330,B,1000,600,LMT,ROD,Fax,GW1,,desk-9\n"
      + "R6,K0008,,1234567,\"say \"\"hi\"\"\",2026-11-18 09:00:00.000600,2330,B,1000,600,LMT,ROD,網路,GW1,,\n"
      + "R7,K0005,,\t1234567\t, 王 ,2026-11-18 09:00:01.5,2330,B,1000,600,LMT,IOC,COUNTER,GW1,, Dealer\n"
      + "R8 ,K0010,,1234567,王小明,2026-11-18 09:00:02,2330,B,1000,600,LMT,ROD,colo\u000B,GW3,,brokerage\u001F\n"
      + "R9,K0011,,１２３,王小明,2026-11-18 09:00:03,2330,B,1000,600,LMT,ROD,Ｃｏｌｏ,GW3,,brokerage\n";

  /** Receipts of 2026-11-19 in Big5, with Chinese headers, CRLF and Chinese spellings. */
  private static final String BIG5_RECEIPTS =
      "委託序號,委託書編號,母單序號,帳號,姓名,委託時間,股票代號,買賣別,數量,價格,價格別,委託條件,委託方式,閘道,來源IP,業務別\r\n"
          + "B1,K0101,,1234567,陳美玲,2026-11-19 09:00:00.000100,2330,B,1000,600,LMT,ROD,主機共置,GW1,, 自營 \r\n"
          + "B2,K0102,,1234567,　,2026-11-19 09:00:00.000200,2330,B,1000,600,LMT,ROD,網際網路,GW1,,經紀\r\n"
          + "B3,K0103,,1234567,\"林, 志明\",2026-11-19 09:00:00.000300,2330,B,1000,600,LMT,ROD,電話,GW2,,\r\n"
          + "B4,K0104,,帳號一,陳美玲,2026-11-19 09:00:00.000400,2330,B,1000,600,LMT,ROD,專線,GW2,,經紀\r\n";

  private static String fix(String body, String delimiter) {
    String soh = body.replace("|", "\u0001");
    String head = "8=FIX.4.4\u00019=" + soh.length() + "\u0001";
    int sum = 0;
    for (char c : (head + soh).toCharArray()) sum += c;
    return ("20261118-01:00:00.000: " + head + soh + "10=" + String.format("%03d", sum % 256) + "\u0001").replace("\u0001", delimiter);
  }

  private static String newOrder(String id, String gateway, String time) {
    return "35=D|49=" + gateway + "|56=TWSE|34=2|52=" + time.substring(0, 17) + "|11=" + id + "|1=1234567|37=K" + id
        + "|55=2330|54=1|60=" + time + "|";
  }

  private static final String FIX_LOG = String.join("\n",
      fix(newOrder("R1", "GW1", "20261118-01:00:00.000900"), "\u0001"),
      fix(newOrder("R2", "GW1", "20261118-01:00:00.000150"), "|"),
      fix(newOrder("R3", "GW2", "20261118-01:00:00.000800"), "\u0001"),
      fix(newOrder("R4", "GW2", "20261118-01:00:00.001400"), ";"),
      fix(newOrder("R5", "GW1", "20261118-01:00:00.001500"), "\u0001"),
      fix(newOrder("C1", "GW1", "20261118-01:00:00.001600"), "^A"),
      fix(newOrder("C2", "GW1", "20261118-01:00:00.001700"), "\u0001"),
      fix(newOrder("R7", "GW1", "20261118-01:00:01.501000"), "\u0001"),
      fix(newOrder("R8", "GW3", "20261118-01:00:02.000500"), "\u0001"),
      fix(newOrder("X1", "GW3", "20261118-01:00:02.500000"), "\u0001"),
      fix(newOrder("B1", "GW1", "20261119-01:00:00.000500"), "\u0001"),
      fix(newOrder("B2", "GW1", "20261119-01:00:00.000700"), "|"),
      fix(newOrder("B4", "GW2", "20261119-01:00:00.000450"), "\u0001"))
      + "\n";

  private record Input(String path, byte[] bytes, Charset charset, EvidenceParser parser) {}

  private static List<Input> inputs() {
    return List.of(
        new Input("receipts/2026-11-18.csv", UTF8_RECEIPTS.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8,
            new ClientOrderCsvParser()),
        new Input("receipts/2026-11-19.csv", BIG5_RECEIPTS.getBytes(BIG5), BIG5, new ClientOrderCsvParser()),
        new Input("fix/GW.messages.20261118.log", FIX_LOG.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.ISO_8859_1,
            new FixExchangeOrderParser()));
  }

  /** Reads every input through FileAccounting with the given reductions; returns each file's accounting. */
  private static List<FileAccounting> read(Map<Class<?>, List<Reduction<?>>> reductions) throws IOException {
    List<FileAccounting> files = new ArrayList<>();
    for (Input in : inputs()) {
      FileAccounting acc = new FileAccounting(in.path(), null, null, TAIPEI, LocalDate.of(2026, 11, 20), null, reductions);
      in.parser().parse(input(in), acc);
      files.add(acc);
    }
    return files;
  }

  private static EvidenceInput input(Input in) {
    return new EvidenceInput() {
      public String path() {
        return in.path();
      }

      public String fileName() {
        return in.path().substring(in.path().lastIndexOf('/') + 1);
      }

      public FileEntry entry() {
        return null;
      }

      public InputStream openBytes() {
        return new ByteArrayInputStream(in.bytes());
      }

      public BufferedReader openText() {
        return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(in.bytes()), in.charset()));
      }

      public Charset charset() {
        return in.charset();
      }
    };
  }

  /** The files' partials merged in file order, as the engine merges them. */
  private static OrderFacts merged(List<FileAccounting> files) {
    OrderFacts all = ORDERS.empty();
    for (FileAccounting f : files) {
      Object partial = f.partials().get(ORDERS);
      if (partial != null) ORDERS.merge(all, (OrderFacts) partial);
    }
    return all;
  }

  /** Records kept by the files, folded one by one as records. */
  private static OrderFacts foldedRecords(List<FileAccounting> files) {
    OrderFacts all = ORDERS.empty();
    for (FileAccounting f : files) {
      OrderFacts partial = ORDERS.empty();
      for (Object r : f.records()) ORDERS.fold(partial, r);
      ORDERS.merge(all, partial);
    }
    return all;
  }

  @Test
  void foldingRowsGivesTheSameSummaryAsFoldingTheirRecords() throws IOException {
    Map<Class<?>, List<Reduction<?>>> all = Map.of(
        ReceiptRow.class, List.of(ORDERS), SentRow.class, List.of(ORDERS),
        ClientOrder.class, List.of(ORDERS), ExchangeOrder.class, List.of(ORDERS));
    List<FileAccounting> rows = read(all);
    List<FileAccounting> kept = read(Map.of());

    assertThat(rows).allSatisfy(f -> assertThat(f.records()).isEmpty());
    assertThat(kept.get(0).records()).hasOnlyElementsOfType(ClientOrder.class).hasSize(11);
    assertThat(kept.get(1).records()).hasOnlyElementsOfType(ClientOrder.class).hasSize(4);
    assertThat(kept.get(2).records()).hasOnlyElementsOfType(ExchangeOrder.class).hasSize(13);

    OrderFacts fromRows = merged(rows);
    OrderFacts fromRecords = foldedRecords(kept);
    assertThat(fromRows.receiptCount()).isEqualTo(fromRecords.receiptCount()).isEqualTo(15);
    assertThat(fromRows.exchangeOrderCount()).isEqualTo(fromRecords.exchangeOrderCount()).isEqualTo(13);

    OrderSummary expected = fromRecords.summary(TAIPEI, 100_000L);
    OrderSummary actual = fromRows.summary(TAIPEI, 100_000L);
    assertThat(describe(actual)).isEqualTo(describe(expected));
    // The cells the canonical forms and missing fields come from were seen as intended.
    assertThat(expected.fieldGapCount()).isPositive();
    assertThat(expected.fieldGaps()).extracting(OrderSummary.FieldGap::field)
        .contains("account", "name", "symbol", "qty", "price_type", "source_ip");
    assertThat(expected.untimedCount()).isPositive();
    assertThat(expected.negativeCount()).isPositive();
    assertThat(expected.orphanCount()).isPositive();
  }

  @Test
  void rowsNoReductionTakesAreFoldedAsTheirRecords() throws IOException {
    // An engine whose reduction knows only the records: each row is folded as the record it stands for.
    List<FileAccounting> recordsOnly = read(Map.of(ClientOrder.class, List.of(ORDERS), ExchangeOrder.class, List.of(ORDERS)));
    List<FileAccounting> kept = read(Map.of());

    assertThat(recordsOnly).allSatisfy(f -> assertThat(f.records()).isEmpty());
    assertThat(describe(merged(recordsOnly).summary(TAIPEI, 100_000L)))
        .isEqualTo(describe(foldedRecords(kept).summary(TAIPEI, 100_000L)));
  }

  @Test
  void keptRowsAreTheRecordsAndTheFirstTimeIsTheEarliestRow() throws IOException {
    List<FileAccounting> kept = read(Map.of());
    ClientOrder quoted = (ClientOrder) kept.get(0).records().get(1);
    assertThat(quoted.clientOrderId()).isEqualTo("R2");
    assertThat(quoted.name()).isEqualTo("王, 小明");
    assertThat(quoted.channel()).isEqualTo("Co-Location");
    assertThat(quoted.sourceIp()).isNull();
    assertThat(quoted.source().toString()).isEqualTo("receipts/2026-11-18.csv:3");
    ClientOrder big5 = (ClientOrder) kept.get(1).records().get(0);
    assertThat(big5.desk()).isEqualTo("自營");
    assertThat(big5.channel()).isEqualTo("主機共置");
    ExchangeOrder sent = (ExchangeOrder) kept.get(2).records().get(1);
    assertThat(sent.clientOrderId()).isEqualTo("R2");
    assertThat(sent.sentAt()).isEqualTo(Instant.parse("2026-11-18T01:00:00.000150Z"));

    List<FileAccounting> folded = read(Map.of(ReceiptRow.class, List.of(ORDERS), SentRow.class, List.of(ORDERS)));
    for (int i = 0; i < kept.size(); i++) {
      assertThat(folded.get(i).firstTime()).isEqualTo(kept.get(i).firstTime()).isNotNull();
    }
    assertThat(folded.get(0).firstTime()).isEqualTo(Instant.parse("2026-11-18T01:00:00.000100Z"));
  }

  /** Everything a summary holds, in comparable form (days are mutable classes without equals). */
  private static Map<String, Object> describe(OrderSummary s) {
    Map<String, Object> d = new LinkedHashMap<>();
    Map<LocalDate, Object> days = new TreeMap<>();
    s.days().forEach((date, day) -> {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("receipts", day.receipts);
      x.put("exchangeOrders", day.exchangeOrders);
      x.put("matched", day.matched);
      x.put("orphans", day.orphans);
      x.put("receiptsWithoutOrder", day.receiptsWithoutOrder);
      x.put("negatives", day.negatives);
      x.put("overtakes", day.overtakes);
      Map<String, Object> latency = new TreeMap<>();
      day.latency.forEach((gw, desks) -> desks.forEach((desk, h) -> latency.put(gw + "/" + desk, histogram(h))));
      x.put("latency", latency);
      x.put("firstReceipt", day.firstReceipt);
      days.put(date, x);
    });
    d.put("days", days);
    d.put("orphans", List.of(s.orphanCount(), s.orphans()));
    d.put("untimed", List.of(s.untimedCount(), s.untimed()));
    d.put("negatives", List.of(s.negativeCount(), s.negatives()));
    d.put("overtakes", List.of(s.overtakeCount(), s.overtakes()));
    d.put("fieldGaps", List.of(s.fieldGapCount(), s.fieldGaps()));
    d.put("sequenceBreaks", List.of(s.sequenceBreakCount(), s.sequenceBreaks()));
    d.put("coloBrokerageDays", s.coloBrokerageDays());
    d.put("receiptDays", s.receiptDays());
    d.put("issues", List.of(s.issueCount(), s.issues()));
    return d;
  }

  private static List<Long> histogram(Histogram h) {
    return List.of(h.getTotalCount(), h.getMinValue(), h.getMaxValue(), h.getValueAtPercentile(50), h.getValueAtPercentile(99));
  }
}
