package tw.coloaudit.facts.orders;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.HdrHistogram.Histogram;
import tw.coloaudit.facts.orders.OrderSummary.Day;
import tw.coloaudit.facts.orders.OrderSummary.Example;
import tw.coloaudit.facts.orders.OrderSummary.FieldGap;
import tw.coloaudit.facts.orders.OrderSummary.Issue;
import tw.coloaudit.facts.orders.OrderSummary.SequenceBreak;
import tw.coloaudit.model.Provenance;

/**
 * The first, object-per-order version of the join (waiting receipts kept in admission order, the
 * newest winning the order-number-and-account fallback, as the columnar join does), kept as the reference the columnar
 * {@link OrderJoin} is checked against on generated orders: simple enough to trust by reading.
 */
final class ReferenceJoin {

  private static final long UNDATED = Long.MIN_VALUE;
  private static final long NO_TIME = Long.MIN_VALUE;
  private static final int KEPT = OrderFacts.KEPT;
  private static final int CARRY_DAYS = OrderFacts.CARRY_DAYS;
  private static final List<String> REQUIRED_FIELDS = OrderFacts.REQUIRED_FIELDS;

  private final TreeMap<Long, List<DaySpool>> receipts;
  private final TreeMap<Long, List<DaySpool>> exchange;

  ReferenceJoin(OrderFacts facts) {
    this.receipts = facts.receipts;
    this.exchange = facts.exchange;
  }

  OrderSummary run(ZoneId zone, long tolerance) {
    return new Join(zone, tolerance).run();
  }

  private static final class Receipt {
    long recv;
    int line;
    String file;
    String id;
    String orderNo;
    String parent;
    String account;
    String gateway;
    String desk;
    String channel;
    int missing;
    long bucket;
  }

  private static final class Sent {
    long sent;
    int line;
    String file;
    String id;
    String orderNo;
    String account;
    String gateway;
  }

  /** An order matched to its receipt, waiting for its trading day to be complete. */
  /** An order matched to its receipt, reduced to what overtakes need, so days wait in little memory. */
  private record Match(long recv, long sent, boolean ownTime, String gateway, String id, String rFile, int rLine, String xFile, int xLine) {}

  private static final class Slot {
    final Histogram latency;
    Provenance first;

    Slot(Histogram latency) {
      this.latency = latency;
    }
  }

  private record SeqEntry(long recv, String orderNo, String file, int line) {
    Provenance at() {
      return Provenance.line(file, line);
    }
  }

  private record Decoded(List<Receipt> receipts, List<Sent> sent) {}

  private final class Join {
    final ZoneId zone;
    final TreeMap<LocalDate, Day> days = new TreeMap<>();
    final Map<String, Receipt> byId = new java.util.LinkedHashMap<>();
    final Map<String, Receipt> byNoAccount = new HashMap<>();
    final Map<String, Long> parentTimes = new HashMap<>();
    final Set<String> wantedParents = new HashSet<>();
    final Set<String> parents = new HashSet<>();
    final TreeMap<LocalDate, List<Match>> pendingDays = new TreeMap<>();
    final TreeMap<LocalDate, List<SeqEntry>> sequences = new TreeMap<>();
    // By receipt day, then account: hash maps while joining (millions of look-ups); sorted by account once at the end.
    final Map<LocalDate, Map<String, Provenance>> colo = new HashMap<>();
    LocalDate coloDate;
    Map<String, Provenance> coloDay;
    final Map<LocalDate, Provenance> receiptDays = new HashMap<>();
    final TreeSet<LocalDate> exchangeDays = new TreeSet<>();
    final List<Example> orphans = new ArrayList<>();
    final List<Example> untimed = new ArrayList<>();
    final List<Example> negatives = new ArrayList<>();
    final List<Example> overtakes = new ArrayList<>();
    final List<FieldGap> gaps = new ArrayList<>();
    final List<SequenceBreak> breaks = new ArrayList<>();
    final List<Issue> issues = new ArrayList<>();
    long orphanCount, untimedCount, negativeCount, overtakeCount, gapCount, breakCount, issueCount;

    final long tolerance;

    final int fixedOffset;

