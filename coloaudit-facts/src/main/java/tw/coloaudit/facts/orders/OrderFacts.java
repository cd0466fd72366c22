package tw.coloaudit.facts.orders;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import tw.coloaudit.model.orders.ClientOrder;
import tw.coloaudit.model.orders.ExchangeOrder;
import tw.coloaudit.model.orders.ReceiptRow;
import tw.coloaudit.model.orders.SentRow;

/**
 * Receipts and exchange orders folded by day: while folding, each file's orders are encoded into
 * one spool per UTC day (spilled to a temporary file when large); partials merge by appending
 * spools. The join runs once, day by day in date order, when a control first asks for the
 * {@link #summary}: only one day's orders, plus the receipts still waiting to be sent (at most
 * {@link #CARRY_DAYS} days old), are in memory at a time.
 */
public final class OrderFacts {

  /** How many examples of each kind are kept for findings (the totals are exact). */
  public static final int KEPT = 1000;

  /** How long a receipt waits for its exchange order (the evening before, a weekend, a holiday). */
  public static final int CARRY_DAYS = 7;

  /** The fields a receipt record must hold (ORD-FIELDS), in the order of {@code missing} bits. */
  public static final List<String> REQUIRED_FIELDS =
      List.of("account", "name", "received_at", "symbol", "side", "qty", "price_type", "tif", "channel", "source_ip");

  private static final long UNDATED = Long.MIN_VALUE;
  private static final long NO_TIME = Long.MIN_VALUE;

  final TreeMap<Long, List<DaySpool>> receipts = new TreeMap<>();
  final TreeMap<Long, List<DaySpool>> exchange = new TreeMap<>();
  private long receiptCount;
  private long exchangeCount;
  private OrderSummary summary;
  private ZoneId summaryZone;
  private long summaryTolerance;

  public long receiptCount() {
    return receiptCount;
  }

  public long exchangeOrderCount() {
    return exchangeCount;
  }

  // ---- folding ------------------------------------------------------------------------------

  void add(ClientOrder o) {
    receiptCount++;
    long nanos = nanos(o.receivedAt());
    long day = nanos == NO_TIME ? UNDATED : Math.floorDiv(nanos, 86_400_000_000_000L);
    String file = o.source().file();
    if (lastReceipts == null || day != lastReceiptDay || !lastReceipts.file.equals(file)) {
      lastReceipts = spool(receipts, day, file);
      lastReceiptDay = day;
    }
    DaySpool out = lastReceipts;
    out.writeTime(nanos);
    out.writeLine(o.source().position());
    out.writeString(o.clientOrderId());
    out.writeString(o.orderNo());
    out.writeString(o.parentId());
    out.writeString(o.account());
    out.writeStringDict(DaySpool.DICT_GATEWAY, o.gateway());
    out.writeStringDict(DaySpool.DICT_DESK, desk(o.desk()));
    out.writeStringDict(DaySpool.DICT_CHANNEL, channel(o.channel()));
    out.writeSmall(missing(o));
  }

  void add(ExchangeOrder o) {
    exchangeCount++;
    long nanos = nanos(o.sentAt());
    long day = Math.floorDiv(nanos, 86_400_000_000_000L);
    String file = o.source().file();
    if (lastSent == null || day != lastSentDay || !lastSent.file.equals(file)) {
      lastSent = spool(exchange, day, file);
      lastSentDay = day;
    }
    DaySpool out = lastSent;
    out.writeTime(nanos);
    out.writeLine(o.source().position());
    out.writeString(o.clientOrderId());
    out.writeString(o.orderNo());
    out.writeString(o.account());
    out.writeStringDict(DaySpool.DICT_GATEWAY, o.gateway());
  }

  /**
   * A receipt as its parser read it, folded exactly as {@link #add(ClientOrder)} folds the record it
   * stands for, but from the line's bytes: ASCII cells are copied into the spool, and the missing
   * fields, channel and desk are told from the bytes; only other text is decoded.
   */
  void add(ReceiptRow r) {
    receiptCount++;
    long nanos = r.receivedNanos();
    long day = nanos == NO_TIME ? UNDATED : Math.floorDiv(nanos, 86_400_000_000_000L);
    String file = r.file();
    if (lastReceipts == null || day != lastReceiptDay || !lastReceipts.file.equals(file)) {
      lastReceipts = spool(receipts, day, file);
      lastReceiptDay = day;
    }
    DaySpool out = lastReceipts;
    byte[] b = r.bytes();
    var cs = r.charset();
    out.writeTime(nanos);
    out.writeLine(r.line());
    out.writeCell(b, r.from(ReceiptRow.CLIENT_ORDER_ID), r.to(ReceiptRow.CLIENT_ORDER_ID), cs);
    out.writeCell(b, r.from(ReceiptRow.ORDER_NO), r.to(ReceiptRow.ORDER_NO), cs);
    out.writeCell(b, r.from(ReceiptRow.PARENT_ID), r.to(ReceiptRow.PARENT_ID), cs);
    out.writeCell(b, r.from(ReceiptRow.ACCOUNT), r.to(ReceiptRow.ACCOUNT), cs);
    out.writeCellDict(DaySpool.DICT_GATEWAY, b, r.from(ReceiptRow.GATEWAY), r.to(ReceiptRow.GATEWAY), cs);
    int desk = DESKS.match(b, r.from(ReceiptRow.DESK), r.to(ReceiptRow.DESK));
    DESKS.write(out, DaySpool.DICT_DESK, desk, desk == Spellings.OTHER ? desk(r.text(ReceiptRow.DESK)) : null);
    int channel = CHANNELS.match(b, r.from(ReceiptRow.CHANNEL), r.to(ReceiptRow.CHANNEL));
    String channelText = channel == Spellings.OTHER ? channel(r.text(ReceiptRow.CHANNEL)) : CHANNELS.canonical(channel);
    CHANNELS.write(out, DaySpool.DICT_CHANNEL, channel, channelText);
    out.writeSmall(missing(r, "internet".equals(channelText) || "api".equals(channelText)));
  }

