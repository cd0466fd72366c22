package tw.coloaudit.example;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import tw.coloaudit.example.ExamplePack.ExpectedFinding;

/**
 * The co-location and order part of the example pack: rules of use, the eligible-investor
 * registers, four days of receipts (one Big5 export) joined to QuickFIX/J logs of gateway session
 * 9A00COLO1, five years of branch receipts with their exchange CSV, sign-offs and clock sync.
 */
final class OrdersPart implements ExamplePart {

  static final String SESSION = "9A00COLO1";
  static final String BRANCH = "9A00BR01";
  /** The business day left out of the five-year archive (ORD-RETENTION). */
  static final LocalDate MISSING_DAY = LocalDate.of(2025, 3, 12);

  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");
  private static final DateTimeFormatter FIX_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HH:mm:ss.SSSSSS");
  private static final DateTimeFormatter FIX_PREFIX = DateTimeFormatter.ofPattern("yyyyMMdd-HH:mm:ss.SSS");

  static final List<LocalDate> HOLIDAYS = List.of(
      LocalDate.of(2022, 1, 31), LocalDate.of(2022, 2, 1), LocalDate.of(2022, 2, 2), LocalDate.of(2022, 2, 3),
      LocalDate.of(2022, 2, 4), LocalDate.of(2023, 1, 20), LocalDate.of(2023, 1, 23), LocalDate.of(2023, 1, 24),
      LocalDate.of(2023, 1, 25), LocalDate.of(2023, 1, 26), LocalDate.of(2023, 1, 27), LocalDate.of(2024, 2, 8),
      LocalDate.of(2024, 2, 9), LocalDate.of(2024, 2, 12), LocalDate.of(2024, 2, 13), LocalDate.of(2024, 2, 14),
      LocalDate.of(2025, 1, 27), LocalDate.of(2025, 1, 28), LocalDate.of(2025, 1, 29), LocalDate.of(2025, 1, 30),
      LocalDate.of(2025, 1, 31), LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 17), LocalDate.of(2026, 2, 18),
      LocalDate.of(2026, 2, 19), LocalDate.of(2026, 2, 20), LocalDate.of(2026, 10, 9));

  /** One order as the generator plants it: receipt fields and, when sent, the send time. */
  private record Order(
      String id, String no, String parent, String account, String name, LocalDateTime received, String symbol,
      String side, String desk, LocalDateTime sent) {}

  private final List<Order> orders = build();

  private static boolean business(LocalDate d) {
    return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY && !HOLIDAYS.contains(d);
  }

  private static LocalDateTime t(LocalDate d, int h, int m, int s, int micros) {
    return d.atTime(h, m, s, micros * 1000);
  }

  /**
   * The co-location orders of 2026-11-17 to 2026-11-20, one a second or more apart so only the
   * planted pair overtakes. Brokerage accounts 1234567 and 2345678 are eligible; 7654321's
   * eligibility lapsed on 2026-10-31; 9A00001 is the firm's own dealer account.
   */
  private static List<Order> build() {
    List<Order> out = new ArrayList<>();
    LocalDate[] days = {LocalDate.of(2026, 11, 17), LocalDate.of(2026, 11, 18), LocalDate.of(2026, 11, 19),
        LocalDate.of(2026, 11, 20)};
    for (LocalDate d : days) {
      String ymd = d.toString().replace("-", "");
      int no = d.equals(days[2]) ? 2 : 1; // K0001 of the 19th is the order received the evening before
      boolean slowBrokerage = d.equals(days[2]);
      for (int i = 0; i < 12; i++) {
        boolean dealer = i % 3 == 2;
        String account = dealer ? "9A00001" : i % 3 == 0 ? "1234567" : (i % 2 == 0 ? "7654321" : "2345678");
        String name = dealer ? "範例證券自營部" : account.equals("1234567") ? "陳美玲" : account.equals("7654321") ? "林志明" : "張雅婷";
        LocalDateTime recv = t(d, 9, 1 + i, 0, 120 + i * 7);
        int latency = dealer ? 300 + i * 10 : slowBrokerage ? 3000 + i * 40 : 420 + i * 15;
        out.add(new Order("R" + ymd + "-" + String.format("%04d", i + 1), String.format("K%04d", no++), null, account, name,
            recv, i % 2 == 0 ? "2330" : "2317", i % 4 < 2 ? "B" : "S", dealer ? "dealer" : "brokerage", recv.plusNanos(latency * 1000L)));
      }
      if (d.equals(days[0])) {
        // Trap: a parent instruction split by software into two child orders with no receipt time of their own.
        LocalDateTime parent = t(d, 9, 30, 0, 0);
        out.add(new Order("P" + ymd + "-0001", null, null, "1234567", "陳美玲", parent, "2330", "B", "brokerage", null));
        out.add(new Order("C" + ymd + "-0001", String.format("K%04d", no++), "P" + ymd + "-0001", "1234567", "陳美玲", null, "2330", "B",
            "brokerage", parent.plusNanos(400_000)));
        out.add(new Order("C" + ymd + "-0002", String.format("K%04d", no++), "P" + ymd + "-0001", "1234567", "陳美玲", null, "2330", "B",
            "brokerage", parent.plusNanos(300_000)));
      }
      if (d.equals(days[1])) {
        // Planted: dealer order B, received 500 µs after dealer order A, is sent 1300 µs before it.
        LocalDateTime a = t(d, 10, 0, 0, 0);
        out.add(new Order("R" + ymd + "-0101", String.format("K%04d", no++), null, "9A00001", "範例證券自營部", a, "2454", "B", "dealer",
            a.plusNanos(2_000_000)));
        out.add(new Order("R" + ymd + "-0102", String.format("K%04d", no++), null, "9A00001", "範例證券自營部", a.plusNanos(500_000), "2454",
            "B", "dealer", a.plusNanos(700_000)));
        // Trap: sent 50 µs ahead of an order received earlier, within the 100 µs tolerance.
        LocalDateTime c = t(d, 11, 0, 0, 0);
        out.add(new Order("R" + ymd + "-0103", String.format("K%04d", no++), null, "2345678", "張雅婷", c, "2303", "S", "brokerage",
            c.plusNanos(900_000)));
        out.add(new Order("R" + ymd + "-0104", String.format("K%04d", no++), null, "1234567", "陳美玲", c.plusNanos(100_000), "2303", "S",
            "brokerage", c.plusNanos(850_000)));
        // Trap: received the evening before, sent at the next open; joined across days.
        out.add(new Order("R" + ymd + "-0201", "K0001", null, "2345678", "張雅婷", t(d, 20, 15, 0, 0), "2882", "B", "brokerage",
            t(d.plusDays(1), 9, 0, 0, 0)));
      }
      if (d.equals(days[3])) {
        // Planted: a new order in the FIX log that no receipt record stands for (no name: not written to receipts).
        out.add(new Order("R" + ymd + "-0099", "K0099", null, "2345678", null, null, "2330", "B", "brokerage",
            t(d, 10, 15, 0, 0)));
      }
      if (d.equals(days[2])) {
        // Planted: received 200 µs after it was sent (a clock or record fault).
        LocalDateTime r = t(d, 9, 30, 5, 300);
        out.add(new Order("R" + ymd + "-0301", String.format("K%04d", no++), null, "9A00001", "範例證券自營部", r, "2603", "S", "dealer",
            r.minusNanos(200_000)));
      }
    }
    return out;
  }

  @Override
  public Map<String, byte[]> files() {
    SortedMap<String, byte[]> files = new TreeMap<>();
    files.put("orders/colo-rules.yaml", rules().getBytes(StandardCharsets.UTF_8));
    List<LocalDate> days = orders.stream().filter(o -> o.name() != null && o.received() != null).map(o -> o.received().toLocalDate()).distinct().sorted().toList();
    for (LocalDate d : days) {
      List<Order> received = orders.stream().filter(o -> o.name() != null && receiptDay(o).equals(d)).toList();
      String name = "orders/receipts/receipts-" + d + ".csv";
      files.put(name, d.getDayOfMonth() == 17 ? big5(receipts(received, true)) : receipts(received, false).getBytes(StandardCharsets.UTF_8));
    }
    for (LocalDate d : orders.stream().filter(o -> o.sent() != null).map(o -> o.sent().toLocalDate()).distinct().sorted().toList()) {
      List<Order> sent = orders.stream().filter(o -> o.sent() != null && o.sent().toLocalDate().equals(d)).toList();
      if (!sent.isEmpty()) files.put("orders/fix/" + SESSION + ".messages." + d.toString().replace("-", "") + ".log", fix(d, sent));
    }
    files.put("orders/archive/receipts-2021-2026.csv", archiveReceipts().getBytes(StandardCharsets.UTF_8));
    files.put("orders/archive/exchange-2021-2026.csv", archiveExchange().getBytes(StandardCharsets.UTF_8));
    files.put("registers/colo-eligibility.csv", eligibility().getBytes(StandardCharsets.UTF_8));
    files.put("registers/colo-eligibility-reviews.csv", reviews().getBytes(StandardCharsets.UTF_8));
    files.put("registers/order-signoffs.csv", signoffs().getBytes(StandardCharsets.UTF_8));
    files.put("clock/colo-gw-1/tracking.log", tracking().getBytes(StandardCharsets.UTF_8));
    files.put("clock/clock-sync.csv", clockCsv().getBytes(StandardCharsets.UTF_8));
    return files;
  }

  private LocalDate receiptDay(Order o) {
    if (o.received() != null) return o.received().toLocalDate();
    Order p = orders.stream().filter(x -> x.id().equals(o.parent())).findFirst().orElseThrow();
    return p.received().toLocalDate();
  }

  private static String rules() {
    return """
        # 主機共置服務使用規則（董事會核准）
        approved_on: 2023-07-15
        approved_by: 董事會 第12屆第8次會議
        in_internal_control: true
        criteria:
          - 業務規模：近一年成交金額達新臺幣五十億元以上
          - 客戶結構：專業機構投資人或符合資格之自然人
          - 貢獻度：近一年手續費貢獻達一定標準
        notification:
          method: 書面及電子郵件通知，並留存通知紀錄
        review_interval_days: 180
        """;
  }

  private static String receipts(List<Order> list, boolean chinese) {
    StringBuilder b = new StringBuilder(chinese
        ? "委託序號,委託書編號,母單序號,帳號,姓名,委託時間,股票代號,買賣別,數量,價格,價格別,委託條件,委託方式,閘道,來源IP,業務別\n"
        : "client_order_id,order_no,parent_id,account,name,received_at,symbol,side,qty,price,price_type,tif,channel,gateway,source_ip,desk\n");
    for (Order o : list) {
      boolean dealer = o.desk().equals("dealer");
      b.append(o.id()).append(',').append(o.no() == null ? "" : o.no()).append(',').append(o.parent() == null ? "" : o.parent())
          .append(',').append(o.account()).append(',').append(o.name()).append(',')
          .append(o.received() == null ? "" : LOCAL.format(o.received())).append(',').append(o.symbol()).append(',')
          .append(o.side()).append(",1000,").append(o.symbol().equals("2330") ? "1050" : "98.5").append(",LMT,ROD,")
          .append(chinese ? "主機共置" : "colo").append(',').append(SESSION).append(",,")
          .append(chinese ? (dealer ? "自營" : "經紀") : o.desk()).append('\n');
    }
    return chinese ? b.toString().replace("\n", "\r\n") : b.toString();
  }

  private static byte[] big5(String s) {
    Charset cs = Charset.forName("x-windows-950");
    if (!cs.newEncoder().canEncode(s)) throw new IllegalStateException("receipts not encodable in " + cs);
    return s.getBytes(cs);
  }

  /** A QuickFIX/J message log of one day: logon, the new orders, an execution report and a cancel. */
  private static byte[] fix(LocalDate day, List<Order> sent) {
    List<Order> sorted = new ArrayList<>(sent);
    sorted.sort((a, b) -> a.sent().compareTo(b.sent()));
    StringBuilder b = new StringBuilder();
    int seq = 1;
    LocalDateTime logon = day.atTime(8, 30);
    b.append(line(logon, fields("A", seq++, logon, "98=0\u0001108=30\u0001"), false));
    for (Order o : sorted) {
      String body = "11=" + o.id() + "\u0001" + "1=" + o.account() + "\u0001" + "37=" + o.no() + "\u0001" + "55=" + o.symbol()
          + "\u000154=" + (o.side().equals("B") ? "1" : "2") + "\u000138=1000\u000140=2\u000144=98.5\u000159=0\u0001"
          + "60=" + FIX_TIME.format(utc(o.sent())) + "\u0001";
      b.append(line(o.sent(), fields("D", seq++, o.sent(), body), false));
    }
    // One hand-edited message with a wrong CheckSum: warned about, still used.
    Order first = sorted.get(0);
    LocalDateTime after = first.sent().plusSeconds(1);
    b.append(line(after, fields("8", seq++, after, "37=K" + day.getDayOfMonth() + "\u000111=" + first.id() + "\u0001150=0\u000139=0\u0001"), true));
    b.append(line(after.plusSeconds(1), fields("F", seq++, after.plusSeconds(1), "41=" + first.id() + "\u000111=X" + first.id() + "\u0001"), false));
    return b.toString().getBytes(StandardCharsets.US_ASCII);
  }

  private static LocalDateTime utc(LocalDateTime local) {
    return local.atZone(ExamplePack.TIMEZONE).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
  }

  private static String fields(String type, int seq, LocalDateTime at, String rest) {
    return "35=" + type + "\u000149=" + SESSION + "\u000156=TWSE\u000134=" + seq + "\u000152=" + FIX_PREFIX.format(utc(at)) + "\u0001" + rest;
  }

  private static String line(LocalDateTime at, String body, boolean badChecksum) {
    String head = "8=FIX.4.4\u00019=" + body.length() + "\u0001";
    int sum = 0;
    for (char c : (head + body).toCharArray()) sum += c;
    int checksum = (sum + (badChecksum ? 7 : 0)) % 256;
    return FIX_PREFIX.format(utc(at)) + ": " + head + body + "10=" + String.format("%03d", checksum) + "\u0001\n";
  }

  /** Two branch orders each business day for five years, but none on {@link #MISSING_DAY}. */
  private static List<LocalDate> archiveDays() {
    List<LocalDate> days = new ArrayList<>();
    for (LocalDate d = ExamplePack.AS_OF.minusYears(5); d.isBefore(LocalDate.of(2026, 11, 17)); d = d.plusDays(1)) {
      if (business(d) && !d.equals(MISSING_DAY)) days.add(d);
    }
    return days;
  }

  private static String archiveReceipts() {
    StringBuilder b = new StringBuilder(
        "client_order_id,order_no,parent_id,account,name,received_at,symbol,side,qty,price,price_type,tif,channel,gateway,source_ip,desk\n");
    for (LocalDate d : archiveDays()) {
      for (int i = 1; i <= 2; i++) {
        b.append("A").append(d.toString().replace("-", "")).append("-").append(i).append(",B000").append(i)
            .append(",,3456789,吳建宏,").append(LOCAL.format(d.atTime(9 + i, 0))).append(",1101,B,1000,45.2,LMT,ROD,branch,")
            .append(BRANCH).append(",,brokerage\n");
      }
    }
    return b.toString();
  }

  private static String archiveExchange() {
    StringBuilder b = new StringBuilder("client_order_id,order_no,account,sent_at,symbol,side,qty,price,gateway\n");
    for (LocalDate d : archiveDays()) {
      for (int i = 1; i <= 2; i++) {
        b.append("A").append(d.toString().replace("-", "")).append("-").append(i).append(",B000").append(i).append(",3456789,")
            .append(LOCAL.format(d.atTime(9 + i, 0, 0, 1_500_000))).append(",1101,B,1000,45.2,").append(BRANCH).append('\n');
      }
    }
    return b.toString();
  }

  private static String eligibility() {
    return """
        account,name,eligible_from,eligible_to,notified_on
        1234567,陳美玲,2024-01-01,,2023-12-20
        2345678,張雅婷,2025-06-01,,2025-06-01
        7654321,林志明,2025-01-01,2026-10-31,2024-12-20
        """;
  }

  private static String reviews() {
    return """
        reviewed_on,reviewer,approver
        2025-12-01,經紀部 李文華,經紀部主管 周國強
        2026-05-20,經紀部 李文華,經紀部主管 周國強
        2026-10-30,經紀部 李文華,經紀部主管 周國強
        """;
  }

  /** Signed at 15:30 on the day by the clerk and 16:10 by the supervisor; none yet for the as-of date. */
  private static String signoffs() {
    StringBuilder b = new StringBuilder("trade_date,clerk,clerk_signed_at,supervisor,supervisor_signed_at\n");
    List<LocalDate> days = new ArrayList<>(archiveDays());
    days.add(LocalDate.of(2026, 11, 17));
    days.add(LocalDate.of(2026, 11, 18));
    days.add(LocalDate.of(2026, 11, 19));
    for (LocalDate d : days) {
      b.append(d).append(",E101,").append(d).append(" 15:30:00,");
      if (d.equals(LocalDate.of(2026, 11, 18))) {
        b.append(",\n"); // planted: the supervisor never signed
      } else {
        b.append("E102,").append(d).append(" 16:10:00\n");
      }
    }
    return b.toString();
  }

  private static String tracking() {
    StringBuilder b = new StringBuilder();
    String header = "   Date (UTC) Time     IP Address   St   Freq ppm   Skew ppm     Offset L Co  Offset sd Rem. corr. Root delay Root disp. Max. error\n";
    b.append(header).append("=".repeat(143)).append('\n');
    Instant start = Instant.parse("2026-11-16T00:00:00Z");
    for (int i = 0; i < 24 * 5; i++) {
      Instant at = start.plusSeconds(3600L * i);
      double offset = ((i * 37) % 90 - 45) * 1e-6;
      b.append(String.format(java.util.Locale.ROOT, "%s 10.20.1.1        2     -3.211      0.012 %10.3e N  1  2.112e-06  1.403e-06  3.021e-04  1.122e-04  4.404e-04%n",
          DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").format(at.atOffset(ZoneOffset.UTC)), offset));
    }
    return b.toString();
  }

  private static String clockCsv() {
    return """
        host,time,offset_us
        colo-gw-1,2026-11-19T08:00:00+08:00,12.5
        colo-gw-1,2026-11-20T08:00:00+08:00,-8.0
        """;
  }

  @Override
  public String holidays() {
    StringBuilder b = new StringBuilder();
    for (LocalDate d : HOLIDAYS) b.append("- ").append(d).append('\n');
    return b.toString();
  }

  @Override
  public String manifestFiles() {
    return """
          - { path: orders/colo-rules.yaml, kind: colo-rules }
          - { path: orders/receipts/*.csv, kind: client-orders }
          - { path: orders/fix/*.log, kind: exchange-orders }
          - { path: orders/archive/receipts-*.csv, kind: client-orders }
          - { path: orders/archive/exchange-*.csv, kind: exchange-orders }
          - { path: registers/colo-eligibility.csv, kind: colo-eligibility }
          - { path: registers/colo-eligibility-reviews.csv, kind: colo-eligibility-reviews }
          - { path: registers/order-signoffs.csv, kind: order-signoffs }
          - { path: clock/colo-gw-1/tracking.log, kind: clock-sync, system: colo-gw-1 }
          - { path: clock/clock-sync.csv, kind: clock-sync }
        """;
  }

  @Override
  public List<ExpectedFinding> answerKey() {
    List<ExpectedFinding> key = new ArrayList<>();
    key.add(new ExpectedFinding("COLO-ELIGIBILITY", Map.of("account", "7654321"),
        "eligibility ended 2026-10-31; the account kept sending co-location orders on 2026-11-17 to 2026-11-20"));
    key.add(new ExpectedFinding("COLO-PRIORITY", Map.of("gateway", SESSION, "trade_date", "2026-11-19"),
        "brokerage orders took about 3 ms against 0.3 ms for dealer orders on the same gateway"));
    key.add(new ExpectedFinding("COLO-FIFO", Map.of("gateway", SESSION, "trade_date", "2026-11-18", "client_order_id", "R20261118-0102"),
        "received 500 µs after R20261118-0101 but sent 1300 µs before it"));
    key.add(new ExpectedFinding("ORD-RECEIPT", Map.of("trade_date", "2026-11-20", "client_order_id", "R20261120-0099"),
        "a new order in the FIX log with no receipt record"));
    key.add(new ExpectedFinding("ORD-CAUSALITY", Map.of("trade_date", "2026-11-19", "client_order_id", "R20261119-0301"),
        "received 200 µs after it was sent"));
    key.add(new ExpectedFinding("ORD-SIGNOFF", Map.of("trade_date", "2026-11-18"), "the supervisor never signed the order record"));
    key.add(new ExpectedFinding("ORD-RETENTION", Map.of("from", "2025-03-11", "to", "2025-03-13"),
        "no receipt records on business day 2025-03-12"));
    return List.copyOf(key);
  }

  @Override
  public List<ExpectedFinding> waivedFindings() {
    return List.of();
  }

  @Override
  public Map<String, String> expectedStatus() {
    SortedMap<String, String> s = new TreeMap<>();
    s.put("COLO-RULES", "pass");
    s.put("COLO-ELIGIBILITY", "fail");
    s.put("COLO-NOTIFY", "pass");
    s.put("COLO-LIST-REVIEW", "pass");
    s.put("COLO-PRIORITY", "fail");
    s.put("COLO-FIFO", "fail");
    s.put("ORD-RECEIPT", "fail");
    s.put("ORD-CAUSALITY", "fail");
    s.put("ORD-FIELDS", "pass");
    s.put("ORD-SEQUENCE", "pass");
    s.put("ORD-SIGNOFF", "fail");
    s.put("ORD-CLOCK", "pass");
    s.put("ORD-RETENTION", "fail");
    return Collections.unmodifiableSortedMap(s);
  }
}