    Join(ZoneId zone, long tolerance) {
      this.zone = zone;
      this.tolerance = tolerance;
      var rules = zone.getRules();
      if (rules.isFixedOffset()) {
        this.fixedOffset = rules.getOffset(Instant.EPOCH).getTotalSeconds();
        this.fixedSince = Long.MIN_VALUE;
      } else if (rules.getTransitionRules().isEmpty() && !rules.getTransitions().isEmpty()) {
        // No daylight saving any more (Asia/Taipei since 1979): one offset after the last transition.
        var last = rules.getTransitions().get(rules.getTransitions().size() - 1);
        this.fixedOffset = last.getOffsetAfter().getTotalSeconds();
        this.fixedSince = last.toEpochSecond();
      } else {
        this.fixedOffset = Integer.MIN_VALUE;
        this.fixedSince = Long.MAX_VALUE;
      }
    }

    /** From this epoch second on, {@link #fixedOffset} holds. */
    final long fixedSince;

    /** The local date of an instant; with a fixed offset (Asia/Taipei) computed without time-zone lookups. */
    LocalDate local(long nanos) {
      long secs = Math.floorDiv(nanos, 1_000_000_000L);
      if (fixedOffset != Integer.MIN_VALUE && secs >= fixedSince) {
        long day = Math.floorDiv(secs + fixedOffset, 86_400L);
        if (day != lastDay) {
          lastDay = day;
          lastDate = LocalDate.ofEpochDay(day);
        }
        return lastDate;
      }
      return Instant.ofEpochSecond(secs, Math.floorMod(nanos, 1_000_000_000L)).atZone(zone).toLocalDate();
    }

    long lastDay = Long.MIN_VALUE;
    LocalDate lastDate;

    Day day(LocalDate d) {
      return days.computeIfAbsent(d, k -> new Day());
    }