  /** An exchange order as its parser read it, folded exactly as {@link #add(ExchangeOrder)} folds its record. */
  void add(SentRow r) {
    exchangeCount++;
    long nanos = r.sentNanos();
    long day = Math.floorDiv(nanos, 86_400_000_000_000L);
    String file = r.file();
    if (lastSent == null || day != lastSentDay || !lastSent.file.equals(file)) {
      lastSent = spool(exchange, day, file);
      lastSentDay = day;
    }
    DaySpool out = lastSent;
    byte[] b = r.bytes();
    var cs = r.charset();
    out.writeTime(nanos);
    out.writeLine(r.line());
    out.writeCell(b, r.from(SentRow.CLIENT_ORDER_ID), r.to(SentRow.CLIENT_ORDER_ID), cs);
    out.writeCell(b, r.from(SentRow.ORDER_NO), r.to(SentRow.ORDER_NO), cs);
    out.writeCell(b, r.from(SentRow.ACCOUNT), r.to(SentRow.ACCOUNT), cs);
    if (r.namedGateway() != null) {
      out.writeStringDict(DaySpool.DICT_GATEWAY, r.namedGateway());
    } else {
      out.writeCellDict(DaySpool.DICT_GATEWAY, b, r.from(SentRow.GATEWAY), r.to(SentRow.GATEWAY), cs);
    }
  }

  // The spool written last, per side: consecutive records of a file mostly share a day.
  private DaySpool lastReceipts;
  private long lastReceiptDay;
  private DaySpool lastSent;
  private long lastSentDay;

  void mergeFrom(OrderFacts from) {
    lastReceipts = null;
    lastSent = null;
    from.receipts.forEach((d, l) -> receipts.computeIfAbsent(d, k -> new ArrayList<>()).addAll(l));
    from.exchange.forEach((d, l) -> exchange.computeIfAbsent(d, k -> new ArrayList<>()).addAll(l));
    receiptCount += from.receiptCount;
    exchangeCount += from.exchangeCount;
  }

  private static DaySpool spool(TreeMap<Long, List<DaySpool>> by, long day, String file) {
    List<DaySpool> l = by.computeIfAbsent(day, k -> new ArrayList<>(1));
    DaySpool last = l.isEmpty() ? null : l.get(l.size() - 1);
    if (last == null || !last.file.equals(file)) {
      last = new DaySpool(file);
      l.add(last);
    }
    return last;
  }

