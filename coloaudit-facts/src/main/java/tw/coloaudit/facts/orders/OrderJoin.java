package tw.coloaudit.facts.orders;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import org.HdrHistogram.Histogram;
import tw.coloaudit.facts.orders.OrderSummary.Day;
import tw.coloaudit.facts.orders.OrderSummary.Example;
import tw.coloaudit.facts.orders.OrderSummary.FieldGap;
import tw.coloaudit.facts.orders.OrderSummary.Issue;
import tw.coloaudit.facts.orders.OrderSummary.SequenceBreak;
import tw.coloaudit.model.Provenance;

/**
 * The join of receipts to exchange orders, day by day in date order, deliberately written over
 * primitive columns rather than objects: at ten million orders a month, a {@code String}, an
 * object and two hash-map entries per order were most of the run time, and no library offers a
 * hash table keyed by byte slices of a buffer we already hold. Each spool is decoded into a
 * {@link Block} (its bytes plus offsets, times and interned ids); client order IDs are looked up
 * in an open-addressing table of references into the blocks; strings are built only for the
 * findings kept as examples.
 *
 * <p>Memory: a day's blocks are dropped as soon as every receipt in them is resolved; receipts
 * still waiting for their exchange order (at most {@link OrderFacts#CARRY_DAYS} days) are copied
 * into a small block of their own when their day's block is mostly resolved.
 */
final class OrderJoin {

  private static final long UNDATED = Long.MIN_VALUE;
  private static final long NO_TIME = Long.MIN_VALUE;
  private static final int KEPT = OrderFacts.KEPT;
  private static final byte WAITING = 0, DONE = 1;
  /** For the few columns not worth pooling: allocates, keeps nothing. */
  private static final ColumnPool NO_POOL = new ColumnPool(0);

  private final TreeMap<Long, List<DaySpool>> receipts;
  private final TreeMap<Long, List<DaySpool>> exchange;
  private final ZoneId zone;
  private final long tolerance;
  private final int fixedOffset;
  private final long fixedSince;

  /** Every file name in name order: a (file index, line) pair orders as its {@link Provenance}. */
  private final String[] files;
  private final Map<String, Integer> fileIndex = new HashMap<>();

  /** Accounts, gateways, desks and channels as small ints; interned only by the decoding thread. */
  private final Interner interner = new Interner();
  /** The receipt and exchange-order decoding threads' views of {@link #interner}. */
  private final Interner receiptIds = interner.view();
  private final Interner sentIds = interner.view();
  /** Decodes a day's exchange orders while the decoding thread decodes its receipts. */
  private ExecutorService sentDecoder;
  /** The names of interned ids as the last decoded day published them (read by the joining thread). */
  private String[] names;
  private final int coloId;
  private final int brokerageId;

  private final TreeMap<LocalDate, Day> days = new TreeMap<>();
  /** Column arrays of finished days, reused by the days after (see {@link ColumnPool}). */
  private final ColumnPool pool;
  private final IdTable byId = new IdTable();
  private final NoAccountTable byNoAccount = new NoAccountTable();
  /** Set when the order-number index may hide a waiting receipt behind a resolved one: rebuilt whole on next use. */
  private boolean rebuildIndex = true;
  /** How many receipts wait for their exchange order (the order-number index is rebuilt when mostly stale). */
  private long waitingTotal;
  /** Receipts registered so far, and receipt slots read by fallback scans (see {@link #fallback}). */
  private long registered;
  private long scanned;
  /** Set once fallback scans have read more than {@link #SCAN_BUDGET} slots per receipt: the index takes over. */
  private boolean indexFallback;
  private static final int SCAN_BUDGET = 32;
  private final List<Block> blocks = new ArrayList<>();
  private final List<Block> live = new ArrayList<>();
  private final Map<String, Long> parentTimes = new HashMap<>();
  private final Set<String> wantedParents = new HashSet<>();
  private final Set<String> parents = new HashSet<>();
  private final TreeMap<LocalDate, Pending> pendingDays = new TreeMap<>();
  private final TreeMap<LocalDate, Sequence> sequences = new TreeMap<>();
  /** By receipt day: per account id, the first colo brokerage receipt as a packed (file, line). */
  private final Map<LocalDate, long[]> colo = new HashMap<>();
  private final Map<LocalDate, Long> receiptDays = new HashMap<>();
  private final TreeSet<LocalDate> exchangeDays = new TreeSet<>();
  /** Per trading day, the latency histogram and first receipt per (gateway, desk). */
  private final Map<LocalDate, Slots> slots = new HashMap<>();
  private final List<Example> orphans = new ArrayList<>();
  private final List<Example> untimed = new ArrayList<>();
  private final List<Example> negatives = new ArrayList<>();
  private final List<Example> overtakes = new ArrayList<>();
  private final List<FieldGap> gaps = new ArrayList<>();
  private final List<SequenceBreak> breaks = new ArrayList<>();
  private final List<Issue> issues = new ArrayList<>();
  private long orphanCount, untimedCount, negativeCount, overtakeCount, gapCount, breakCount, issueCount;

  OrderJoin(TreeMap<Long, List<DaySpool>> receipts, TreeMap<Long, List<DaySpool>> exchange, ZoneId zone, long tolerance,
      ColumnPool pool) {
    this.pool = pool;
    this.receipts = receipts;
    this.exchange = exchange;
    this.zone = zone;
    this.tolerance = tolerance;
    tw.coloaudit.model.SettledOffset settled = tw.coloaudit.model.SettledOffset.of(zone);
    fixedOffset = settled == null ? Integer.MIN_VALUE : settled.seconds();
    fixedSince = settled == null ? Long.MAX_VALUE : settled.sinceEpochSecond();
    TreeSet<String> names = new TreeSet<>();
    receipts.values().forEach(l -> l.forEach(s -> names.add(s.file)));
    exchange.values().forEach(l -> l.forEach(s -> names.add(s.file)));
    files = names.toArray(new String[0]);
    for (int i = 0; i < files.length; i++) fileIndex.put(files[i], i);
    coloId = interner.intern("colo");
    brokerageId = interner.intern("brokerage");
    this.names = interner.names;
  }

  // ---- dates -------------------------------------------------------------------------------

  private long lastDay = Long.MIN_VALUE;
  private LocalDate lastDate;

  /** The local date of an instant; with a fixed offset (Asia/Taipei) computed without time-zone look-ups. */
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

  private LocalDate dayDate;
  private Day dayValue;

  private Day day(LocalDate d) {
    if (d != dayDate && !d.equals(dayDate)) {
      dayDate = d;
      dayValue = days.computeIfAbsent(d, k -> new Day());
    }
    return dayValue;
  }

  private Provenance at(int file, int line) {
    return Provenance.line(files[file], line);
  }

  private static long packed(int file, int line) {
    return ((long) file << 32) | (line & 0xFFFFFFFFL);
  }

  private Provenance unpack(long p) {
    return at((int) (p >>> 32), (int) p);
  }

  private String name(int id) {
    return id < 0 ? null : names[id];
  }

  // ---- the run -----------------------------------------------------------------------------

  /**
   * A day's spools decoded: receipt blocks, exchange orders, the interned names so far, and the
   * day's receipts by client order ID ({@code ids}, first occurrence; later ones are marked as its
   * duplicates in {@link Block#dup}), built on the decoding thread; null when the day's IDs rise
   * strictly through its blocks, as most systems number them: then none repeats, and an ID is
   * found by a binary search ({@link #sortedFind}).
   */
  private record Decoded(List<Block> receipts, List<Sent> sent, String[] names, DayIdTable ids) {}

  /**
   * The indexes from the start, without scans or binary searches first: the fallback join's from
   * its first look-up, a rising day's table of IDs from its first miss of the cursor (tests run
   * both ways against the reference).
   */
  OrderJoin indexingFallbacks() {
    indexFallback = true;
    searchesBeforeTable = 0;
    return this;
  }

  /**
   * How many binary searches a rising day serves before its table of IDs is built after all: a
   * day whose exchange orders come in another order than its receipts (a FIX file per gateway)
   * misses the cursor on most of them, and a table look-up is cheaper than a search.
   */
  private int searchesBeforeTable = 1 << 14;
  private int searches;