    OrderSummary run() {
      TreeSet<Long> keys = new TreeSet<>(receipts.keySet());
      keys.addAll(exchange.keySet());
      List<DaySpool> undated = receipts.get(UNDATED);
      if (undated != null) {
        for (Receipt r : readReceipts(undated, UNDATED)) {
          if (r.parent != null) wantedParents.add(r.parent);
          admit(r);
        }
      }
      // Decoding the next day's spools overlaps joining this one (the join itself runs in date order).
      List<Long> order = new ArrayList<>(keys);
      order.remove((Long) UNDATED);
      java.util.concurrent.ExecutorService prefetch = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "coloaudit-order-decode");
        t.setDaemon(true);
        return t;
      });
      try {
        java.util.concurrent.Future<Decoded> next = order.isEmpty() ? null : prefetch.submit(() -> decode(order.get(0)));
        for (int k = 0; k < order.size(); k++) {
          long key = order.get(k);
          Decoded day;
          try {
            day = next.get();
          } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("decoding the orders of a day failed", e);
          }
          if (k + 1 < order.size()) {
            long following = order.get(k + 1);
            next = prefetch.submit(() -> decode(following));
          }
          joinDay(key, day);
        }
      } finally {
        prefetch.shutdownNow();
      }
      retire(Long.MAX_VALUE);
      finishDaysBefore(LocalDate.MAX);
      slots.forEach((d, byGateway) -> byGateway.forEach((g, byDesk) -> byDesk.forEach((desk, slot) -> {
        if (slot.first != null) day(d).firstReceipt.put(g + "/" + desk, slot.first);
      })));
      for (LocalDate d : new TreeSet<>(receiptDays.keySet())) {
        if (!exchangeDays.contains(d)) {
          Provenance p = receiptDays.get(d);
          issue(p.file(), p.position(), "trading day " + d + " has receipts but no exchange orders (no exchange file for that day?)");
        }
      }
      receipts.values().forEach(l -> l.forEach(DaySpool::release));
      exchange.values().forEach(l -> l.forEach(DaySpool::release));
      return new OrderSummary(
          Collections.unmodifiableSortedMap(days), List.copyOf(orphans), orphanCount, List.copyOf(untimed), untimedCount,
          List.copyOf(negatives), negativeCount, List.copyOf(overtakes), overtakeCount, List.copyOf(gaps), gapCount,
          List.copyOf(breaks), breakCount, Collections.unmodifiableMap(sortedColo()), Collections.unmodifiableSortedMap(new TreeMap<>(receiptDays)),
          List.copyOf(issues), issueCount);
    }

    TreeMap<String, SortedMap<LocalDate, Provenance>> sortedColo() {
      TreeMap<String, SortedMap<LocalDate, Provenance>> out = new TreeMap<>();
      colo.forEach((d, m) -> m.forEach((a, p) -> out.computeIfAbsent(a, k -> new TreeMap<>()).put(d, p)));
      return out;
    }

    /**
     * Accounts, gateways, desks and channels repeat millions of times: one copy of each (decoding
     * runs on one thread at a time: the undated receipts first, then the prefetch thread).
     */
    private final String[] shared = new String[1 << 14];

    Decoded decode(long key) {
      List<DaySpool> rs = receipts.get(key);
      List<DaySpool> xs = exchange.get(key);
      return new Decoded(rs == null ? List.of() : readReceipts(rs, key), xs == null ? List.of() : readSent(xs));
    }

    void joinDay(long key, Decoded day) {
      for (Receipt r : day.receipts()) {
        if (r.recv != NO_TIME && wantedParents.contains(r.id)) parentTimes.put(r.id, r.recv);
        admit(r);
      }
      retire(key - CARRY_DAYS);
      for (Sent x : day.sent()) send(x);
      // A local date spans at most the UTC days before and after it.
      finishDaysBefore(LocalDate.ofEpochDay(key - 1));
    }

    void issue(String file, int line, String reason) {
      issueCount++;
      if (issues.size() < KEPT) issues.add(new Issue(file, line, reason));
    }

    void admit(Receipt r) {
      if (r.parent != null) parents.add(r.parent);
      if (r.id == null) return;
      Receipt before = byId.putIfAbsent(r.id, r);
      if (before != null) {
        issue(r.file, r.line, "duplicate client_order_id " + r.id + " (first at " + before.file + ":" + before.line + "); this receipt is not joined");
        resolve(r, null);
        return;
      }
      indexStale = true;
    }

    LocalDate sendDate;
    Day sendDay;
    Map<String, Map<String, Slot>> sendSlots;
    /** Per trading day, gateway and desk: the latency histogram and first receipt, found without building keys per order. */
    final Map<LocalDate, Map<String, Map<String, Slot>>> slots = new HashMap<>();

    void send(Sent x) {
      LocalDate trade = local(x.sent);
      if (!trade.equals(sendDate)) {
        sendDate = trade;
        exchangeDays.add(trade);
        sendDay = day(trade);
        sendSlots = slots.computeIfAbsent(trade, k -> new HashMap<>());
      }
      Day day = sendDay;
      day.exchangeOrders++;
      Receipt r = x.id == null ? null : byId.get(x.id);
      if (r == null && x.orderNo != null && x.account != null) r = fallback().get(x.orderNo + '\u0000' + x.account);
      Provenance at = Provenance.line(x.file, x.line);
      if (r == null) {
        day.orphans++;
        orphanCount++;
        if (orphans.size() < KEPT) orphans.add(new Example(trade, x.id, x.gateway, NO_TIME, x.sent, null, List.of(at)));
        return;
      }
      forget(r);
      day.matched++;
      long recv = r.recv;
      boolean own = recv != NO_TIME;
      if (!own && r.parent != null) recv = parentTimes.getOrDefault(r.parent, NO_TIME);
      resolve(r, trade);
      String gw = r.gateway != null ? r.gateway : x.gateway;
      Provenance rAt = Provenance.line(r.file, r.line);
      if (recv == NO_TIME) {
        untimedCount++;
        if (untimed.size() < KEPT) untimed.add(new Example(trade, id(r, x), gw, NO_TIME, x.sent, null, List.of(at, rAt)));
        return;
      }
      if (recv > x.sent) {
        day.negatives++;
        negativeCount++;
        if (negatives.size() < KEPT) negatives.add(new Example(trade, id(r, x), gw, recv, x.sent, null, List.of(rAt, at)));
      }
      String desk = r.desk == null ? "other" : r.desk;
      String g = gw == null ? "-" : gw;
      Slot slot = sendSlots.computeIfAbsent(g, k -> new HashMap<>()).get(desk);
      if (slot == null) {
        slot = new Slot(day.latency.computeIfAbsent(g, k -> new TreeMap<>()).computeIfAbsent(desk, k -> new Histogram(3)));
        sendSlots.get(g).put(desk, slot);
      }
      slot.latency.recordValue(Math.max(0, Math.floorDiv(x.sent - recv, 1000L)));
      if (slot.first == null || rAt.compareTo(slot.first) < 0) slot.first = rAt;
      pendingDays.computeIfAbsent(trade, k -> new ArrayList<>())
          .add(new Match(recv, x.sent, own, gw == null ? "-" : gw, id(r, x), r.file, r.line, x.file, x.line));
    }

    String id(Receipt r, Sent x) {
      return x.id != null ? x.id : r.id;
    }

    void forget(Receipt r) {
      if (r.id != null) byId.remove(r.id, r);
      if (!indexStale && r.orderNo != null && r.account != null) byNoAccount.remove(r.orderNo + '\u0000' + r.account, r);
    }

    boolean indexStale = true;

    /**
     * The waiting receipts by order number and account, built only when an exchange order's
     * ClOrdID finds no receipt (rare), so the common path pays nothing for the fallback join.
     */
    Map<String, Receipt> fallback() {
      indexStale = true; // rebuilt for every look-up: slow, and plainly the newest waiting receipt
      if (indexStale) {
        byNoAccount.clear();
        for (Receipt r : byId.values()) {
          if (r.orderNo != null && r.account != null) byNoAccount.put(r.orderNo + '\u0000' + r.account, r);
        }
        indexStale = false;
      }
      return byNoAccount;
    }

    /** Receipts that waited too long are receipts without an exchange order, on their own receipt date. */
    void retire(long olderThan) {
      for (Iterator<Receipt> it = byId.values().iterator(); it.hasNext(); ) {
        Receipt r = it.next();
        if (r.bucket != UNDATED && r.bucket >= olderThan) continue;
        if (r.bucket == UNDATED && olderThan != Long.MAX_VALUE) continue;
        it.remove();
        indexStale = true;
        LocalDate d = r.recv == NO_TIME ? null : local(r.recv);
        if (d != null && !parents.contains(r.id)) day(d).receiptsWithoutOrder++;
        resolve(r, d);
      }
    }

    /** Everything a receipt tells once its trading day is known (null when it has none). */
    void resolve(Receipt r, LocalDate trade) {
      Provenance at = Provenance.line(r.file, r.line);
      LocalDate recvDay = r.recv == NO_TIME ? trade : local(r.recv);
      if (recvDay != null) {
        Provenance first = receiptDays.get(recvDay);
        if (first == null || at.compareTo(first) < 0) receiptDays.put(recvDay, at);
      }
      LocalDate d = trade != null ? trade : recvDay;
      if (d != null && !d.equals(resolvedDate)) {
        resolvedDate = d;
        resolvedDay = day(d);
        resolvedSequence = sequences.computeIfAbsent(d, k -> new ArrayList<>());
      }
      if (d != null) resolvedDay.receipts++;
      if ("colo".equals(r.channel) && "brokerage".equals(r.desk) && r.account != null && recvDay != null) {
        if (!recvDay.equals(coloDate)) {
          coloDate = recvDay;
          coloDay = colo.computeIfAbsent(recvDay, k -> new HashMap<>());
        }
        Provenance first = coloDay.putIfAbsent(r.account, at);
        if (first != null && at.compareTo(first) < 0) coloDay.put(r.account, at);
      }
      if (r.missing != 0 && d != null) {
        for (int b = 0; b < REQUIRED_FIELDS.size(); b++) {
          if ((r.missing & (1 << b)) == 0) continue;
          gapCount++;
          if (gaps.size() < KEPT) gaps.add(new FieldGap(d, r.id, REQUIRED_FIELDS.get(b), at));
        }
      }
      if (r.orderNo != null && d != null) resolvedSequence.add(new SeqEntry(r.recv, r.orderNo, r.file, r.line));
    }

    LocalDate resolvedDate;
    Day resolvedDay;
    List<SeqEntry> resolvedSequence;

    void finishDaysBefore(LocalDate limit) {
      while (!pendingDays.isEmpty() && pendingDays.firstKey().isBefore(limit)) {
        var e = pendingDays.pollFirstEntry();
        overtakes(e.getKey(), e.getValue());
      }
      // Receipts still waiting may yet get a trading day up to CARRY_DAYS later.
      LocalDate seqLimit = limit == LocalDate.MAX ? limit : limit.minusDays(CARRY_DAYS + 1L);
      while (!sequences.isEmpty() && sequences.firstKey().isBefore(seqLimit)) {
        var e = sequences.pollFirstEntry();
        if (e.getKey().equals(resolvedDate)) resolvedDate = null;
        sequence(e.getKey(), e.getValue());
      }
    }

    /** Per gateway, in receipt order: an order sent before the latest send of every order received earlier overtook it. */
    void overtakes(LocalDate trade, List<Match> matches) {
      Map<String, List<Match>> byGateway = new TreeMap<>();
      for (Match m : matches) {
        if (m.ownTime()) byGateway.computeIfAbsent(m.gateway(), k -> new ArrayList<>()).add(m);
      }
      Day day = day(trade);
      for (var g : byGateway.entrySet()) {
        List<Match> l = g.getValue();
        l.sort((a, b) -> a.recv() != b.recv() ? Long.compare(a.recv(), b.recv()) : Long.compare(a.sent(), b.sent()));
        long count = 0;
        Match latest = null;
        Match latestBefore = null;
        int i = 0;
        while (i < l.size()) {
          int j = i;
          while (j < l.size() && l.get(j).recv() == l.get(i).recv()) j++;
          for (int k = i; k < j; k++) {
            Match m = l.get(k);
            if (latestBefore != null && latestBefore.sent() - m.sent() > tolerance) {
              count++;
              overtakeCount++;
              if (overtakes.size() < KEPT) {
                overtakes.add(new Example(trade, m.id(), g.getKey(), m.recv(), m.sent(),
                    latestBefore.id() + "\u0000" + latestBefore.recv() + "\u0000" + latestBefore.sent(),
                    List.of(Provenance.line(m.rFile(), m.rLine()), Provenance.line(m.xFile(), m.xLine()))));
              }
            }
          }
          for (int k = i; k < j; k++) {
            Match m = l.get(k);
            if (latest == null || m.sent() > latest.sent()) latest = m;
          }
          latestBefore = latest;
          i = j;
        }
        if (count > 0) day.overtakes.put(g.getKey(), count);
      }
    }

    /** Duplicates on the day, and numbers lower than the last one of their range in receipt order. */
    void sequence(LocalDate trade, List<SeqEntry> entries) {
      Map<String, SeqEntry> seen = new HashMap<>();
      for (SeqEntry e : entries) {
        SeqEntry first = seen.putIfAbsent(e.orderNo(), e);
        if (first != null) brk(new SequenceBreak(trade, e.orderNo(), "duplicate", first.orderNo(), List.of(e.at(), first.at())));
      }
      List<SeqEntry> timed = new ArrayList<>();
      for (SeqEntry e : entries) if (e.recv() != NO_TIME) timed.add(e);
      timed.sort((a, b) -> a.recv() != b.recv() ? Long.compare(a.recv(), b.recv()) : a.at().compareTo(b.at()));
      Map<String, SeqEntry> lastOfRange = new HashMap<>();
      for (SeqEntry e : timed) {
        String range = OrderFacts.range(e.orderNo());
        SeqEntry last = lastOfRange.get(range);
        if (last != null && OrderFacts.compareNo(e.orderNo(), last.orderNo()) < 0) {
          brk(new SequenceBreak(trade, e.orderNo(), "out_of_order", last.orderNo(), List.of(e.at(), last.at())));
          continue;
        }
        lastOfRange.put(range, e);
      }
    }

    void brk(SequenceBreak b) {
      breakCount++;
      if (breaks.size() < KEPT) breaks.add(b);
    }

    List<Receipt> readReceipts(List<DaySpool> spools, long bucket) {
      List<Receipt> out = new ArrayList<>();
      for (DaySpool s : spools) {
        DaySpool.Reader in = new DaySpool.Reader(s.bytes(), shared);
        while (in.more()) {
          Receipt r = new Receipt();
          r.recv = in.readTime();
          r.line = in.readLine();
          r.file = s.file;
          r.id = in.readString();
          r.orderNo = in.readString();
          r.parent = in.readString();
          r.account = in.readShared();
          r.gateway = in.readDictString(DaySpool.DICT_GATEWAY);
          r.desk = in.readDictString(DaySpool.DICT_DESK);
          r.channel = in.readDictString(DaySpool.DICT_CHANNEL);
          r.missing = in.readSmall();
          r.bucket = bucket;
          out.add(r);
        }
      }
      return out;
    }

    List<Sent> readSent(List<DaySpool> spools) {
      List<Sent> out = new ArrayList<>();
      for (DaySpool s : spools) {
        DaySpool.Reader in = new DaySpool.Reader(s.bytes(), shared);
        while (in.more()) {
          Sent x = new Sent();
          x.sent = in.readTime();
          x.line = in.readLine();
          x.file = s.file;
          x.id = in.readString();
          x.orderNo = in.readString();
          x.account = in.readShared();
          x.gateway = in.readDictString(DaySpool.DICT_GATEWAY);
          out.add(x);
        }
      }
      return out;
    }
  }

}
