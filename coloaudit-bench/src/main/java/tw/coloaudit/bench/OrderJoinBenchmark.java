package tw.coloaudit.bench;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import tw.coloaudit.facts.orders.OrderFacts;
import tw.coloaudit.facts.orders.OrderReduction;
import tw.coloaudit.facts.orders.OrderSummary;
import tw.coloaudit.model.Provenance;
import tw.coloaudit.model.orders.ClientOrder;
import tw.coloaudit.model.orders.ExchangeOrder;

/**
 * The join alone, as a main class: folds N receipts and N exchange orders (the same shape as
 * {@link OrderAuditBenchmark} writes, built in memory, one partial per day and side as the engine
 * folds files) and times {@link OrderFacts#summary}, the join and every per-day figure, so the
 * join can be measured without parsing.
 *
 * <p>Usage: {@code java -Xmx1g -cp coloaudit-benchmarks.jar tw.coloaudit.bench.OrderJoinBenchmark N [rounds]}
 */
public final class OrderJoinBenchmark {

  private static final String[] GATEWAYS = {"9A00COLO1", "9A00COLO2", "9A00COLO3", "9A00COLO4"};

  public static void main(String[] args) {
    long n = Long.parseLong(args[0]);
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    for (int round = 1; round <= rounds; round++) {
      OrderFacts facts = fold(n);
      long t0 = System.nanoTime();
      long c0 = OrderAuditBenchmark.cpu();
      long m0 = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
      OrderSummary s = facts.summary(ZoneId.of("Asia/Taipei"), 100_000L);
      double mainCpu = (java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - m0) / 1e9;
      double wall = (System.nanoTime() - t0) / 1e9;
      double cpu = (OrderAuditBenchmark.cpu() - c0) / 1e9;
      System.out.printf(Locale.ROOT, "round %d: join of %,d + %,d orders %.2f s wall, %.2f s CPU (joining thread %.2f s); orphans %d, negatives %d, overtakes %d, days %d%n",
          round, n, n, wall, cpu, mainCpu, s.orphanCount(), s.negativeCount(), s.overtakeCount(), s.days().size());
    }
  }

  static OrderFacts fold(long n) {
    OrderReduction reduction = new OrderReduction();
    OrderFacts all = reduction.empty();
    List<LocalDate> days = OrderAuditBenchmark.tradingDays();
    long perDay = n / days.size();
    for (int index = 0; index < days.size(); index++) {
      LocalDate d = days.get(index);
      SplittableRandom rnd = new SplittableRandom(20261120L + index);
      String ymd = d.toString().replace("-", "");
      String rFile = "receipts/receipts-" + d + ".csv";
      String xFile = "fix/9A00.messages." + ymd + ".log";
      OrderFacts receipts = reduction.empty();
      OrderFacts sent = reduction.empty();
      long openUtcNanos = d.atTime(1, 0).toEpochSecond(ZoneOffset.UTC) * 1_000_000_000L;
      long span = (4L * 3600 + 30L * 60) * 1_000_000_000L;
      for (long i = 0; i < perDay; i++) {
        long recv = openUtcNanos + span / perDay * i;
        boolean dealer = rnd.nextInt(5) == 0;
        long latency = (dealer ? 100 + rnd.nextInt(900) : 150 + rnd.nextInt(1350)) * 1000L;
        if (rnd.nextInt(100_000) == 0) latency = -50_000;
        String gw = GATEWAYS[(int) (i % GATEWAYS.length)];
        String id = "R" + ymd + i;
        String no = "K" + (1_000_000 + i);
        String account = dealer ? "9A00001" : Integer.toString(1_000_000 + rnd.nextInt(5000));
        if (rnd.nextInt(100_000) != 0) {
          reduction.fold(receipts, new ClientOrder(id, no, null, account, "Customer", OrderAuditBenchmark.instant(recv), "2330", "B",
              "1000", "600", "LMT", "ROD", "colo", gw, null, dealer ? "dealer" : "brokerage", Provenance.line(rFile, (int) i + 2)));
        }
        reduction.fold(sent, new ExchangeOrder(id, no, account, OrderAuditBenchmark.instant(recv + latency), "2330", gw,
            Provenance.line(xFile, (int) i + 1)));
      }
      reduction.merge(all, receipts);
      reduction.merge(all, sent);
    }
    return all;
  }
}