  private static long nanos(Instant t) {
    return t == null ? NO_TIME : t.getEpochSecond() * 1_000_000_000L + t.getNano();
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static int missing(ClientOrder o) {
    int m = 0;
    if (blank(o.account())) m |= 1;
    if (blank(o.name())) m |= 1 << 1;
    if (o.receivedAt() == null && blank(o.parentId())) m |= 1 << 2;
    if (blank(o.symbol())) m |= 1 << 3;
    if (blank(o.side())) m |= 1 << 4;
    if (blank(o.qty())) m |= 1 << 5;
    if (blank(o.priceType())) m |= 1 << 6;
    if (blank(o.tif())) m |= 1 << 7;
    if (blank(o.channel())) m |= 1 << 8;
    String ch = channel(o.channel());
    if (("internet".equals(ch) || "api".equals(ch)) && blank(o.sourceIp())) m |= 1 << 9;
    return m;
  }

  /** {@link #missing(ClientOrder)} of the record a row stands for. */
  private static int missing(ReceiptRow r, boolean internetOrApi) {
    int m = 0;
    if (r.blank(ReceiptRow.ACCOUNT)) m |= 1;
    if (r.blank(ReceiptRow.NAME)) m |= 1 << 1;
    if (r.receivedNanos() == NO_TIME && r.blank(ReceiptRow.PARENT_ID)) m |= 1 << 2;
    if (r.blank(ReceiptRow.SYMBOL)) m |= 1 << 3;
    if (r.blank(ReceiptRow.SIDE)) m |= 1 << 4;
    if (r.blank(ReceiptRow.QTY)) m |= 1 << 5;
    if (r.blank(ReceiptRow.PRICE_TYPE)) m |= 1 << 6;
    if (r.blank(ReceiptRow.TIF)) m |= 1 << 7;
    if (r.blank(ReceiptRow.CHANNEL)) m |= 1 << 8;
    if (internetOrApi && r.blank(ReceiptRow.SOURCE_IP)) m |= 1 << 9;
    return m;
  }

  private static final Spellings CHANNELS = new Spellings(
      "colo", "colo", "co-location", "colo", "colocation", "colo", "dma", "dma", "api", "api", "internet", "internet",
      "web", "internet", "phone", "phone", "branch", "branch", "counter", "branch");
  private static final Spellings DESKS =
      new Spellings("brokerage", "brokerage", "broker", "brokerage", "dealer", "dealer", "proprietary", "dealer");

  /** The canonical channel: colo, dma, api, internet, phone, branch, or the text as written. */
  public static String channel(String c) {
    if (c == null || c.isBlank()) return null;
    String s = c.strip().toLowerCase(Locale.ROOT);
    return switch (s) {
      case "colo", "co-location", "colocation", "主機共置" -> "colo";
      case "dma", "專線" -> "dma";
      case "api" -> "api";
      case "internet", "web", "網路", "網際網路" -> "internet";
      case "phone", "電話" -> "phone";
      case "branch", "counter", "臨櫃" -> "branch";
      default -> s;
    };
  }

  /** The canonical desk: brokerage, dealer, or the text as written. */
  public static String desk(String d) {
    if (d == null || d.isBlank()) return null;
    String s = d.strip().toLowerCase(Locale.ROOT);
    return switch (s) {
      case "brokerage", "broker", "經紀" -> "brokerage";
      case "dealer", "proprietary", "自營" -> "dealer";
      default -> s;
    };
  }

  // ---- the join -----------------------------------------------------------------------------

  /**
   * The join and its per-day figures, computed once (trading days are local dates of {@code zone};
   * an overtake is an order sent more than the tolerance before one received earlier). Spilled
   * files are deleted afterwards, so a second call must use the same zone and tolerance.
   */
  public synchronized OrderSummary summary(ZoneId zone, long fifoToleranceNanos) {
    return summary(zone, fifoToleranceNanos, false);
  }

  /** As above; {@code indexedFallback} makes the join on order number + account use its index from the start. */
  synchronized OrderSummary summary(ZoneId zone, long fifoToleranceNanos, boolean indexedFallback) {
    return summary(zone, fifoToleranceNanos, indexedFallback, ColumnPool.forHeap());
  }

  /** As above, the join reusing the column arrays of finished days through {@code pool}. */
  synchronized OrderSummary summary(ZoneId zone, long fifoToleranceNanos, boolean indexedFallback, ColumnPool pool) {
    if (summary == null || !zone.equals(summaryZone) || fifoToleranceNanos != summaryTolerance) {
      if (summary != null) throw new IllegalStateException("the orders were joined already with another zone or tolerance");
      OrderJoin join = new OrderJoin(receipts, exchange, zone, fifoToleranceNanos, pool);
      summary = (indexedFallback ? join.indexingFallbacks() : join).run();
      summaryZone = zone;
      summaryTolerance = fifoToleranceNanos;
    }
    return summary;
  }

  /** The number range of an order number: its leading letters. */
  public static String range(String orderNo) {
    int i = 0;
    while (i < orderNo.length() && Character.isLetter(orderNo.charAt(i))) i++;
    return orderNo.substring(0, i);
  }

  /** Order numbers compare as numbers after their range letters when they are digits, else as text. */
  static int compareNo(String a, String b) {
    int ia = letters(a), ib = letters(b);
    int za = ia, zb = ib;
    while (za < a.length() && a.charAt(za) == '0') za++;
    while (zb < b.length() && b.charAt(zb) == '0') zb++;
    if (digits(a, ia) && digits(b, ib) && ia < a.length() && ib < b.length()) {
      int la = a.length() - za, lb = b.length() - zb;
      if (la != lb) return Integer.compare(la, lb);
      for (int i = 0; i < la; i++) {
        int c = Character.compare(a.charAt(za + i), b.charAt(zb + i));
        if (c != 0) return c;
      }
      return 0;
    }
    return a.compareTo(b);
  }

  private static int letters(String s) {
    int i = 0;
    while (i < s.length() && Character.isLetter(s.charAt(i))) i++;
    return i;
  }

  private static boolean digits(String s, int from) {
    for (int i = from; i < s.length(); i++) if (s.charAt(i) < '0' || s.charAt(i) > '9') return false;
    return true;
  }
}
