package tw.coloaudit.facts.orders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tw.coloaudit.model.Provenance;
import tw.coloaudit.model.orders.ClientOrder;
import tw.coloaudit.model.orders.ExchangeOrder;

/**
 * The columnar join gives exactly the figures and findings of the simple reference join on
 * generated months of orders with every awkward case mixed in: orders received the evening
 * before, receipts never sent (retired after a week), orphans, negative latencies, overtakes,
 * orders joined on order number and account, duplicate client order IDs, child orders without
 * their own time, missing fields, order-number duplicates and breaks, blank gateways.
 */
class OrderJoinTest {

  private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");
  private static final long TOLERANCE = 100_000L;

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5, 6})
  void columnarJoinAgreesWithTheReferenceJoin(long seed) {
    List<Object> records = generate(seed, 3_000);
    OrderSummary fast = fold(records).summary(TAIPEI, TOLERANCE);
    OrderSummary reference = new ReferenceJoin(fold(records)).run(TAIPEI, TOLERANCE);

    assertThat(fast.orphanCount()).isPositive();
    assertThat(fast.overtakeCount()).isPositive();
    assertThat(fast.negativeCount()).isPositive();
    assertThat(fast.sequenceBreakCount()).isPositive();
    assertThat(fast.issueCount()).isPositive();
    assertThat(fast.days().values().stream().mapToLong(d -> d.receiptsWithoutOrder).sum()).isPositive();
    assertThat(describe(fast)).isEqualTo(describe(reference));
    assertThat(describe(fold(records).summary(TAIPEI, TOLERANCE, true))).isEqualTo(describe(reference));
    assertThat(describe(reusingEveryArray(records, false))).isEqualTo(describe(reference));
  }

  /**
   * The join with every column array of a finished day handed on to the days after (at the
   * benchmark's volume only arrays of 4,096 elements and more are): stale contents, an array
   * recycled while still read, or one handed out twice would change the figures or the findings.
   */
  private static OrderSummary reusingEveryArray(List<Object> records, boolean indexedFallback) {
    ColumnPool everyArray = new ColumnPool(Long.MAX_VALUE, 1);
    OrderSummary s = fold(records).summary(TAIPEI, TOLERANCE, indexedFallback, everyArray);
    assertThat(everyArray.reused()).as("arrays handed on to later days").isGreaterThan(100);
    return s;
  }

  @Test
  void exchangeOrdersCarryingOtherIdsAllJoinOnOrderNumberAndAccount() {
    List<Object> records = generate(21, 400, true);
    OrderSummary fast = fold(records).summary(TAIPEI, TOLERANCE);
    assertThat(fast.days().values().stream().mapToLong(d -> d.matched).sum()).isGreaterThan(5_000);
    String reference = describe(new ReferenceJoin(fold(records)).run(TAIPEI, TOLERANCE));
    assertThat(describe(fast)).isEqualTo(reference);
    assertThat(describe(fold(records).summary(TAIPEI, TOLERANCE, true))).isEqualTo(reference);
    assertThat(describe(reusingEveryArray(records, true))).isEqualTo(reference);
  }

  @Test
  void moreGatewaysThanASpoolDictionaryHoldsAgreeToo() {
    List<Object> records = generate(31, 2_000, false, true);
    OrderSummary fast = fold(records).summary(TAIPEI, TOLERANCE);
    assertThat(fast.days().values().stream().mapToInt(d -> d.latency.size()).max().orElse(0)).isGreaterThan(DaySpool.DICT_SIZE);
    assertThat(describe(fast)).isEqualTo(describe(new ReferenceJoin(fold(records)).run(TAIPEI, TOLERANCE)));
  }

  @Test
  void daysWhoseIdsRiseAreJoinedWithoutATableOfThemAndAgreeToo() {
    // No ID repeats and each day's rise through its blocks (the evening-before receipts of the next
    // day's file come after the day's own): the exchange orders the cursor misses (overtakes, other
    // gateways) are found by binary search.
    List<Object> records = generate(41, 3_000, false, false, true);
    OrderSummary fast = fold(records).summary(TAIPEI, TOLERANCE);
    assertThat(fast.overtakeCount()).isPositive();
    assertThat(fast.issueCount()).isPositive();
    String reference = describe(new ReferenceJoin(fold(records)).run(TAIPEI, TOLERANCE));
    assertThat(describe(fast)).isEqualTo(reference);
    assertThat(describe(fold(records).summary(TAIPEI, TOLERANCE, true))).isEqualTo(reference);
    assertThat(describe(reusingEveryArray(records, true))).isEqualTo(reference);
  }

  @Test
  void orderNumbersThatRiseAsBytesButFallAsNumbersAreABreak() {
    // In receipt order every number rises as bytes (K10 < K9 < K95), but K10 then K9 falls as numbers.
    List<Object> records = new ArrayList<>();
    String[] numbers = {"K08", "K09", "K10", "K9", "K95"};
    for (int i = 0; i < numbers.length; i++) {
      LocalDateTime at = LocalDateTime.parse("2026-11-03T09:00:00").plusSeconds(i);
      records.add(receipt("A" + i, numbers[i], null, "1234567", at, "colo", "GW1", "brokerage", "r.csv", i + 2));
      records.add(sent("A" + i, numbers[i], "1234567", at.plusNanos(200_000), "GW1", "x.log", i + 2));
    }
    OrderSummary s = fold(records).summary(TAIPEI, TOLERANCE);
    assertThat(s.sequenceBreakCount()).isEqualTo(1);
    assertThat(describe(s)).isEqualTo(describe(new ReferenceJoin(fold(records)).run(TAIPEI, TOLERANCE)));

    List<Object> clean = records.stream().filter(r -> !(r instanceof ClientOrder c && c.orderNo().equals("K9"))).toList();
    assertThat(fold(clean).summary(TAIPEI, TOLERANCE).sequenceBreakCount()).isZero();
  }

  @Test
  void receiptsRetiredAfterTheirDayWasSealedStillBreakItsSequence() {
    // 11-02: K10 and K11 are sent; K05 and a second K10, received after them, never are. They are
    // retired only after the later days have sealed 11-02's sequence, and must still count there.
    List<Object> records = new ArrayList<>();
    LocalDateTime day1 = LocalDateTime.parse("2026-11-02T09:00:00");
    String[] numbers = {"K10", "K11", "K05", "K10"};
    for (int i = 0; i < numbers.length; i++) {
      records.add(receipt("A" + i, numbers[i], null, "1234567", day1.plusSeconds(i), "colo", "GW1", "brokerage", "r1.csv", i + 2));
      if (i < 2) records.add(sent("A" + i, numbers[i], "1234567", day1.plusSeconds(i).plusNanos(200_000), "GW1", "x1.log", i + 2));
    }
    for (int d = 1; d <= 10; d++) {
      LocalDateTime at = day1.plusDays(d);
      records.add(receipt("B" + d, "K" + (20 + d), null, "1234567", at, "colo", "GW1", "brokerage", "r" + (d + 1) + ".csv", 2));
      records.add(sent("B" + d, "K" + (20 + d), "1234567", at.plusNanos(200_000), "GW1", "x" + (d + 1) + ".log", 2));
    }
    OrderSummary s = fold(records).summary(TAIPEI, TOLERANCE);
    assertThat(s.sequenceBreaks()).extracting(OrderSummary.SequenceBreak::orderNo).contains("K05", "K10");
    assertThat(s.sequenceBreaks()).allSatisfy(b -> assertThat(b.tradeDate()).isEqualTo(LocalDate.parse("2026-11-02")));
    assertThat(s.days().get(LocalDate.parse("2026-11-02")).receiptsWithoutOrder).isEqualTo(2);
    assertThat(describe(s)).isEqualTo(describe(new ReferenceJoin(fold(records)).run(TAIPEI, TOLERANCE)));
    assertThat(describe(reusingEveryArray(records, false))).isEqualTo(describe(s));
  }

  @Test
  void aZoneWithDaylightSavingAgreesToo() {
    ZoneId newYork = ZoneId.of("America/New_York");
    List<Object> records = generate(11, 500);
    assertThat(describe(fold(records).summary(newYork, TOLERANCE)))
        .isEqualTo(describe(new ReferenceJoin(fold(records)).run(newYork, TOLERANCE)));
  }

  @Test
  void aReceiptSentTheNextMorningJoinsAndCountsOnItsTradingDay() {
    List<Object> records = List.of(
        receipt("A1", "K1", null, "1234567", LocalDateTime.parse("2026-11-02T20:15:00"), "colo", "GW1", "brokerage", "r.csv", 2),
        sent("A1", "K1", "1234567", LocalDateTime.parse("2026-11-03T09:00:00.000123"), "GW1", "x.log", 7));
    OrderSummary s = fold(records).summary(TAIPEI, TOLERANCE);
    assertThat(s.orphanCount()).isZero();
    assertThat(s.days().get(LocalDate.parse("2026-11-03")).matched).isEqualTo(1);
    assertThat(s.days().get(LocalDate.parse("2026-11-03")).receipts).isEqualTo(1);
    assertThat(s.receiptDays()).containsKey(LocalDate.parse("2026-11-02"));
  }

  // ---- generated months of orders --------------------------------------------------------------

  private static List<Object> generate(long seed, int perDay) {
    return generate(seed, perDay, false);
  }

  private static List<Object> generate(long seed, int perDay, boolean otherIds) {
    return generate(seed, perDay, otherIds, false);
  }

  private static List<Object> generate(long seed, int perDay, boolean otherIds, boolean manyGateways) {
    return generate(seed, perDay, otherIds, manyGateways, false);
  }

  /** {@code risingIds}: IDs numbered with leading zeros and never repeated, so each day's rise through its blocks. */
  private static List<Object> generate(long seed, int perDay, boolean otherIds, boolean manyGateways, boolean risingIds) {
    SplittableRandom rnd = new SplittableRandom(seed);
    List<Object> out = new ArrayList<>();
    String[] gateways = {"GW1", "GW2", "GW3", null};
    String[] desks = {"brokerage", "brokerage", "dealer", "Dealer ", null};
    String[] channels = {"colo", "colo", "dma", "internet", "API", null};
    LocalDate first = LocalDate.parse("2026-10-26");
    for (int d = 0; d < 16; d++) {
      LocalDate date = first.plusDays(d);
      if (date.getDayOfWeek().getValue() >= 6 && rnd.nextInt(3) > 0) continue;
      String rFile = "receipts/" + date + (rnd.nextBoolean() ? "" : "-b") + ".csv";
      String xFile = "fix/" + date + ".log";
      int rLine = 1;
      int xLine = 1;
      long number = 1_000L * d;
      for (int i = 0; i < perDay; i++) {
        LocalDateTime recv = date.atTime(9, 0).plusNanos((long) i * 5_000_000_000L + rnd.nextInt(1_000_000) * 1000L);
        if (rnd.nextInt(200) == 0) recv = date.minusDays(1).atTime(21, rnd.nextInt(60)); // the evening before
        String id = "C" + date.toString().replace("-", "") + (risingIds ? String.format("%06d", i) : Integer.toString(i));
        if (!risingIds && rnd.nextInt(500) == 0 && i > 0) id = "C" + date.toString().replace("-", "") + (i - 1); // duplicate ID
        String orderNo = (rnd.nextInt(4) == 0 ? "B" : "A") + String.format("%05d", number++);
        if (rnd.nextInt(300) == 0) orderNo = "A" + String.format("%05d", number - 50); // a break or a duplicate
        if (rnd.nextInt(400) == 0) orderNo = null;
        String account = rnd.nextInt(10) == 0 ? "9A00001" : Integer.toString(1_000_000 + rnd.nextInt(40));
        String gateway = gateways[rnd.nextInt(gateways.length)];
        if (manyGateways && gateway != null) gateway = (rnd.nextInt(3) == 0 ? "閘道" : "GW") + rnd.nextInt(150);
        String desk = desks[rnd.nextInt(desks.length)];
        String channel = channels[rnd.nextInt(channels.length)];
        String parent = null;
        LocalDateTime ownTime = recv;
        if (rnd.nextInt(150) == 0 && i > 0) {
          parent = "C" + date.toString().replace("-", "") + (risingIds ? String.format("%06d", i - 1) : Integer.toString(i - 1)); // a child without its own time
          ownTime = null;
        }
        boolean receiptKept = rnd.nextInt(700) != 0; // else the exchange order is an orphan
        boolean sentToo = rnd.nextInt(40) != 0; // else the receipt waits and is retired
        String name = rnd.nextInt(250) == 0 ? null : "客戶";
        if (receiptKept) {
          out.add(new ClientOrder(id, orderNo, parent, rnd.nextInt(300) == 0 ? null : account, name, instant(ownTime), "2330", "B",
              "1000", "600", "LMT", "ROD", channel, gateway, null, desk, Provenance.line(rFile, ++rLine)));
        }
        if (!sentToo) continue;
        long latency = 150_000 + rnd.nextInt(1_300_000);
        if (rnd.nextInt(300) == 0) latency = -50_000; // received after it was sent
        if (rnd.nextInt(200) == 0) latency -= 4_000_000_000L; // overtakes earlier receipts on its gateway
        LocalDateTime sentAt = recv.getHour() >= 20 ? date.atTime(9, 0).plusNanos(i * 1000L) : recv.plusNanos(latency);
        String sentId = id;
        if (rnd.nextInt(250) == 0 || otherIds) sentId = "X" + i; // joins on order number and account only
        if (rnd.nextInt(800) == 0) sentId = null;
        out.add(new ExchangeOrder(sentId, orderNo, rnd.nextInt(200) == 0 ? null : account, instant(sentAt),
            "2330", rnd.nextInt(50) == 0 ? null : gateway, Provenance.line(xFile, ++xLine)));
      }
    }
    return out;
  }

  private static Instant instant(LocalDateTime t) {
    return t == null ? null : t.atZone(TAIPEI).toInstant();
  }

  private static ClientOrder receipt(
      String id, String no, String parent, String account, LocalDateTime at, String channel, String gw, String desk, String file, int line) {
    return new ClientOrder(id, no, parent, account, "客戶", instant(at), "2330", "B", "1000", "600", "LMT", "ROD", channel, gw,
        null, desk, Provenance.line(file, line));
  }

  private static ExchangeOrder sent(String id, String no, String account, LocalDateTime at, String gw, String file, int line) {
    return new ExchangeOrder(id, no, account, instant(at), "2330", gw, Provenance.line(file, line));
  }

  /** Folded per file, as the engine does, then merged in file order. */
  private static OrderFacts fold(List<Object> records) {
    OrderReduction reduction = new OrderReduction();
    TreeMap<String, OrderFacts> byFile = new TreeMap<>();
    for (Object r : records) {
      String file = r instanceof ClientOrder c ? c.source().file() : ((ExchangeOrder) r).source().file();
      reduction.fold(byFile.computeIfAbsent(file, f -> reduction.empty()), r);
    }
    OrderFacts all = reduction.empty();
    byFile.values().forEach(f -> reduction.merge(all, f));
    return all;
  }

  /** Everything a control reads, as text; lists whose order depends on hash iteration are sorted. */
  private static String describe(OrderSummary s) {
    StringBuilder b = new StringBuilder();
    s.days().forEach((d, day) -> {
      b.append(d).append(" receipts=").append(day.receipts).append(" exchange=").append(day.exchangeOrders)
          .append(" matched=").append(day.matched).append(" orphans=").append(day.orphans)
          .append(" withoutOrder=").append(day.receiptsWithoutOrder).append(" negatives=").append(day.negatives)
          .append(" overtakes=").append(day.overtakes).append(" first=").append(day.firstReceipt).append('\n');
      day.latency.forEach((g, byDesk) -> byDesk.forEach((desk, h) -> b.append("  ").append(g).append('/').append(desk)
          .append(" n=").append(h.getTotalCount()).append(" p50=").append(h.getValueAtPercentile(50))
          .append(" p99=").append(h.getValueAtPercentile(99)).append(" max=").append(h.getMaxValue()).append('\n')));
    });
    b.append("orphans ").append(s.orphanCount()).append(' ').append(s.orphans()).append('\n');
    b.append("untimed ").append(s.untimedCount()).append(' ').append(s.untimed()).append('\n');
    b.append("negatives ").append(s.negativeCount()).append(' ').append(s.negatives()).append('\n');
    b.append("overtakes ").append(s.overtakeCount()).append(' ').append(s.overtakes()).append('\n');
    b.append("gaps ").append(s.fieldGapCount()).append(' ').append(sorted(s.fieldGaps())).append('\n');
    b.append("breaks ").append(s.sequenceBreakCount()).append(' ').append(sorted(s.sequenceBreaks())).append('\n');
    b.append("issues ").append(s.issueCount()).append(' ').append(sorted(s.issues())).append('\n');
    b.append("colo ").append(new TreeMap<>(s.coloBrokerageDays())).append('\n');
    b.append("receipt days ").append(s.receiptDays()).append('\n');
    return b.toString();
  }

  private static List<String> sorted(List<?> l) {
    return l.stream().map(Object::toString).sorted(Comparator.naturalOrder()).toList();
  }
}