  OrderSummary run() {
    TreeSet<Long> keys = new TreeSet<>(receipts.keySet());
    keys.addAll(exchange.keySet());
    List<DaySpool> undated = receipts.get(UNDATED);
    if (undated != null) {
      Decoded d = decode(UNDATED);
      names = d.names();
      for (Block b : d.receipts()) {
        register(b);
        for (int i = 0; i < b.n; i++) {
          if (b.parentH[i] >= 0) wantedParents.add(b.string(b.parentOff[i], b.parentH[i]));
          admit(b, i, d.receipts());
        }
      }
      rebuildIds();
      if (d.ids() != null) freeIds.add(d.ids());
    }
    // Decoding the next day's spools overlaps joining this one (the join itself runs in date order).
    List<Long> order = new ArrayList<>(keys);
    order.remove((Long) UNDATED);
    ExecutorService prefetch = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "coloaudit-order-decode");
      t.setDaemon(true);
      return t;
    });
    sentDecoder = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "coloaudit-order-decode-sent");
      t.setDaemon(true);
      return t;
    });
    checker = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "coloaudit-order-checks");
      t.setDaemon(true);
      return t;
    });
    try {
      Future<Decoded> next = order.isEmpty() ? null : prefetch.submit(() -> decode(order.get(0)));
      for (int k = 0; k < order.size(); k++) {
        long key = order.get(k);
        Decoded day;
        try {
          day = next.get();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted while decoding the orders of a day", e);
        } catch (ExecutionException e) {
          throw new IllegalStateException("decoding the orders of a day failed", e.getCause());
        }
        if (k + 1 < order.size()) {
          long following = order.get(k + 1);
          next = prefetch.submit(() -> decode(following));
        }
        names = day.names();
        joinDay(key, day);
      }
      retire(Long.MAX_VALUE);
      finishDaysBefore(LocalDate.MAX);
      helpWithChecks();
      gatherChecks();
    } finally {
      prefetch.shutdownNow();
      sentDecoder.shutdownNow();
      checker.shutdownNow();
    }
    slots.forEach((d, s) -> {
      for (int k = 0; k < s.size; k++) {
        if (s.first[k] != Long.MAX_VALUE) {
          day(d).firstReceipt.merge(gatewayName(s.gateway[k]) + "/" + deskName(s.desk[k]), unpack(s.first[k]),
              (a, b) -> a.compareTo(b) <= 0 ? a : b);
        }
      }
    });
    for (LocalDate d : new TreeSet<>(receiptDays.keySet())) {
      if (!exchangeDays.contains(d)) {
        Provenance p = unpack(receiptDays.get(d));
        issue(p, "trading day " + d + " has receipts but no exchange orders (no exchange file for that day?)");
      }
    }
    TreeMap<LocalDate, Provenance> firstReceiptByDay = new TreeMap<>();
    receiptDays.forEach((d, p) -> firstReceiptByDay.put(d, unpack(p)));
    return new OrderSummary(
        Collections.unmodifiableSortedMap(days), List.copyOf(orphans), orphanCount, List.copyOf(untimed), untimedCount,
        List.copyOf(negatives), negativeCount, List.copyOf(overtakes), overtakeCount, List.copyOf(gaps), gapCount,
        List.copyOf(breaks), breakCount, Collections.unmodifiableMap(sortedColo()),
        Collections.unmodifiableSortedMap(firstReceiptByDay), List.copyOf(issues), issueCount);
  }

  private String gatewayName(int id) {
    return id < 0 ? "-" : names[id];
  }

  private String deskName(int id) {
    return id < 0 ? "other" : names[id];
  }

  private TreeMap<String, SortedMap<LocalDate, Provenance>> sortedColo() {
    TreeMap<String, SortedMap<LocalDate, Provenance>> out = new TreeMap<>();
    colo.forEach((d, firsts) -> {
      for (int a = 0; a < firsts.length; a++) {
        if (firsts[a] != Long.MAX_VALUE) out.computeIfAbsent(names[a], k -> new TreeMap<>()).put(d, unpack(firsts[a]));
      }
    });
    return out;
  }

  private void joinDay(long key, Decoded day) {
    dayBlocks = day.receipts();
    searches = 0;
    dayIds = day.ids();
    for (Block b : day.receipts()) {
      register(b);
      for (int i = 0; i < b.n; i++) {
        if (b.time[i] != NO_TIME && !wantedParents.isEmpty() && b.idH[i] >= 0) {
          String id = b.string(b.idOff[i], b.idH[i]);
          if (wantedParents.contains(id)) parentTimes.put(id, b.time[i]);
        }
        admit(b, i, day.receipts());
      }
    }
    retire(key - OrderFacts.CARRY_DAYS);
    for (Sent x : day.sent()) {
      for (int i = 0; i < x.n; i++) send(x, i);
      x.recycle(pool);
    }
    // A local date spans at most the UTC days before and after it.
    finishDaysBefore(LocalDate.ofEpochDay(key - 1));
    compact();
    rebuildIds();
    if (dayIds != null) freeIds.add(dayIds);
    dayIds = null;
    dayBlocks = null;
    cursor = null;
  }

  /** The day being joined: its receipt blocks and its receipts by ID (see {@link Decoded}). */
  private List<Block> dayBlocks;
  private DayIdTable dayIds;
  /** ID tables of finished days, cleared and reused by the decoding thread. */
  private final java.util.concurrent.ConcurrentLinkedQueue<DayIdTable> freeIds = new java.util.concurrent.ConcurrentLinkedQueue<>();

  /** A reference of a day's ID table (block of the day + 1, index) as a reference into {@link #blocks}. */
  private static long dayRef(List<Block> day, long provisional) {
    return ref(day.get((int) (provisional >>> 32) - 1), (int) provisional);
  }

  private void issue(Provenance p, String reason) {
    issueCount++;
    if (issues.size() < KEPT) issues.add(new Issue(p.file(), p.position(), reason));
  }

  private void register(Block b) {
    b.number = blocks.size();
    blocks.add(b);
    live.add(b);
    registered += b.n;
  }

  /**
   * A receipt joins the waiting ones unless one with its ID waits already: one carried from an
   * earlier day (in {@link #byId}), or an earlier one of its own day (found by the decoding
   * thread: no receipt of the day is resolved before all are admitted).
   */
  private void admit(Block b, int i, List<Block> day) {
    if (b.parentH[i] >= 0) parents.add(b.string(b.parentOff[i], b.parentH[i]));
    if (b.idH[i] < 0) {
      b.state[i] = DONE;
      return;
    }
    long before = byId.size == 0 ? 0 : byId.get(b.idHash[i], b.a, b.idOff[i], b.idH[i], 0);
    if (before != 0 && block(before).state[index(before)] != WAITING) before = 0;
    if (before == 0 && b.dup != null && b.dup[i] != 0) before = dayRef(day, b.dup[i]);
    if (before != 0) {
      Block fb = block(before);
      int fi = index(before);
      issue(at(b.file[i], b.line[i]), "duplicate client_order_id " + b.string(b.idOff[i], b.idH[i]) + " (first at "
          + files[fb.file[fi]] + ":" + fb.line[fi] + "); this receipt is not joined");
      b.state[i] = DONE;
      resolve(b, i, null);
      return;
    }
    b.state[i] = WAITING;
    b.waiting++;
    waitingTotal++;
  }

  private static long ref(Block b, int i) {
    return ((long) (b.number + 1) << 32) | i;
  }

  private Block block(long ref) {
    return blocks.get((int) (ref >>> 32) - 1);
  }

  private static int index(long ref) {
    return (int) ref;
  }

  private LocalDate pendingDate;
  private Pending pending;
  private LocalDate sendDate;
  private Day sendDay;
  private Slots sendSlots;

  private void send(Sent x, int i) {
    long sent = x.time[i];
    LocalDate trade = local(sent);
    if (!trade.equals(sendDate)) {
      sendDate = trade;
      exchangeDays.add(trade);
      sendDay = day(trade);
      sendSlots = slots.computeIfAbsent(trade, k -> new Slots());
    }
    Day day = sendDay;
    day.exchangeOrders++;
    long ref = x.idH[i] < 0 ? 0 : nextInOrder(x, i);
    if (ref == 0 && x.idH[i] >= 0) {
      ref = byId.size == 0 ? 0 : byId.get(x.idHash[i], x.a, x.idOff[i], x.idH[i], 0);
      if (ref != 0 && block(ref).state[index(ref)] != WAITING) ref = 0;
      if (ref == 0 && dayBlocks != null) {
        // The day's first receipt with the ID: if resolved, every later one was its duplicate.
        if (dayIds == null && ++searches > searchesBeforeTable) dayIds = tableOf(dayBlocks);
        long p = dayIds != null ? dayIds.get(x.idHash[i], x.a, x.idOff[i], x.idH[i], 0) : sortedFind(dayBlocks, x.a, x.idOff[i], x.idH[i]);
        if (p != 0) ref = dayRef(dayBlocks, p);
        if (ref != 0 && block(ref).state[index(ref)] != WAITING) ref = 0;
      }
    }
    boolean byFallback = false;
    if (ref == 0 && x.orderNoH[i] >= 0 && x.account[i] >= 0) {
      ref = fallback(x, i);
      byFallback = ref != 0;
    }
    if (ref == 0) {
      orphan(x, i, trade, day);
      return;
    }
    Block r = block(ref);
    int ri = index(ref);
    cursor = r;
    cursorIndex = ri + 1;
    forget(r, ri);
    day.matched++;
    long recv = r.time[ri];
    boolean own = recv != NO_TIME;
    if (!own && r.parentH[ri] >= 0) recv = parentTimes.getOrDefault(r.string(r.parentOff[ri], r.parentH[ri]), NO_TIME);
    resolve(r, ri, trade);
    int gw = r.gateway[ri] >= 0 ? r.gateway[ri] : x.gateway[i];
    if (recv == NO_TIME) {
      untimed(x, i, r, ri, trade, gw);
      return;
    }
    if (recv > sent) negative(x, i, r, ri, trade, gw, recv, day);
    int k = sendSlots.find(gw, r.desk[ri]);
    if (k < 0) k = newSlot(day, gw, r.desk[ri]);
    sendSlots.latency[k].recordValue(Math.max(0, Math.floorDiv(sent - recv, 1000L)));
    long rAt = packed(r.file[ri], r.line[ri]);
    if (rAt < sendSlots.first[k]) sendSlots.first[k] = rAt;
    if (trade != pendingDate) {
      pendingDate = trade;
      pending = pendingDays.get(trade);
      if (pending == null) pendingDays.put(trade, pending = new Pending(pendingSize));
    }
    Pending p = pending;
    String idOverride = null;
    if (byFallback) idOverride = x.idH[i] >= 0 ? x.string(x.idOff[i], x.idH[i]) : r.string(r.idOff[ri], r.idH[ri]);
    p.add(recv, sent, own, gw, r, ri, x.file[i], x.line[i], idOverride);
  }

  // The rare outcomes of send, in methods of their own: the compiler leaves a branch never taken
  // out until it is, then compiles send again; their bodies kept inline made each compile larger.

  /** The first match of the day on this gateway and desk: its latency histogram. */
  private int newSlot(Day day, int gw, int desk) {
    return sendSlots.add(gw, desk, day.latency.computeIfAbsent(gatewayName(gw), g -> new TreeMap<>())
        .computeIfAbsent(deskName(desk), d -> new Histogram(3)));
  }

  private void orphan(Sent x, int i, LocalDate trade, Day day) {
    day.orphans++;
    orphanCount++;
    if (orphans.size() < KEPT) {
      orphans.add(new Example(trade, x.string(x.idOff[i], x.idH[i]), name(x.gateway[i]), NO_TIME, x.time[i], null,
          List.of(at(x.file[i], x.line[i]))));
    }
  }

  private void untimed(Sent x, int i, Block r, int ri, LocalDate trade, int gw) {
    untimedCount++;
    if (untimed.size() < KEPT) {
      untimed.add(new Example(trade, id(x, i, r, ri), name(gw), NO_TIME, x.time[i], null,
          List.of(at(x.file[i], x.line[i]), at(r.file[ri], r.line[ri]))));
    }
  }

  private void negative(Sent x, int i, Block r, int ri, LocalDate trade, int gw, long recv, Day day) {
    day.negatives++;
    negativeCount++;
    if (negatives.size() < KEPT) {
      negatives.add(new Example(trade, id(x, i, r, ri), name(gw), recv, x.time[i], null,
          List.of(at(r.file[ri], r.line[ri]), at(x.file[i], x.line[i]))));
    }
  }

  /** The receipt block and position after the last receipt joined. */
  private Block cursor;
  private int cursorIndex;

  /**
   * Exchange orders mostly come in the order their receipts were received (per gateway, a few
   * gateways interleaved): the receipt is looked for among the next few after the last one
   * joined, in memory already at hand, before the ID table is asked. A waiting receipt with the
   * ID is the one the table holds (a second one would have been a duplicate).
   */
  private long nextInOrder(Sent x, int i) {
    Block b = cursor;
    if (b == null) return 0;
    int hash = x.idHash[i];
    int h = x.idH[i];
    for (int k = cursorIndex, end = Math.min(b.n, cursorIndex + 8); k < end; k++) {
      if (b.idHash[k] == hash && b.idH[k] == h && b.state[k] == WAITING && same(b.a, b.idOff[k], h, x.a, x.idOff[i], h)) {
        return ref(b, k);
      }
    }
    return 0;
  }

  /** The client order ID an example names: the exchange order's, else the receipt's. */
  private static String id(Sent x, int i, Block r, int ri) {
    return x.idH[i] >= 0 ? x.string(x.idOff[i], x.idH[i]) : r.string(r.idOff[ri], r.idH[ri]);
  }

  private void forget(Block r, int ri) {
    r.state[ri] = DONE;
    r.waiting--;
    waitingTotal--;
  }

  /**
   * The waiting receipt with the exchange order's order number and account: the newest, since order
   * numbers start again every day. While few exchange orders need it (an orphan now and then) the
   * live receipts are scanned from the newest, which costs a few array reads a receipt and nothing
   * beforehand. Once the scans have read {@link #SCAN_BUDGET} slots for every receipt registered
   * (a log whose ClOrdIDs seldom match), an index takes over: receipts are added to it as they
   * arrive, in order, so the newest wins; resolved receipts stay in it until it is mostly stale and
   * rebuilt, or until one hides a waiting receipt with the same number and account.
   */
  private long fallback(Sent x, int i) {
    if (!indexFallback) {
      if (scanned <= SCAN_BUDGET * registered + (1 << 20)) return scanFallback(x, i);
      indexFallback = true;
      rebuildIndex = true;
    }
    for (int attempt = 0; attempt < 2; attempt++) {
      if (rebuildIndex || byNoAccount.size > 2 * waitingTotal + 4096) {
        byNoAccount.clear();
        for (Block b : live) b.indexed = 0;
        rebuildIndex = false;
      }
      for (Block b : live) {
        for (int k = b.indexed; k < b.n; k++) {
          if (b.state[k] == WAITING && b.orderNoH[k] >= 0 && b.account[k] >= 0) {
            byNoAccount.put(b.a, b.orderNoOff[k], b.orderNoH[k], b.account[k], ref(b, k));
          }
        }
        b.indexed = b.n;
      }
      long ref = byNoAccount.get(x.a, x.orderNoOff[i], x.orderNoH[i], x.account[i]);
      if (ref == 0) return 0;
      Block b = block(ref);
      if (b != null && b.state[index(ref)] == WAITING) return ref;
      rebuildIndex = true;
    }
    return 0;
  }

  private long scanFallback(Sent x, int i) {
    int account = x.account[i];
    int h = x.orderNoH[i];
    int off = x.orderNoOff[i];
    for (int k = live.size() - 1; k >= 0; k--) {
      Block b = live.get(k);
      if (b.waiting == 0) continue;
      int[] accounts = b.account;
      int[] numbers = b.orderNoH;
      byte[] state = b.state;
      for (int j = b.n - 1; j >= 0; j--) {
        if (accounts[j] == account && numbers[j] == h && state[j] == WAITING && same(b.a, b.orderNoOff[j], h, x.a, off, h)) {
          scanned += b.n - j;
          return ref(b, j);
        }
      }
      scanned += b.n;
    }
    return 0;
  }

  /** Receipts that waited too long are receipts without an exchange order, on their own receipt date. */
  private void retire(long olderThan) {
    for (int k = 0; k < live.size(); k++) {
      Block b = live.get(k);
      if (b.bucket != UNDATED && b.bucket >= olderThan) continue;
      if (b.bucket == UNDATED && olderThan != Long.MAX_VALUE) continue;
      for (int i = 0; i < b.n; i++) {
        if (b.state[i] != WAITING) continue;
        b.state[i] = DONE;
        b.waiting--;
        waitingTotal--;
        LocalDate d = b.time[i] == NO_TIME ? null : local(b.time[i]);
        if (d != null && (parents.isEmpty() || !parents.contains(b.string(b.idOff[i], b.idH[i])))) day(d).receiptsWithoutOrder++;
        resolve(b, i, d);
      }
      drop(k--);
    }
  }

  private void drop(int liveIndex) {
    dropped.add(live.remove(liveIndex));
  }

  /** Blocks no longer live, still reachable by the references left in the ID table until it is rebuilt. */
  private final List<Block> dropped = new ArrayList<>();

  /**
   * The ID table rebuilt from the receipts still waiting, at the end of a day: matched receipts
   * are not removed one by one (they are skipped as resolved), and dropped blocks are released.
   */
  private void rebuildIds() {
    byId.clear();
    for (Block b : live) {
      for (int i = 0; i < b.n; i++) {
        if (b.state[i] == WAITING) byId.putIfAbsent(b.idHash[i], b.a, b.idOff[i], b.idH[i], ref(b, i));
      }
    }
    for (Block b : dropped) {
      blocks.set(b.number, null);
      b.recycle(pool);
    }
    dropped.clear();
  }

  /**
   * Blocks whose receipts are all resolved are dropped; a block with few receipts still waiting
   * has them copied into a small block of their own, so a day's bytes do not stay for a week.
   */
  private void compact() {
    for (int k = 0; k < live.size(); k++) {
      Block b = live.get(k);
      if (b.waiting == 0) {
        drop(k--);
      } else if (b.bucket != UNDATED && b.n >= 1024 && b.waiting <= b.n / 8) {
        Block c = b.copyWaiting();
        c.number = blocks.size();
        blocks.add(c);
        live.set(k, c);
        for (int i = 0, j = 0; i < b.n; i++) {
          if (b.state[i] != WAITING) continue;
          long moved = ref(c, j);
          if (i < b.indexed) {
            c.indexed = j + 1;
            if (c.orderNoH[j] >= 0 && c.account[j] >= 0) byNoAccount.replaceIf(c.a, c.orderNoOff[j], c.orderNoH[j], c.account[j], ref(b, i), moved);
          }
          j++;
          b.state[i] = DONE; // moved: the copy waits instead
        }
        dropped.add(b);
      }
    }
  }

  private LocalDate recvDate;
  private long recvDateFirst;
  private LocalDate resolvedDate;
  private Day resolvedDay;
  private Sequence resolvedSequence;
  private LocalDate coloDate;
  private long[] coloDay;

  /** Everything a receipt tells once its trading day is known (null when it has none). */
  private void resolve(Block r, int ri, LocalDate trade) {
    long at = packed(r.file[ri], r.line[ri]);
    long recv = r.time[ri];
    LocalDate recvDay = recv == NO_TIME ? trade : local(recv);
    if (recvDay != null) {
      if (!recvDay.equals(recvDate)) {
        recvDate = recvDay;
        Long first = receiptDays.get(recvDay);
        recvDateFirst = first == null ? Long.MAX_VALUE : first;
      }
      if (at < recvDateFirst) {
        recvDateFirst = at;
        receiptDays.put(recvDay, at);
      }
    }
    LocalDate d = trade != null ? trade : recvDay;
    if (d != null && !d.equals(resolvedDate)) {
      resolvedDate = d;
      resolvedDay = days.computeIfAbsent(d, k -> new Day());
      resolvedSequence = sequences.computeIfAbsent(d, k -> new Sequence(sequenceSize, pool));
    }
    if (d != null) resolvedDay.receipts++;
    if (r.channel[ri] == coloId && r.desk[ri] == brokerageId && r.account[ri] >= 0 && recvDay != null) {
      if (!recvDay.equals(coloDate)) {
        coloDate = recvDay;
        coloDay = colo.get(recvDay);
      }
      int a = r.account[ri];
      if (coloDay == null || coloDay.length <= a) {
        long[] grown = coloDay == null ? new long[Math.max(64, a + 1)] : Arrays.copyOf(coloDay, Math.max(a + 1, coloDay.length * 2));
        Arrays.fill(grown, coloDay == null ? 0 : coloDay.length, grown.length, Long.MAX_VALUE);
        coloDay = grown;
        colo.put(recvDay, coloDay);
      }
      if (at < coloDay[a]) coloDay[a] = at;
    }
    int missing = r.missing[ri];
    if (missing != 0 && d != null) {
      for (int b = 0; b < OrderFacts.REQUIRED_FIELDS.size(); b++) {
        if ((missing & (1 << b)) == 0) continue;
        gapCount++;
        if (gaps.size() < KEPT) {
          gaps.add(new FieldGap(d, r.string(r.idOff[ri], r.idH[ri]), OrderFacts.REQUIRED_FIELDS.get(b), unpack(at)));
        }
      }
    }
    if (r.orderNoH[ri] >= 0 && d != null) resolvedSequence.add(recv, r.a, r.orderNoOff[ri], r.orderNoH[ri], r.file[ri], r.line[ri]);
  }

  /** The most orders a finished day held: later days start with room for as many. */
  private int pendingSize = 1024;
  private int sequenceSize = 1024;

  private void finishDaysBefore(LocalDate limit) {
    while (!pendingDays.isEmpty() && pendingDays.firstKey().isBefore(limit)) {
      var e = pendingDays.pollFirstEntry();
      if (e.getValue() == pending) {
        pending = null;
        pendingDate = null;
      }
      pendingSize = Math.max(pendingSize, e.getValue().n);
      LocalDate trade = e.getKey();
      Pending p = e.getValue();
      Day day = day(trade);
      String[] snapshot = names;
      check(() -> {
        Checks c = new Checks();
        overtakes(trade, p, day, snapshot, c);
        p.recycle();
        return c;
      });
    }
    // Receipts still waiting may yet get a trading day up to CARRY_DAYS later.
    LocalDate seqLimit = limit == LocalDate.MAX ? limit : limit.minusDays(OrderFacts.CARRY_DAYS + 1L);
    while (!sequences.isEmpty() && sequences.firstKey().isBefore(seqLimit)) {
      var e = sequences.pollFirstEntry();
      sequenceSize = Math.max(sequenceSize, e.getValue().size());
      if (e.getKey().equals(resolvedDate)) resolvedDate = null;
      LocalDate trade = e.getKey();
      Sequence seq = e.getValue();
      check(() -> {
        Checks c = new Checks();
        seq.unseal();
        sequence(trade, seq, c);
        seq.recycle();
        return c;
      });
    }
    // The days before the limit are traded out: only receipts retired late can still join their
    // sequences, which meanwhile wait sealed in a temporary file instead of as columns in the heap
    // (eight days of them were the largest thing the join held: 16 MB a day at 500,000 orders).
    if (limit != LocalDate.MAX) {
      for (Sequence seq : sequences.headMap(limit).values()) {
        // Later days start with room for as many numbers as a traded-out day held.
        sequenceSize = Math.max(sequenceSize, seq.size());
        seq.seal();
      }
    }
  }

  /** Per gateway, in receipt order: an order sent before the latest send of every order received earlier overtook it. */
  private void overtakes(LocalDate trade, Pending p, Day day, String[] names, Checks out) {
    // One loop a method: the compiler compiles each loop on its own, mid-loop and again on entry,
    // and a method of several loops was compiled whole each time (docs/PERFORMANCE.md).
    for (var e : byGateway(p, names).entrySet()) {
      int[] l = e.getValue();
      sortBy(l, p.recv, p.sent);
      long count = overtakesOnGateway(trade, p, e.getKey(), l, out);
      if (count > 0) day.overtakes.put(e.getKey(), count);
    }
  }

  /** The day's matches with their own receipt time, by gateway name (a blank gateway is "-"), in name order. */
  private static TreeMap<String, int[]> byGateway(Pending p, String[] names) {
    // Group + 1 by interned gateway id + 1 (0: not met yet).
    int[] groupOfId = new int[names.length + 1];
    List<String> groupNames = new ArrayList<>();
    Map<String, Integer> groupOfName = new HashMap<>();
    int[] counts = new int[16];
    int[] gwOf = new int[p.n];
    for (int i = 0; i < p.n; i++) {
      if (!p.own[i]) {
        gwOf[i] = -1;
        continue;
      }
      int id = p.gateway[i];
      int g = groupOfId[id + 1] - 1;
      if (g < 0) {
        String name = id < 0 ? "-" : names[id];
        Integer named = groupOfName.get(name);
        if (named == null) {
          named = groupNames.size();
          groupNames.add(name);
          groupOfName.put(name, named);
        }
        g = named;
        groupOfId[id + 1] = g + 1;
      }
      if (g >= counts.length) counts = Arrays.copyOf(counts, counts.length * 2);
      counts[g]++;
      gwOf[i] = g;
    }
    int[][] members = new int[groupNames.size()][];
    for (int g = 0; g < members.length; g++) members[g] = new int[counts[g]];
    fill(members, gwOf);
    TreeMap<String, int[]> byGateway = new TreeMap<>();
    for (int g = 0; g < members.length; g++) byGateway.put(groupNames.get(g), members[g]);
    return byGateway;
  }

  private static void fill(int[][] members, int[] gwOf) {
    int[] fill = new int[members.length];
    for (int i = 0; i < gwOf.length; i++) if (gwOf[i] >= 0) members[gwOf[i]][fill[gwOf[i]]++] = i;
  }

  /**
   * In receipt order ({@code l}), the orders sent before the latest send of every order received
   * earlier, beyond the tolerance: how many.
   */
  private long overtakesOnGateway(LocalDate trade, Pending p, String gateway, int[] l, Checks out) {
    long count = 0;
    int latest = -1;
    int latestBefore = -1;
    int i = 0;
    while (i < l.length) {
      int j = i;
      long recv = p.recv[l[i]];
      while (j < l.length && p.recv[l[j]] == recv) j++;
      if (latestBefore >= 0) {
        long bound = p.sent[latestBefore];
        for (int k = i; k < j; k++) {
          int m = l[k];
          if (bound - p.sent[m] > tolerance) {
            count++;
            overtaken(trade, p, gateway, m, latestBefore, out);
          }
        }
      }
      for (int k = i; k < j; k++) {
        int m = l[k];
        if (latest < 0 || p.sent[m] > p.sent[latest]) latest = m;
      }
      latestBefore = latest;
      i = j;
    }
    return count;
  }

  /** Counts an overtake, and keeps it as an example while fewer than {@link #KEPT} are. */
  private void overtaken(LocalDate trade, Pending p, String gateway, int m, int latestBefore, Checks out) {
    out.overtakeCount++;
    if (out.overtakes.size() < KEPT) {
      out.overtakes.add(new Example(trade, p.id(m), gateway, p.recv[m], p.sent[m],
          p.id(latestBefore) + "\u0000" + p.recv[latestBefore] + "\u0000" + p.sent[latestBefore],
          List.of(p.receiptAt(m), at(p.xFile[m], p.xLine[m]))));
    }
  }

  /** Sorts indices by (first, second) ascending, stable; a no-op when already in order (the usual case). */
  static void sortBy(int[] idx, long[] first, long[] second) {
    boolean sorted = true;
    for (int k = 1; k < idx.length && sorted; k++) sorted = compare(idx[k - 1], idx[k], first, second) <= 0;
    if (sorted) return;
    int[] tmp = new int[idx.length];
    mergeSort(idx, tmp, 0, idx.length, first, second);
  }

  private static int compare(int a, int b, long[] first, long[] second) {
    int c = Long.compare(first[a], first[b]);
    return c != 0 ? c : Long.compare(second[a], second[b]);
  }

  private static void mergeSort(int[] a, int[] tmp, int from, int to, long[] first, long[] second) {
    if (to - from < 32) {
      for (int i = from + 1; i < to; i++) {
        int v = a[i];
        int j = i - 1;
        while (j >= from && compare(a[j], v, first, second) > 0) {
          a[j + 1] = a[j];
          j--;
        }
        a[j + 1] = v;
      }
      return;
    }
    int mid = (from + to) >>> 1;
    mergeSort(a, tmp, from, mid, first, second);
    mergeSort(a, tmp, mid, to, first, second);
    if (compare(a[mid - 1], a[mid], first, second) <= 0) return;
    System.arraycopy(a, from, tmp, from, to - from);
    int i = from, j = mid, k = from;
    while (i < mid && j < to) a[k++] = compare(tmp[j], tmp[i], first, second) < 0 ? tmp[j++] : tmp[i++];
    while (i < mid) a[k++] = tmp[i++];
    while (j < to) a[k++] = tmp[j++];
  }

  /** Duplicates on the day, and numbers lower than the last one of their range in receipt order. */
  private void sequence(LocalDate trade, Sequence s, Checks out) {
    int timed = 0;
    for (int i = 0; i < s.n; i++) if (s.recv[i] != NO_TIME) timed++;
    int[] order = new int[timed];
    long[] at = new long[s.n];
    for (int i = 0, k = 0; i < s.n; i++) {
      at[i] = packed(s.file[i], s.line[i]);
      if (s.recv[i] != NO_TIME) order[k++] = i;
    }
    sortBy(order, s.recv, at);
    int rise = increasingPerRange(s, order);
    if (timed < s.n || rise == FALLS) {
      SeqTable seen = new SeqTable(s);
      for (int i = 0; i < s.n; i++) {
        long first = seen.putIfAbsent(s.a, s.off[i], s.h[i], i + 1L);
        if (first != 0) {
          int f = (int) first - 1;
          String no = s.string(i);
          out.brk(new SequenceBreak(trade, no, "duplicate", s.string(f), List.of(at(s.file[i], s.line[i]), at(s.file[f], s.line[f]))));
        }
      }
    }
    if (rise == RISES_AS_NUMBERS) return;
    // The last number of each range (leading letters); the current range's is kept at hand and
    // written back to the map only when the range changes.
    Map<String, Integer> lastOfRange = new HashMap<>();
    String range = null;
    int rangeOff = -1, rangeLen = -1;
    int last = -1;
    for (int e : order) {
      int len = s.h[e] >>> 1;
      boolean ascii = (s.h[e] & 1) == 0;
      String next = null;
      if (ascii) {
        int letters = 0;
        while (letters < len && isAsciiLetter(s.a[s.off[e] + letters])) letters++;
        if (range == null || letters != rangeLen || !Arrays.equals(s.a, s.off[e], s.off[e] + letters, s.a, rangeOff, rangeOff + rangeLen)) {
          next = new String(s.a, s.off[e], letters, StandardCharsets.ISO_8859_1);
          rangeOff = s.off[e];
          rangeLen = letters;
        }
      } else {
        String r = OrderFacts.range(s.string(e));
        if (!r.equals(range)) next = r;
        rangeLen = -1;
      }
      if (next != null && !next.equals(range)) {
        if (range != null && last >= 0) lastOfRange.put(range, last);
        range = next;
        Integer known = lastOfRange.get(range);
        last = known == null ? -1 : known;
      }
      if (last >= 0 && compareNo(s, e, last) < 0) {
        out.brk(new SequenceBreak(trade, s.string(e), "out_of_order", s.string(last), List.of(at(s.file[e], s.line[e]), at(s.file[last], s.line[last]))));
        continue;
      }
      last = e;
    }
  }

  /** {@link #increasingPerRange}: the numbers do not rise as bytes somewhere; they do; they do, and so as numbers. */
  private static final int FALLS = 0, RISES = 1, RISES_AS_NUMBERS = 2;

  /**
   * Whether, in receipt order, every ASCII order number is greater as bytes than the one before
   * it in its range: then no number repeats (equal numbers share a range) and the look-up for
   * duplicates can be skipped, which is the usual day. When, besides, the numbers of each range
   * are all digits after its letters and all of one length, bytes and numbers order them alike:
   * then none breaks the sequence either ({@link #RISES_AS_NUMBERS}), and that pass is skipped too.
   */
  private static int increasingPerRange(Sequence s, int[] order) {
    Map<String, Integer> last = new HashMap<>();
    String range = null;
    int rangeOff = -1, rangeLen = -1;
    int previous = -1; // -1: none yet in the range (boxed only when the range changes)
    boolean asNumbers = true;
    for (int e : order) {
      if ((s.h[e] & 1) != 0) return FALLS;
      int len = s.h[e] >>> 1;
      int letters = 0;
      while (letters < len && isAsciiLetter(s.a[s.off[e] + letters])) letters++;
      if (asNumbers) {
        asNumbers = letters < len;
        for (int k = s.off[e] + letters; k < s.off[e] + len && asNumbers; k++) asNumbers = s.a[k] >= '0' && s.a[k] <= '9';
      }
      if (range == null || letters != rangeLen || !Arrays.equals(s.a, s.off[e], s.off[e] + letters, s.a, rangeOff, rangeOff + rangeLen)) {
        if (range != null && previous >= 0) last.put(range, previous);
        range = new String(s.a, s.off[e], letters, StandardCharsets.ISO_8859_1);
        rangeOff = s.off[e];
        rangeLen = letters;
        previous = last.getOrDefault(range, -1);
      }
      if (previous >= 0) {
        int p = previous;
        if (Arrays.compareUnsigned(s.a, s.off[p], s.off[p] + (s.h[p] >>> 1), s.a, s.off[e], s.off[e] + len) >= 0) return FALLS;
        asNumbers &= (s.h[p] >>> 1) == len;
      }
      previous = e;
    }
    return asNumbers ? RISES_AS_NUMBERS : RISES;
  }

  private static boolean isAsciiLetter(byte c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }

  /** {@link OrderFacts#compareNo} on the bytes of two ASCII order numbers; other text through the strings. */
  private static int compareNo(Sequence s, int x, int y) {
    if (((s.h[x] | s.h[y]) & 1) != 0) return OrderFacts.compareNo(s.string(x), s.string(y));
    byte[] a = s.a;
    int ao = s.off[x], al = s.h[x] >>> 1, bo = s.off[y], bl = s.h[y] >>> 1;
    int ia = 0, ib = 0;
    while (ia < al && isAsciiLetter(a[ao + ia])) ia++;
    while (ib < bl && isAsciiLetter(a[bo + ib])) ib++;
    boolean da = ia < al, db = ib < bl;
    for (int k = ia; k < al && da; k++) da = a[ao + k] >= '0' && a[ao + k] <= '9';
    for (int k = ib; k < bl && db; k++) db = a[bo + k] >= '0' && a[bo + k] <= '9';
    if (da && db) {
      int za = ia, zb = ib;
      while (za < al && a[ao + za] == '0') za++;
      while (zb < bl && a[bo + zb] == '0') zb++;
      int la = al - za, lb = bl - zb;
      if (la != lb) return Integer.compare(la, lb);
      for (int k = 0; k < la; k++) {
        int c = Byte.compare(a[ao + za + k], a[bo + zb + k]);
        if (c != 0) return c;
      }
      return 0;
    }
    int n = Math.min(al, bl);
    for (int k = 0; k < n; k++) {
      int c = (a[ao + k] & 0xFF) - (a[bo + k] & 0xFF);
      if (c != 0) return c;
    }
    return al - bl;
  }

  /**
   * The overtakes and order-number breaks of finished days, worked out on a thread of their own
   * (a finished day is not touched by the join again) and gathered in day order at the end.
   */
  private static final class Checks {
    final List<Example> overtakes = new ArrayList<>();
    long overtakeCount;
    final List<SequenceBreak> breaks = new ArrayList<>();
    long breakCount;

    void brk(SequenceBreak b) {
      breakCount++;
      if (breaks.size() < KEPT) breaks.add(b);
    }
  }

  private final List<FutureTask<Checks>> checks = new ArrayList<>();

  /** Queues a finished day's checks for the checking thread. */
  private void check(java.util.concurrent.Callable<Checks> work) {
    FutureTask<Checks> task = new FutureTask<>(work);
    checks.add(task);
    checker.execute(task);
  }

  /**
   * At the end the last eight days' order-number checks are still queued (they wait for receipts
   * retired late): the joining thread, otherwise idle, runs them from the newest while the
   * checking thread works from the oldest. A task already started or done is not run again.
   */
  private void helpWithChecks() {
    for (int k = checks.size() - 1; k >= 0; k--) checks.get(k).run();
  }
  private ExecutorService checker;

  private void gatherChecks() {
    for (Future<Checks> f : checks) {
      Checks c;
      try {
        c = f.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while checking the orders of a day", e);
      } catch (ExecutionException e) {
        throw new IllegalStateException("checking the orders of a day failed", e.getCause());
      }
      overtakeCount += c.overtakeCount;
      for (Example x : c.overtakes) if (overtakes.size() < KEPT) overtakes.add(x);
      breakCount += c.breakCount;
      for (SequenceBreak b : c.breaks) if (breaks.size() < KEPT) breaks.add(b);
    }
    checks.clear();
  }

  // ---- decoding ------------------------------------------------------------------------------

  private Decoded decode(long key) {
    List<DaySpool> rs = receipts.get(key);
    List<DaySpool> xs = exchange.get(key);
    java.util.concurrent.Callable<List<Sent>> decodeSent = () -> {
      List<Sent> out = new ArrayList<>();
      if (xs != null) {
        for (DaySpool s : xs) {
          out.add(Sent.read(s, fileIndex.get(s.file), sentIds, pool));
          s.release();
        }
      }
      return out;
    };
    Future<List<Sent>> sentLater = xs != null && sentDecoder != null ? sentDecoder.submit(decodeSent) : null;
    List<Block> blocksOfDay = new ArrayList<>();
    int count = 0;
    if (rs != null) {
      for (DaySpool s : rs) {
        Block b = Block.read(s, fileIndex.get(s.file), key, receiptIds, pool);
        s.release();
        blocksOfDay.add(b);
        count += b.n;
      }
    }
    DayIdTable ids = null;
    if (!rising(blocksOfDay)) {
      ids = freeIds.poll();
      if (ids == null) ids = new DayIdTable(count);
      ids.start(blocksOfDay);
    }
    for (int k = 0; ids != null && k < blocksOfDay.size(); k++) {
      Block b = blocksOfDay.get(k);
      for (int i = 0; i < b.n; i++) {
        if (b.idH[i] < 0) continue;
        long first = ids.putIfAbsent(b.idHash[i], b.a, b.idOff[i], b.idH[i], ((long) (k + 1) << 32) | i);
        if (first != 0) {
          if (b.dup == null) b.dup = new long[b.n];
          b.dup[i] = first;
        }
      }
    }
    List<Sent> sent;
    try {
      sent = sentLater != null ? sentLater.get() : decodeSent.call();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while decoding the exchange orders of a day", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("decoding the exchange orders of a day failed", e.getCause());
    } catch (Exception e) {
      throw new IllegalStateException("decoding the exchange orders of a day failed", e);
    }
    return new Decoded(blocksOfDay, sent, interner.names(), ids);
  }

  /**
   * Whether every receipt of the day has an ID and the IDs rise strictly through the blocks in
   * order (by {@link #compareKeys}): then no ID repeats, and the day needs no table of them. A
   * day that does not stops the check at its first fall, and its table is built.
   */
  private static boolean rising(List<Block> day) {
    Block pb = null;
    int pi = -1;
    for (Block b : day) {
      for (int i = 0; i < b.n; i++) {
        if (b.idH[i] < 0) return false;
        if (pb != null && compareKeys(pb.a, pb.idOff[pi], pb.idH[pi], b.a, b.idOff[i], b.idH[i]) >= 0) return false;
        pb = b;
        pi = i;
      }
    }
    return true;
  }

  /** The table of IDs of a {@link #rising} day (none repeats), built on the joining thread. */
  private DayIdTable tableOf(List<Block> day) {
    int count = 0;
    for (Block b : day) count += b.n;
    DayIdTable ids = freeIds.poll();
    if (ids == null) ids = new DayIdTable(count);
    ids.start(day);
    for (int k = 0; k < day.size(); k++) {
      Block b = day.get(k);
      for (int i = 0; i < b.n; i++) ids.putIfAbsent(b.idHash[i], b.a, b.idOff[i], b.idH[i], ((long) (k + 1) << 32) | i);
    }
    return ids;
  }

  /** The day reference of the receipt with this ID in a {@link #rising} day, or 0. */
  static long sortedFind(List<Block> day, byte[] a, int off, int h) {
    for (int k = 0; k < day.size(); k++) {
      Block b = day.get(k);
      if (b.n == 0 || compareKeys(b.a, b.idOff[b.n - 1], b.idH[b.n - 1], a, off, h) < 0) continue;
      int lo = 0;
      int hi = b.n - 1;
      while (lo <= hi) {
        int mid = (lo + hi) >>> 1;
        int c = compareKeys(b.a, b.idOff[mid], b.idH[mid], a, off, h);
        if (c == 0) return ((long) (k + 1) << 32) | mid;
        if (c < 0) lo = mid + 1;
        else hi = mid - 1;
      }
      return 0;
    }
    return 0;
  }

  /** An order of keys: by header (length, then encoding), then by unsigned bytes. */
  static int compareKeys(byte[] a, int aOff, int aH, byte[] b, int bOff, int bH) {
    if (aH != bH) return Integer.compare(aH, bH);
    int len = aH >>> 1;
    return Arrays.compareUnsigned(a, aOff, aOff + len, b, bOff, bOff + len);
  }

  /** A string of a spool: {@code h} is (length << 1 | UTF-8 flag); ASCII is read as Latin-1. */
  static String string(byte[] a, int off, int h) {
    if (h < 0) return null;
    return new String(a, off, h >>> 1, (h & 1) != 0 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
  }

  /**
   * The hash of a slice: eight bytes at a time (the last eight overlapping the ones before), one
   * multiplication each, so a 16-byte ID costs two steps instead of sixteen dependent ones.
   */
  static int hash(byte[] a, int off, int h) {
    int len = h >>> 1;
    long x = (h + 1) * GOLDEN;
    if (len >= 8) {
      int end = off + len - 8;
      for (int i = off; i < end; i += 8) x = Long.rotateLeft((x ^ (long) WORDS.get(a, i)) * GOLDEN, 29);
      x = (x ^ (long) WORDS.get(a, end)) * GOLDEN;
    } else {
      long w = 0;
      for (int i = off + len - 1; i >= off; i--) w = (w << 8) | (a[i] & 0xFF);
      x = (x ^ w) * GOLDEN;
    }
    return mix((int) (x ^ (x >>> 32)));
  }

  private static final long GOLDEN = 0x9E3779B97F4A7C15L;
  private static final java.lang.invoke.VarHandle WORDS =
      java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);

  /** MurmurHash3's 32-bit finaliser: IDs that differ in their last digits spread over the whole table. */
  static int mix(int x) {
    x ^= x >>> 16;
    x *= 0x85EBCA6B;
    x ^= x >>> 13;
    x *= 0xC2B2AE35;
    return x ^ (x >>> 16);
  }

  static boolean same(byte[] a, int aOff, int aH, byte[] b, int bOff, int bH) {
    if (aH != bH) return false;
    int len = aH >>> 1;
    if (len > 24) return Arrays.equals(a, aOff, aOff + len, b, bOff, bOff + len);
    // Short keys (IDs, accounts) differ mostly in their last bytes: compare from the end.
    for (int k = len - 1; k >= 0; k--) if (a[aOff + k] != b[bOff + k]) return false;
    return true;
  }

  /**
   * The columns receipts and exchange orders share, over the bytes of their spool: time, file and
   * line, client order ID (with its hash) and order number as slices of the bytes, account and
   * gateway as interned ids.
   */
  private abstract static class Orders {
    final byte[] a;
    int n;
    /** Room in every column (arrays from the pool may be longer, and not all alike). */
    int capacity;
    long[] time;
    int[] file, line, idOff, idH, idHash, orderNoOff, orderNoH, account, gateway;

    /** Columns of at least {@code capacity} from the pool (their contents left from earlier days). */
    Orders(byte[] a, int capacity, ColumnPool pool) {
      this.a = a;
      this.capacity = capacity;
      time = pool.longs(capacity);
      file = pool.ints(capacity);
      line = pool.ints(capacity);
      idOff = pool.ints(capacity);
      idH = pool.ints(capacity);
      idHash = pool.ints(capacity);
      orderNoOff = pool.ints(capacity);
      orderNoH = pool.ints(capacity);
      account = pool.ints(capacity);
      gateway = pool.ints(capacity);
    }

    /** Hands the columns and the bytes to the pool; the orders are not read afterwards. */
    void recycle(ColumnPool pool) {
      pool.free(a);
      pool.free(time);
      for (int[] column : new int[][] {file, line, idOff, idH, idHash, orderNoOff, orderNoH, account, gateway}) pool.free(column);
    }

    String string(int off, int h) {
      return OrderJoin.string(a, off, h);
    }

    /** Room for one more order; its index. */
    final int add() {
      if (n == capacity) {
        int c = Math.max(16, n + (n >> 1));
        capacity = c;
        time = Arrays.copyOf(time, c);
        file = Arrays.copyOf(file, c);
        line = Arrays.copyOf(line, c);
        idOff = Arrays.copyOf(idOff, c);
        idH = Arrays.copyOf(idH, c);
        idHash = Arrays.copyOf(idHash, c);
        orderNoOff = Arrays.copyOf(orderNoOff, c);
        orderNoH = Arrays.copyOf(orderNoH, c);
        account = Arrays.copyOf(account, c);
        gateway = Arrays.copyOf(gateway, c);
        grow(c);
      }
      return n++;
    }

    /** Grows the columns of its own kind to {@code c}. */
    abstract void grow(int c);

    /** Reads what every spooled order starts with: time, line, client order ID and order number. */
    final void readHead(DaySpool.Reader in, int i, int fileIdx) {
      time[i] = in.readTime();
      line[i] = in.readLine();
      file[i] = fileIdx;
      idH[i] = in.sliceHeader();
      idOff[i] = in.skipSlice(idH[i]);
      idHash[i] = idH[i] >= 0 ? hash(a, idOff[i], idH[i]) : 0;
      orderNoH[i] = in.sliceHeader();
      orderNoOff[i] = in.skipSlice(orderNoH[i]);
    }
  }

  /** The receipts of one spool (or those still waiting, copied), as columns over its bytes. */
  private static final class Block extends Orders {
    final long bucket;
    int number;
    int waiting;
    /** How many of the first receipts the order-number index has seen. */
    int indexed;
    /** Per receipt, the day's first receipt with its ID when it is a later one (a day reference), else 0; null when none is. */
    long[] dup;
    int[] parentOff, parentH, desk, channel, missing;
    byte[] state;

    Block(byte[] a, long bucket, int capacity, ColumnPool pool) {
      super(a, capacity, pool);
      this.bucket = bucket;
      parentOff = pool.ints(capacity);
      parentH = pool.ints(capacity);
      desk = pool.ints(capacity);
      channel = pool.ints(capacity);
      missing = pool.ints(capacity);
      // Left as an earlier day left it: admitting a receipt sets its state before anything reads it.
      state = pool.bytes(capacity);
    }

    /** Hands the columns and the bytes to the pool, once the join has dropped the block. */
    @Override
    void recycle(ColumnPool pool) {
      super.recycle(pool);
      for (int[] column : new int[][] {parentOff, parentH, desk, channel, missing}) pool.free(column);
      pool.free(state);
    }

    @Override
    void grow(int c) {
      parentOff = Arrays.copyOf(parentOff, c);
      parentH = Arrays.copyOf(parentH, c);
      desk = Arrays.copyOf(desk, c);
      channel = Arrays.copyOf(channel, c);
      missing = Arrays.copyOf(missing, c);
      state = Arrays.copyOf(state, c);
    }

    static Block read(DaySpool s, int fileIdx, long bucket, Interner interner, ColumnPool pool) {
      byte[] bytes = s.bytes(pool);
      Block b = new Block(bytes, bucket, Math.max(16, s.records()), pool);
      DaySpool.Reader in = new DaySpool.Reader(bytes, s.length(), null);
      DictColumn gateway = new DictColumn(interner, DaySpool.DICT_GATEWAY), desk = new DictColumn(interner, DaySpool.DICT_DESK),
          channel = new DictColumn(interner, DaySpool.DICT_CHANNEL);
      while (in.more()) {
        int i = b.add();
        b.readHead(in, i, fileIdx);
        b.parentH[i] = in.sliceHeader();
        b.parentOff[i] = in.skipSlice(b.parentH[i]);
        b.account[i] = interner.intern(in, bytes);
        b.gateway[i] = gateway.intern(in, bytes);
        b.desk[i] = desk.intern(in, bytes);
        b.channel[i] = channel.intern(in, bytes);
        b.missing[i] = in.readSmall();
      }
      return b;
    }

    /** The receipts still waiting, copied into a block of their own bytes. */
    Block copyWaiting() {
      int bytes = 0;
      for (int i = 0; i < n; i++) {
        if (state[i] == WAITING) bytes += len(idH[i]) + len(orderNoH[i]) + len(parentH[i]);
      }
      Block c = new Block(new byte[bytes], bucket, waiting, NO_POOL);
      int w = 0;
      for (int i = 0; i < n; i++) {
        if (state[i] != WAITING) continue;
        int k = c.n++;
        c.time[k] = time[i];
        c.file[k] = file[i];
        c.line[k] = line[i];
        c.idH[k] = idH[i];
        c.idHash[k] = idHash[i];
        c.idOff[k] = w;
        w = copy(idOff[i], idH[i], c.a, w);
        c.orderNoH[k] = orderNoH[i];
        c.orderNoOff[k] = w;
        w = copy(orderNoOff[i], orderNoH[i], c.a, w);
        c.parentH[k] = parentH[i];
        c.parentOff[k] = w;
        w = copy(parentOff[i], parentH[i], c.a, w);
        c.account[k] = account[i];
        c.gateway[k] = gateway[i];
        c.desk[k] = desk[i];
        c.channel[k] = channel[i];
        c.missing[k] = missing[i];
        c.state[k] = WAITING;
      }
      c.waiting = c.n;
      return c;
    }

    private static int len(int h) {
      return h < 0 ? 0 : h >>> 1;
    }

    private int copy(int off, int h, byte[] to, int w) {
      int len = len(h);
      System.arraycopy(a, off, to, w, len);
      return w + len;
    }
  }

  /** The exchange orders of one spool, as columns over its bytes (no columns beyond the shared ones). */
  private static final class Sent extends Orders {
    Sent(byte[] a, int capacity, ColumnPool pool) {
      super(a, capacity, pool);
    }

    @Override
    void grow(int c) {}

    static Sent read(DaySpool s, int fileIdx, Interner interner, ColumnPool pool) {
      byte[] bytes = s.bytes(pool);
      Sent x = new Sent(bytes, Math.max(16, s.records()), pool);
      DaySpool.Reader in = new DaySpool.Reader(bytes, s.length(), null);
      DictColumn gateway = new DictColumn(interner, DaySpool.DICT_GATEWAY);
      while (in.more()) {
        int i = x.add();
        x.readHead(in, i, fileIdx);
        x.account[i] = interner.intern(in, bytes);
        x.gateway[i] = gateway.intern(in, bytes);
      }
      return x;
    }
  }

  /** Matched orders of one trading day, waiting until the day is complete (overtakes). */
  private final class Pending {
    int n;
    long[] recv;
    long[] sent;
    boolean[] own;
    int[] gateway;
    /**
     * Per match, where its receipt is and its client order ID, copied (the receipt blocks are
     * recycled once the join is done with them; holding them for these few examples kept about
     * four days of receipts in the heap at a time).
     */
    int[] rFile;
    int[] rLine;
    int[] idOff;
    int[] idH;
    byte[] ids;
    int idsUsed;
    int[] xFile;
    int[] xLine;

    /** Room in every column (see {@link Orders#capacity}). */
    int capacity;

    Pending(int capacity) {
      this.capacity = capacity;
      recv = pool.longs(capacity);
      sent = pool.longs(capacity);
      own = pool.booleans(capacity);
      gateway = pool.ints(capacity);
      rFile = pool.ints(capacity);
      rLine = pool.ints(capacity);
      idOff = pool.ints(capacity);
      idH = pool.ints(capacity);
      ids = pool.bytes((int) Math.min(Integer.MAX_VALUE - 8, capacity * 16L)); // grown if IDs are longer
      xFile = pool.ints(capacity);
      xLine = pool.ints(capacity);
    }

    /** After the day's checks: the columns go to the pool. */
    void recycle() {
      pool.free(recv);
      pool.free(sent);
      pool.free(own);
      pool.free(ids);
      for (int[] column : new int[][] {gateway, rFile, rLine, idOff, idH, xFile, xLine}) pool.free(column);
    }

    /** The ID to name, for the few orders joined on order number and account. */
    Map<Integer, String> idOverride;

    void add(long r, long s, boolean o, int gw, Block rb, int ri, int xf, int xl, String override) {
      if (n == capacity) {
        int c = n + (n >> 1);
        capacity = c;
        recv = Arrays.copyOf(recv, c);
        sent = Arrays.copyOf(sent, c);
        own = Arrays.copyOf(own, c);
        gateway = Arrays.copyOf(gateway, c);
        rFile = Arrays.copyOf(rFile, c);
        rLine = Arrays.copyOf(rLine, c);
        idOff = Arrays.copyOf(idOff, c);
        idH = Arrays.copyOf(idH, c);
        xFile = Arrays.copyOf(xFile, c);
        xLine = Arrays.copyOf(xLine, c);
      }
      recv[n] = r;
      sent[n] = s;
      own[n] = o;
      gateway[n] = gw;
      rFile[n] = rb.file[ri];
      rLine[n] = rb.line[ri];
      int h = rb.idH[ri];
      idH[n] = h;
      if (h >= 0) {
        int len = h >>> 1;
        if (idsUsed + len > ids.length) ids = Arrays.copyOf(ids, Math.max(ids.length * 2, idsUsed + len));
        System.arraycopy(rb.a, rb.idOff[ri], ids, idsUsed, len);
        idOff[n] = idsUsed;
        idsUsed += len;
      }
      xFile[n] = xf;
      xLine[n] = xl;
      if (override != null) {
        if (idOverride == null) idOverride = new HashMap<>();
        idOverride.put(n, override);
      }
      n++;
    }

    Provenance receiptAt(int m) {
      return at(rFile[m], rLine[m]);
    }

    String id(int m) {
      if (idOverride != null) {
        String o = idOverride.get(m);
        if (o != null) return o;
      }
      return string(ids, idOff[m], idH[m]);
    }
  }

  /** The order numbers resolved to one trading day, copied, with receipt time and provenance. */
  private static final class Sequence {
    int n;
    byte[] a;
    int used;
    long[] recv;
    int[] off;
    int[] h;
    int[] file;
    int[] line;

    /** The entries written out by {@link #seal}, in the order they were added; null when none. */
    private Path sealed;
    private int sealedCount;
    private int sealedBytes;

    private final ColumnPool pool;

    Sequence(int capacity, ColumnPool pool) {
      this.pool = pool;
      allocate(capacity, (int) Math.min(Integer.MAX_VALUE - 8, capacity * 8L));
    }

    /** Room in every column but {@link #a} (see {@link Orders#capacity}). */
    private int capacity;

    private void allocate(int capacity, int bytes) {
      this.capacity = capacity;
      a = pool.bytes(bytes);
      recv = pool.longs(capacity);
      off = pool.ints(capacity);
      h = pool.ints(capacity);
      file = pool.ints(capacity);
      line = pool.ints(capacity);
    }

    /** Hands the columns to the pool: after the check, or once written out. */
    void recycle() {
      pool.free(a);
      pool.free(recv);
      for (int[] column : new int[][] {off, h, file, line}) pool.free(column);
      a = null;
      recv = null;
      off = h = file = line = null;
    }

    /** How many entries the sequence holds, sealed or not. */
    int size() {
      return sealedCount + n;
    }

    /**
     * Appends the columns, as they are in memory, to a temporary file and frees them; entries
     * added later collect anew, and {@link #unseal} restores the order they were added in. The
     * columns are copied whole, with no encoding per entry (at 10M orders the audit took no longer
     * than without sealing; see docs/PERFORMANCE.md).
     */
    void seal() {
      if (n == 0) return;
      int size = 2 * Integer.BYTES + n * (Long.BYTES + 4 * Integer.BYTES) + used;
      byte[] buffer = pool.bytes(size);
      ByteBuffer out = ByteBuffer.wrap(buffer, 0, size).order(ByteOrder.nativeOrder());
      out.putInt(n).putInt(used);
      out.asLongBuffer().put(recv, 0, n);
      out.position(out.position() + n * Long.BYTES);
      for (int[] column : new int[][] {off, h, file, line}) {
        out.asIntBuffer().put(column, 0, n);
        out.position(out.position() + n * Integer.BYTES);
      }
      out.put(a, 0, used);
      try {
        if (sealed == null) {
          sealed = Files.createTempFile("coloaudit-sequence-", ".bin");
          sealed.toFile().deleteOnExit();
        }
        try (var channel = java.nio.channels.FileChannel.open(sealed, StandardOpenOption.APPEND)) {
          // In pieces, as DaySpool#read reads: each goes through a temporary direct buffer its size.
          for (int at = 0; at < size; ) {
            ByteBuffer piece = ByteBuffer.wrap(buffer, at, Math.min(1 << 20, size - at));
            while (piece.hasRemaining()) at += channel.write(piece);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot set a day's order numbers aside in a temporary file", e);
      }
      pool.free(buffer);
      sealedCount += n;
      sealedBytes += used;
      n = 0;
      used = 0;
      recycle();
      allocate(16, 128);
    }

    /** Reads the sealed entries back ahead of those added since, and deletes the file. */
    void unseal() {
      if (sealed == null) return;
      ByteBuffer in;
      byte[] buffer;
      try {
        int size = (int) Files.size(sealed);
        buffer = DaySpool.read(sealed, size, pool);
        in = ByteBuffer.wrap(buffer, 0, size).order(ByteOrder.nativeOrder());
        Files.deleteIfExists(sealed);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read a day's order numbers back", e);
      }
      int late = n;
      int lateUsed = used;
      long[] lateRecv = recv;
      int[] lateOff = off, lateH = h, lateFile = file, lateLine = line;
      byte[] lateA = a;
      allocate(sealedCount + late, sealedBytes + lateUsed);
      n = 0;
      used = 0;
      while (in.hasRemaining()) {
        int k = in.getInt();
        int bytes = in.getInt();
        in.asLongBuffer().get(recv, n, k);
        in.position(in.position() + k * Long.BYTES);
        for (int[] column : new int[][] {off, h, file, line}) {
          in.asIntBuffer().get(column, n, k);
          in.position(in.position() + k * Integer.BYTES);
        }
        in.get(a, used, bytes);
        for (int i = n; i < n + k; i++) off[i] += used;
        n += k;
        used += bytes;
      }
      pool.free(buffer);
      for (int i = 0; i < late; i++) add(lateRecv[i], lateA, lateOff[i], lateH[i], lateFile[i], lateLine[i]);
      pool.free(lateA);
      pool.free(lateRecv);
      for (int[] column : new int[][] {lateOff, lateH, lateFile, lateLine}) pool.free(column);
      sealed = null;
      sealedCount = 0;
      sealedBytes = 0;
    }

    void add(long r, byte[] from, int fromOff, int fromH, int f, int l) {
      if (n == capacity) {
        int c = Math.max(16, n * 2);
        capacity = c;
        recv = Arrays.copyOf(recv, c);
        off = Arrays.copyOf(off, c);
        h = Arrays.copyOf(h, c);
        file = Arrays.copyOf(file, c);
        line = Arrays.copyOf(line, c);
      }
      int len = fromH >>> 1;
      if (used + len > a.length) a = Arrays.copyOf(a, Math.max(a.length * 2, used + len));
      System.arraycopy(from, fromOff, a, used, len);
      recv[n] = r;
      off[n] = used;
      h[n] = fromH;
      file[n] = f;
      line[n] = l;
      used += len;
      n++;
    }

    String string(int i) {
      return OrderJoin.string(a, off[i], h[i]);
    }
  }

  /** Per trading day: the latency histogram and first receipt of each (gateway, desk), found by a short scan. */
  private static final class Slots {
    int size;
    int[] gateway = new int[8];
    int[] desk = new int[8];
    Histogram[] latency = new Histogram[8];
    long[] first = new long[8];
    int lastGateway = Integer.MIN_VALUE, lastDesk = Integer.MIN_VALUE, last = -1;

    int find(int g, int d) {
      if (g == lastGateway && d == lastDesk) return last;
      for (int k = 0; k < size; k++) {
        if (gateway[k] == g && desk[k] == d) {
          lastGateway = g;
          lastDesk = d;
          last = k;
          return k;
        }
      }
      return -1;
    }

    int add(int g, int d, Histogram h) {
      if (size == gateway.length) {
        gateway = Arrays.copyOf(gateway, size * 2);
        desk = Arrays.copyOf(desk, size * 2);
        latency = Arrays.copyOf(latency, size * 2);
        first = Arrays.copyOf(first, size * 2);
      }
      gateway[size] = g;
      desk[size] = d;
      latency[size] = h;
      first[size] = Long.MAX_VALUE;
      return size++;
    }
  }

  /**
   * A column the spool writes through its dictionary (gateways, desks, channels): a value met
   * before in the spool is its dictionary entry, whose id is remembered, so it costs no look-up.
   */
  private static final class DictColumn {
    private final Interner interner;
    private final int column;
    private final int[] ids = new int[DaySpool.DICT_SIZE];

    DictColumn(Interner interner, int column) {
      this.interner = interner;
      this.column = column;
    }

    int intern(DaySpool.Reader in, byte[] bytes) {
      int h = in.dictSlice(column);
      if (h < 0) return -1;
      int k = in.dictIndex();
      if (k >= 0 && !in.dictNew()) return ids[k];
      int id = interner.intern(bytes, in.sliceOff(), h);
      if (k >= 0) ids[k] = id;
      return id;
    }
  }

  /** Short strings as small ints: one id per distinct (bytes, encoding); used by the decoding thread only. */
  static final class Interner {
    /** For a decoding thread's own view: the interner whose ids it hands out (null in that one). */
    private final Interner shared;
    /** Per id of this view, the shared id. */
    private int[] global;
    private int[] table = new int[1 << 12];
    private byte[] keys = new byte[1 << 14];
    private int keysUsed;
    private int[] keyOff = new int[1 << 10];
    private int[] keyH = new int[1 << 10];
    String[] names = new String[1 << 10];
    private int size;
    /** Keys longer than eight bytes, in {@link #table}; shorter ones are in {@link #shortSlots}. */
    private int longKeys;
    /** Pairs (key as a word, header << 32 | id + 1) for keys of up to eight bytes; 0 is empty. */
    private long[] shortSlots = new long[2 << 12];
    private int shortKeys;

    Interner() {
      this(null);
    }

    private Interner(Interner shared) {
      this.shared = shared;
      if (shared != null) global = new int[names.length];
      Arrays.fill(table, -1);
    }

    /**
     * A view for one decoding thread: it hands out this interner's ids, looking each distinct
     * string up here only once, under this interner's lock, so two threads decode at once.
     */
    Interner view() {
      return new Interner(this);
    }

    /** The shared ids' names so far. */
    synchronized String[] names() {
      return names;
    }

    private synchronized int internShared(byte[] a, int off, int h) {
      return intern(a, off, h);
    }

    int intern(String s) {
      byte[] b = s.getBytes(StandardCharsets.UTF_8);
      boolean ascii = b.length == s.length();
      return intern(b, 0, (b.length << 1) | (ascii ? 0 : 1));
    }

    int intern(DaySpool.Reader in, byte[] bytes) {
      int h = in.sliceHeader();
      if (h < 0) return -1;
      int off = in.skipSlice(h);
      return intern(bytes, off, h);
    }

    int intern(byte[] a, int off, int h) {
      if ((h >>> 1) <= 8) return internShort(a, off, h);
      int mask = table.length - 1;
      int slot = hash(a, off, h) & mask;
      while (true) {
        int id = table[slot];
        if (id < 0) break;
        if (same(keys, keyOff[id], keyH[id], a, off, h)) return shared == null ? id : global[id];
        slot = (slot + 1) & mask;
      }
      int id = add(a, off, h);
      table[slot] = id;
      if (++longKeys * 2 > table.length) rehash();
      return shared == null ? id : global[id];
    }

    /**
     * A key of at most eight bytes (an account number, most gateways and desks) found by its bytes
     * as one word, stored beside its header and id: one probe reads one cache line and compares
     * two longs, where the general table reads the id, then the key's place, then its bytes.
     */
    private int internShort(byte[] a, int off, int h) {
      long w = word(a, off, h >>> 1);
      long x = (w ^ ((h + 1) * GOLDEN)) * GOLDEN;
      int mask = (shortSlots.length >> 1) - 1;
      int slot = mix((int) (x ^ (x >>> 32))) & mask;
      while (true) {
        long tag = shortSlots[(slot << 1) + 1];
        if (tag == 0) break;
        if (shortSlots[slot << 1] == w && (int) (tag >>> 32) == h) {
          int id = (int) tag - 1;
          return shared == null ? id : global[id];
        }
        slot = (slot + 1) & mask;
      }
      int id = add(a, off, h);
      shortSlots[slot << 1] = w;
      shortSlots[(slot << 1) + 1] = ((long) h << 32) | (id + 1);
      if (++shortKeys * 2 > mask + 1) rehashShort();
      return shared == null ? id : global[id];
    }

    /** The little-endian word of a key of at most eight bytes, zero above its length. */
    private static long word(byte[] a, int off, int len) {
      if (len == 0) return 0;
      if (off + 8 <= a.length) {
        long v = (long) WORDS.get(a, off);
        return len == 8 ? v : v & ((1L << (len << 3)) - 1);
      }
      long v = 0;
      for (int i = off + len - 1; i >= off; i--) v = (v << 8) | (a[i] & 0xFF);
      return v;
    }

    /** Stores a new key; its id in this view (with the shared id looked up, in a view). */
    private int add(byte[] a, int off, int h) {
      int len = h >>> 1;
      if (size == names.length) {
        int c = size * 2;
        names = Arrays.copyOf(names, c);
        keyOff = Arrays.copyOf(keyOff, c);
        keyH = Arrays.copyOf(keyH, c);
        if (global != null) global = Arrays.copyOf(global, c);
      }
      if (keysUsed + len > keys.length) keys = Arrays.copyOf(keys, Math.max(keys.length * 2, keysUsed + len));
      System.arraycopy(a, off, keys, keysUsed, len);
      int id = size++;
      keyOff[id] = keysUsed;
      keyH[id] = h;
      keysUsed += len;
      if (shared != null) {
        global[id] = shared.internShared(a, off, h);
      } else {
        // A new array when grown, so a reader holding an older one still sees every id it knows.
        names[id] = string(keys, keyOff[id], h);
      }
      return id;
    }

    private void rehash() {
      int[] t = new int[table.length * 2];
      Arrays.fill(t, -1);
      int mask = t.length - 1;
      for (int id = 0; id < size; id++) {
        if ((keyH[id] >>> 1) <= 8) continue;
        int slot = hash(keys, keyOff[id], keyH[id]) & mask;
        while (t[slot] >= 0) slot = (slot + 1) & mask;
        t[slot] = id;
      }
      table = t;
    }

    private void rehashShort() {
      long[] old = shortSlots;
      shortSlots = new long[old.length * 2];
      int mask = (shortSlots.length >> 1) - 1;
      for (int k = 0; k < old.length; k += 2) {
        if (old[k + 1] == 0) continue;
        int h = (int) (old[k + 1] >>> 32);
        long x = (old[k] ^ ((h + 1) * GOLDEN)) * GOLDEN;
        int slot = mix((int) (x ^ (x >>> 32))) & mask;
        while (shortSlots[(slot << 1) + 1] != 0) slot = (slot + 1) & mask;
        shortSlots[slot << 1] = old[k];
        shortSlots[(slot << 1) + 1] = old[k + 1];
      }
    }
  }

  /**
   * An open-addressing (linear probing) table from a byte-slice key to a non-zero long value
   * (a reference into the blocks); the key bytes are read through the reference.
   */
  private abstract static class RefTable {
    /** Pairs (reference, hash) side by side, so a probe touches one cache line; reference 0 is empty. */
    long[] slots;
    int mask;
    int size;

    RefTable() {
      this(1 << 11);
    }

    /** Room for {@code expected} entries without growing. */
    RefTable(int expected) {
      int c = Integer.highestOneBit(Math.max(16, expected) * 2 - 1) << 1;
      slots = new long[c * 2];
      mask = c - 1;
    }

    /** Whether the stored reference has this key. */
    abstract boolean matches(long ref, byte[] a, int off, int h, int extra);

    int hashOf(byte[] a, int off, int h, int extra) {
      return hash(a, off, h);
    }

    long get(byte[] a, int off, int h) {
      return get(a, off, h, 0);
    }

    long get(byte[] a, int off, int h, int extra) {
      return get(hashOf(a, off, h, extra), a, off, h, extra);
    }

    long get(int hash, byte[] a, int off, int h, int extra) {
      for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
        long r = slots[slot << 1];
        if (r == 0) return 0;
        if ((int) slots[(slot << 1) + 1] == hash && matches(r, a, off, h, extra)) return r;
      }
    }

    long putIfAbsent(byte[] a, int off, int h, long ref) {
      return putIfAbsent(hashOf(a, off, h, 0), a, off, h, ref);
    }

    /** As above, with the key's hash worked out beforehand (by the decoding thread). */
    long putIfAbsent(int hash, byte[] a, int off, int h, long ref) {
      int slot = hash & mask;
      for (; ; slot = (slot + 1) & mask) {
        long r = slots[slot << 1];
        if (r == 0) break;
        if ((int) slots[(slot << 1) + 1] == hash && matches(r, a, off, h, 0)) return r;
      }
      insert(slot, ref, hash);
      return 0;
    }

    /** Stores the reference under its key, replacing the one there. */
    void put(byte[] a, int off, int h, int extra, long ref) {
      int hash = hashOf(a, off, h, extra);
      int slot = hash & mask;
      for (; ; slot = (slot + 1) & mask) {
        long r = slots[slot << 1];
        if (r == 0) break;
        if ((int) slots[(slot << 1) + 1] == hash && matches(r, a, off, h, extra)) {
          slots[slot << 1] = ref;
          return;
        }
      }
      insert(slot, ref, hash);
    }

    private void insert(int slot, long ref, int hash) {
      slots[slot << 1] = ref;
      slots[(slot << 1) + 1] = hash;
      if (++size * 2 > mask + 1) grow();
    }

    /** Points the entry with this key at another reference (its receipt was copied). */
    void replace(int hash, byte[] a, int off, int h, long ref) {
      for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
        long r = slots[slot << 1];
        if (r == 0) throw new IllegalStateException("a waiting receipt is missing from the join table");
        if ((int) slots[(slot << 1) + 1] == hash && matches(r, a, off, h, 0)) {
          slots[slot << 1] = ref;
          return;
        }
      }
    }

    /** Points the entry with this key at {@code ref} if it holds exactly {@code old}. */
    void replaceIf(byte[] a, int off, int h, int extra, long old, long ref) {
      int hash = hashOf(a, off, h, extra);
      for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
        long r = slots[slot << 1];
        if (r == 0) return;
        if (r == old) {
          slots[slot << 1] = ref;
          return;
        }
      }
    }

    /** Removes the entry with this key if it holds exactly {@code ref}. */
    void remove(int hash, long ref) {
      int slot = hash & mask;
      for (; ; slot = (slot + 1) & mask) {
        long r = slots[slot << 1];
        if (r == 0) return;
        if (r == ref) break;
      }
      size--;
      // Backward-shift deletion keeps every probe chain unbroken without tombstones.
      int hole = slot;
      for (int j = (hole + 1) & mask; slots[j << 1] != 0; j = (j + 1) & mask) {
        int ideal = (int) slots[(j << 1) + 1] & mask;
        boolean movable = hole <= j ? (ideal <= hole || ideal > j) : (ideal <= hole && ideal > j);
        if (movable) {
          slots[hole << 1] = slots[j << 1];
          slots[(hole << 1) + 1] = slots[(j << 1) + 1];
          hole = j;
        }
      }
      slots[hole << 1] = 0;
    }

    void clear() {
      Arrays.fill(slots, 0);
      size = 0;
    }

    private void grow() {
      long[] old = slots;
      slots = new long[old.length * 2];
      mask = (slots.length >> 1) - 1;
      for (int k = 0; k < old.length; k += 2) {
        if (old[k] == 0) continue;
        int slot = (int) old[k + 1] & mask;
        while (slots[slot << 1] != 0) slot = (slot + 1) & mask;
        slots[slot << 1] = old[k];
        slots[(slot << 1) + 1] = old[k + 1];
      }
    }
  }

  /** Waiting receipts by client order ID (resolved ones are skipped until the table is rebuilt). */
  private final class IdTable extends RefTable {
    @Override
    boolean matches(long ref, byte[] a, int off, int h, int extra) {
      Block b = block(ref);
      int i = index(ref);
      return same(b.a, b.idOff[i], b.idH[i], a, off, h);
    }
  }

  /** A day's receipts by client order ID, the first of each (references are day block + 1, index). */
  private static final class DayIdTable extends RefTable {
    private List<Block> day;

    DayIdTable(int expected) {
      super(expected);
    }

    void start(List<Block> blocksOfDay) {
      if (size > 0) clear();
      day = blocksOfDay;
    }

    @Override
    boolean matches(long ref, byte[] a, int off, int h, int extra) {
      Block b = day.get((int) (ref >>> 32) - 1);
      int i = (int) ref;
      return same(b.a, b.idOff[i], b.idH[i], a, off, h);
    }
  }

  /** A day's order numbers, by their bytes (references are entry index + 1). */
  private static final class SeqTable extends RefTable {
    private final Sequence s;

    SeqTable(Sequence s) {
      super(s.n);
      this.s = s;
    }

    @Override
    boolean matches(long ref, byte[] a, int off, int h, int extra) {
      int i = (int) ref - 1;
      return same(s.a, s.off[i], s.h[i], a, off, h);
    }
  }

  /** Waiting receipts by order number and account id (the fallback join). */
  private final class NoAccountTable extends RefTable {
    @Override
    int hashOf(byte[] a, int off, int h, int account) {
      return mix(hash(a, off, h) * 31 + account);
    }

    @Override
    boolean matches(long ref, byte[] a, int off, int h, int account) {
      Block b = block(ref);
      if (b == null) return false; // a receipt of a dropped block, left until the next rebuild
      int i = index(ref);
      return b.account[i] == account && same(b.a, b.orderNoOff[i], b.orderNoH[i], a, off, h);
    }
  }
}
