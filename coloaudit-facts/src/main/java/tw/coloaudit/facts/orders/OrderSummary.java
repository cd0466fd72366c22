package tw.coloaudit.facts.orders;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.HdrHistogram.Histogram;
import tw.coloaudit.model.Provenance;

/**
 * Receipts joined to exchange orders, reduced per trading day: counts, latency distributions per
 * gateway and desk, and the examples (at most {@link OrderFacts#KEPT} of each kind, in day order)
 * controls report as findings, with exact totals beside them.
 */
public record OrderSummary(
    SortedMap<LocalDate, Day> days,
    List<Example> orphans,
    long orphanCount,
    List<Example> untimed,
    long untimedCount,
    List<Example> negatives,
    long negativeCount,
    List<Example> overtakes,
    long overtakeCount,
    List<FieldGap> fieldGaps,
    long fieldGapCount,
    List<SequenceBreak> sequenceBreaks,
    long sequenceBreakCount,
    Map<String, SortedMap<LocalDate, Provenance>> coloBrokerageDays,
    SortedMap<LocalDate, Provenance> receiptDays,
    List<Issue> issues,
    long issueCount) {

  /** One trading day: how many receipts and exchange orders, the join, and the latencies. */
  public static final class Day {
    public long receipts;
    public long exchangeOrders;
    public long matched;
    public long orphans;
    public long receiptsWithoutOrder;
    public long negatives;
    /** Overtakes per gateway. */
    public final java.util.TreeMap<String, Long> overtakes = new java.util.TreeMap<>();
    /** Receipt-to-send latency in microseconds, per gateway, then desk ({@code brokerage}, {@code dealer}, {@code other}). */
    public final java.util.TreeMap<String, java.util.TreeMap<String, Histogram>> latency = new java.util.TreeMap<>();
    /** Per gateway and desk ({@code gateway + "/" + desk}), the first receipt record joined that day. */
    public final java.util.TreeMap<String, Provenance> firstReceipt = new java.util.TreeMap<>();
  }

  /**
   * One order in a finding: its trading day, client order ID, gateway, the receipt and send
   * times in nanoseconds since the epoch (Long.MIN_VALUE when unknown), what it overtook, where
   * it was found.
   */
  public record Example(
      LocalDate tradeDate,
      String clientOrderId,
      String gateway,
      long receivedNanos,
      long sentNanos,
      String overtaken,
      List<Provenance> evidence) {

    /** Receipt-to-send latency in microseconds (negative when received after it was sent). */
    public long latencyMicros() {
      return Math.floorDiv(sentNanos - receivedNanos, 1000L);
    }

    public long latencyNanos() {
      return sentNanos - receivedNanos;
    }
  }

  /** A receipt record missing a field the order record must hold. */
  public record FieldGap(LocalDate tradeDate, String clientOrderId, String field, Provenance evidence) {}

  /** An order number used twice on a trading day, or lower than one received before it in its range. */
  public record SequenceBreak(
      LocalDate tradeDate, String orderNo, String kind, String previousOrderNo, List<Provenance> evidence) {}

  /** Something wrong with the input found while joining (a duplicate ClOrdID, a day without exchange orders). */
  public record Issue(String file, int line, String reason) {}
}
