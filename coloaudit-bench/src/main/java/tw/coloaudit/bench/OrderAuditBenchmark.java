package tw.coloaudit.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import tw.coloaudit.controls.AuditControl;
import tw.coloaudit.controls.ControlRegistry;
import tw.coloaudit.engine.AuditEngine;
import tw.coloaudit.engine.AuditRequest;
import tw.coloaudit.model.AuditResult;
import tw.coloaudit.model.ControlResult;

/**
 * The order checks at scale, as a main class (one run takes tens of seconds, too long for JMH
 * iterations): writes N receipts (CSV, one file a day) and N exchange orders (QuickFIX/J FIX logs,
 * one a day, plus the same orders as CSV for the baseline) over 20 trading days, times the audit
 * of the order and co-location controls, then times DuckDB doing the join, orphans, negative
 * latencies, overtakes and latency percentiles on the CSV forms, and prints both and the ratio.
 *
 * <p>Usage: {@code java -Xmx1g -cp coloaudit-benchmarks.jar tw.coloaudit.bench.OrderAuditBenchmark N DIR [skip-generate|generate] [duckdb-first|coloaudit-only [RUNS]|duckdb-only|separate [ROUNDS]]}
 *
 * <p>{@code coloaudit-only RUNS} times the audit alone, RUNS times in the same JVM, with the JIT
 * compilers' and the collector's time of each run: the first run pays the compiling that a
 * native engine such as DuckDB does not, the later ones show the audit once compiled.
 */
public final class OrderAuditBenchmark {

  private static final int DAYS = 20;
  private static final String[] GATEWAYS = {"9A00COLO1", "9A00COLO2", "9A00COLO3", "9A00COLO4"};

  public static void main(String[] args) throws Exception {
    long n = Long.parseLong(args[0]);
    Path dir = Path.of(args[1]);
    boolean generate = args.length < 3 || !args[2].equals("skip-generate");
    if (generate) {
      long t0 = System.nanoTime();
      generate(n, dir);
      System.out.printf(Locale.ROOT, "generated %,d receipts and %,d FIX orders in %.1f s%n", n, n, secs(t0));
    }
    System.out.printf(Locale.ROOT, "input: receipts %s, FIX %s, exchange CSV (baseline only) %s%n", size(dir, "receipts"),
        size(dir, "fix"), size(baselineOnly(dir), "exchange"));

    List<AuditControl> orderControls = ControlRegistry.all().stream()
        .filter(c -> c.metadata().family().equals("orders") || c.metadata().family().equals("colo"))
        .toList();
    String mode = args.length > 3 ? args[3] : "";
    if (mode.equals("coloaudit-only")) {
      alone(orderControls, dir, args.length > 4 ? Integer.parseInt(args[4]) : 1);
      return;
    }
    if (mode.equals("duckdb-only")) {
      duck(dir);
      return;
    }
    if (mode.equals("separate")) {
      separate(n, dir, args.length > 4 ? Integer.parseInt(args[4]) : 3);
      return;
    }
    // In one JVM either side may go first, and the one that runs second is slowed by the first
    // (measured: about 1 s for the audit after DuckDB, 2 s for DuckDB after the audit), so runs
    // alternate the order, or use "separate": each side in a fresh JVM of its own.
    boolean duckFirst = args.length > 3 && args[3].equals("duckdb-first");
    double[] duck = duckFirst ? duck(dir) : null;
    long t1 = System.nanoTime();
    long c1 = cpu();
    AuditResult result = new AuditEngine(orderControls).audit(AuditRequest.of(dir));
    double tool = secs(t1);
    double toolCpu = (cpu() - c1) / 1e9;
    System.out.printf(Locale.ROOT, "coloaudit order controls: %.1f s wall, %.1f s CPU (heap max %d MB)%n", tool, toolCpu,
        Runtime.getRuntime().maxMemory() >> 20);
    for (ControlResult c : result.controls()) {
      System.out.printf(Locale.ROOT, "  %-18s %-22s %s%n", c.id(), c.status(), brief(c));
    }
    if (!duckFirst) duck = duck(dir);
    System.out.printf(Locale.ROOT, "ratio duckdb / coloaudit: wall %.2f, CPU %.2f (%s first)%n", duck[0] / tool, duck[1] / toolCpu,
        duckFirst ? "duckdb" : "coloaudit");
  }

  /**
   * Each side in a fresh JVM of its own (this JVM's options and class path), as a user runs either
   * tool, alternating which goes first, {@code rounds} times; prints each round's ratio and the
   * median. Neither side then inherits the other's heap, threads or compiled code.
   */
  private static void separate(long n, Path dir, int rounds) throws Exception {
    List<Double> wall = new ArrayList<>();
    List<Double> cpu = new ArrayList<>();
    for (int round = 1; round <= rounds; round++) {
      boolean duckFirst = round % 2 == 0;
      double[] first = child(n, dir, duckFirst ? "duckdb-only" : "coloaudit-only");
      double[] second = child(n, dir, duckFirst ? "coloaudit-only" : "duckdb-only");
      double[] tool = duckFirst ? second : first;
      double[] duck = duckFirst ? first : second;
      wall.add(duck[0] / tool[0]);
      cpu.add(duck[1] / tool[1]);
      System.out.printf(Locale.ROOT, "round %d (%s first, separate JVMs): coloaudit %.1f s wall, %.1f s CPU; duckdb %.1f s wall, %.1f s CPU; "
          + "ratio duckdb / coloaudit: wall %.2f, CPU %.2f%n", round, duckFirst ? "duckdb" : "coloaudit", tool[0], tool[1], duck[0], duck[1],
          duck[0] / tool[0], duck[1] / tool[1]);
    }
    System.out.printf(Locale.ROOT, "median ratio duckdb / coloaudit over %d rounds: wall %.2f, CPU %.2f (lowest wall %.2f)%n", rounds,
        median(wall), median(cpu), wall.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN));
    int wins = (int) wall.stream().filter(r -> r > 1).count();
    System.out.printf(Locale.ROOT, "coloaudit faster (wall) in %d of %d rounds; one-sided sign test p = %.4f%n", wins, rounds,
        signTestP(wins, rounds));
  }

  /**
   * The chance of at least {@code wins} wins in {@code rounds} if either side were as likely to
   * win each round (a one-sided sign test; a tie counts as a loss). A sum of binomial
   * coefficients: a statistics library is not worth a dependency for it.
   */
  static double signTestP(int wins, int rounds) {
    if (wins < 0 || wins > rounds) throw new IllegalArgumentException(wins + " wins of " + rounds);
    double p = 0;
    double c = 1; // C(rounds, k), starting at k = 0
    for (int k = 0; k <= rounds; k++) {
      if (k >= wins) p += c;
      c = c * (rounds - k) / (k + 1);
    }
    return p / Math.pow(2, rounds);
  }

  /** Runs one side in a child JVM, echoing its output; its wall and CPU seconds as it measured them. */
  private static double[] child(long n, Path dir, String mode) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.addAll(java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments());
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), OrderAuditBenchmark.class.getName(), Long.toString(n),
        dir.toString(), "skip-generate", mode));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    double[] times = null;
    var timing = java.util.regex.Pattern.compile("([0-9.]+) s wall, ([0-9.]+) s CPU");
    try (var out = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        if (line.startsWith("input:")) continue;
        System.out.println("  | " + line);
        var m = timing.matcher(line);
        if (times == null && m.find()) times = new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2))};
      }
    }
    if (p.waitFor() != 0 || times == null) throw new IllegalStateException(mode + " run failed (exit " + p.exitValue() + ")");
    return times;
  }

  private static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    int k = sorted.size();
    return k % 2 == 1 ? sorted.get(k / 2) : (sorted.get(k / 2 - 1) + sorted.get(k / 2)) / 2;
  }

  /** The audit alone, {@code runs} times in this JVM: wall, CPU, JIT compiling and collection of each run. */
  private static void alone(List<AuditControl> controls, Path dir, int runs) throws Exception {
    var compiler = java.lang.management.ManagementFactory.getCompilationMXBean();
    for (int run = 1; run <= runs; run++) {
      long t = System.nanoTime();
      long c = cpu();
      long jit = compiler.getTotalCompilationTime();
      long gc = collectionMillis();
      AuditResult result = new AuditEngine(controls).audit(AuditRequest.of(dir));
      System.out.printf(Locale.ROOT, "coloaudit order controls, run %d: %.1f s wall, %.1f s CPU, JIT compiling %.1f s, collection %.1f s (%d controls)%n",
          run, secs(t), (cpu() - c) / 1e9, (compiler.getTotalCompilationTime() - jit) / 1e3, (collectionMillis() - gc) / 1e3,
          result.controls().size());
      if (run == runs) {
        for (ControlResult r : result.controls()) System.out.printf(Locale.ROOT, "  %-18s %-22s %s%n", r.id(), r.status(), brief(r));
      }
    }
  }

  private static long collectionMillis() {
    long ms = 0;
    for (var gc : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) ms += Math.max(0, gc.getCollectionTime());
    return ms;
  }

  /** Runs and prints the baseline; its wall and CPU seconds. */
  private static double[] duck(Path dir) throws Exception {
    long t2 = System.nanoTime();
    long c2 = cpu();
    String duck = duckdb(dir);
    double duckSecs = secs(t2);
    double duckCpu = (cpu() - c2) / 1e9;
    System.out.printf(Locale.ROOT, "duckdb (CSV, same checks): %.1f s wall, %.1f s CPU%n%s", duckSecs, duckCpu, duck);
    return new double[] {duckSecs, duckCpu};
  }

  /** CPU time of the whole process (all threads, DuckDB's native ones included), so a busy machine does not skew the ratio. */
  static long cpu() {
    return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static String brief(ControlResult c) {
    var o = c.observed();
    StringBuilder b = new StringBuilder();
    for (String k : List.of("orphan_exchange_orders", "negative_latency_count", "overtake_count", "sequence_break_count", "checked")) {
      if (o.containsKey(k)) b.append(k).append('=').append(o.get(k)).append(' ');
    }
    // Why a control could not run (an error's notes name the exception).
    if (c.status() == tw.coloaudit.model.Outcome.ERROR) c.notes().forEach(n -> b.append("| ").append(n.en()).append(' '));
    return b.toString();
  }

  static java.time.Instant instant(long nanos) {
    return java.time.Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L));
  }

  private static double secs(long t0) {
    return (System.nanoTime() - t0) / 1e9;
  }

  private static String size(Path dir, String sub) throws IOException {
    try (Stream<Path> s = Files.walk(dir.resolve(sub))) {
      long bytes = s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
      return String.format(Locale.ROOT, "%.2f GB", bytes / 1e9);
    }
  }

  /**
   * Where the exchange orders as CSV, which only the baseline reads, are written: beside the pack,
   * not in it, so the tool is not made to hash 0.7 GB that no broker's pack would hold.
   */
  static Path baselineOnly(Path dir) {
    return dir.resolveSibling(dir.getFileName() + "-baseline");
  }

  static List<LocalDate> tradingDays() {
    List<LocalDate> days = new ArrayList<>();
    for (LocalDate d = LocalDate.of(2026, 10, 19); days.size() < DAYS; d = d.plusDays(1)) {
      if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) days.add(d);
    }
    return days;
  }

  /**
   * Per day N/20 orders between 09:00 and 13:30 local, on four gateways, 80 % brokerage: latency
   * 150–1500 µs (dealer 100–1000 µs); one in 100,000 is an orphan, one in 100,000 is received
   * after it was sent, one in 100,000 is held until three and a half orders later on its
   * gateway before it is sent (so the next three orders on that gateway overtake it). Seeded, so
   * every run writes the same bytes.
   */
  static void generate(long n, Path dir) throws IOException {
    for (String sub : List.of("receipts", "fix")) Files.createDirectories(dir.resolve(sub));
    Files.createDirectories(baselineOnly(dir).resolve("exchange"));
    Files.writeString(dir.resolve("evidence.yaml"), """
        broker: { id: "9A00", name: "範例證券" }
        as_of: 2026-11-20
        timezone: Asia/Taipei
        systems:
          - { id: colo-gw-1, name: 下單閘道, role: order-gateway, important: true, hosts: [10.20.1.11] }
        files:
          - { path: receipts/*.csv, kind: client-orders }
          - { path: fix/*.log, kind: exchange-orders }
        """);
    List<LocalDate> days = tradingDays();
    long perDay = n / DAYS;
    days.parallelStream().forEach(d -> {
      try {
        day(dir, d, perDay, days.indexOf(d));
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
  }

  private static void day(Path dir, LocalDate d, long count, int index) throws IOException {
    SplittableRandom rnd = new SplittableRandom(20261120L + index);
    String ymd = d.toString().replace("-", "");
    long openUtcMicros = d.atTime(1, 0).toEpochSecond(ZoneOffset.UTC) * 1_000_000L;
    long spanMicros = 4L * 3600 * 1_000_000 + 30L * 60 * 1_000_000;
    try (OutputStream r = new BufferedOutputStream(Files.newOutputStream(dir.resolve("receipts/receipts-" + d + ".csv")), 1 << 20);
        OutputStream f = new BufferedOutputStream(Files.newOutputStream(dir.resolve("fix/9A00.messages." + ymd + ".log")), 1 << 20);
        OutputStream x = new BufferedOutputStream(Files.newOutputStream(baselineOnly(dir).resolve("exchange/exchange-" + d + ".csv")), 1 << 20)) {
      r.write("client_order_id,order_no,parent_id,account,name,received_at,symbol,side,qty,price,price_type,tif,channel,gateway,source_ip,desk\n"
          .getBytes(StandardCharsets.UTF_8));
      x.write("client_order_id,order_no,account,sent_at,gateway\n".getBytes(StandardCharsets.UTF_8));
      StringBuilder sb = new StringBuilder(512);
      for (long i = 0; i < count; i++) {
        long recvUtc = openUtcMicros + spanMicros * i / count;
        boolean dealer = rnd.nextInt(5) == 0;
        long latency = dealer ? 100 + rnd.nextInt(900) : 150 + rnd.nextInt(1350);
        int fate = rnd.nextInt(100_000);
        if (fate == 0) latency = -50;
        // Held until three and a half orders later on its gateway: the next three overtake it.
        if (fate == 1) latency += 7 * GATEWAYS.length * spanMicros / count / 2;
        long sentUtc = recvUtc + latency;
        String gw = GATEWAYS[(int) (i % GATEWAYS.length)];
        String id = "R" + ymd + i;
        String no = "K" + (1_000_000 + i);
        String account = dealer ? "9A00001" : Integer.toString(1_000_000 + rnd.nextInt(5000));
        boolean orphan = rnd.nextInt(100_000) == 0;
        if (!orphan) {
          sb.setLength(0);
          sb.append(id).append(',').append(no).append(",,").append(account).append(",Customer,");
          local(sb, recvUtc + 8L * 3600 * 1_000_000, '-', ' ');
          sb.append(",2330,B,1000,600,LMT,ROD,colo,").append(gw).append(",,").append(dealer ? "dealer" : "brokerage").append('\n');
          r.write(sb.toString().getBytes(StandardCharsets.UTF_8));
        }
        sb.setLength(0);
        sb.append(id).append(',').append(no).append(',').append(account).append(',');
        local(sb, sentUtc, '-', ' ');
        sb.append(',').append(gw).append('\n');
        x.write(sb.toString().getBytes(StandardCharsets.UTF_8));
        f.write(fix(sb, gw, i, id, account, no, sentUtc));
      }
    }
  }

  private static byte[] fix(StringBuilder sb, String gw, long seq, String id, String account, String no, long sentUtc) {
    sb.setLength(0);
    StringBuilder t = new StringBuilder(32);
    local(t, sentUtc, '\0', '-');
    String time = t.toString();
    sb.append("35=D\u000149=").append(gw).append("\u000156=TWSE\u000134=").append(seq + 2).append("\u000152=").append(time, 0, 21)
        .append("\u000111=").append(id).append("\u00011=").append(account).append("\u000137=").append(no)
        .append("\u000155=2330\u000154=1\u000138=1000\u000140=2\u000144=600\u000159=0\u000160=").append(time).append('\u0001');
    String body = sb.toString();
    String head = "8=FIX.4.4\u00019=" + body.length() + "\u0001";
    int sum = 0;
    for (int i = 0; i < head.length(); i++) sum += head.charAt(i);
    for (int i = 0; i < body.length(); i++) sum += body.charAt(i);
    String line = time.substring(0, 21) + ": " + head + body + "10=" + (sum % 256 < 10 ? "00" : sum % 256 < 100 ? "0" : "")
        + (sum % 256) + "\u0001\n";
    return line.getBytes(StandardCharsets.US_ASCII);
  }

  /** {@code yyyy-MM-dd HH:mm:ss.ffffff} (or FIX {@code yyyyMMdd-HH:mm:ss.ffffff} when dateSep is NUL). */
  private static void local(StringBuilder sb, long micros, char dateSep, char mid) {
    long secs = Math.floorDiv(micros, 1_000_000L);
    long frac = Math.floorMod(micros, 1_000_000L);
    LocalDate date = LocalDate.ofEpochDay(Math.floorDiv(secs, 86400));
    long sod = Math.floorMod(secs, 86400);
    sb.append(date.getYear());
    if (dateSep != '\0') sb.append(dateSep);
    two(sb, date.getMonthValue());
    if (dateSep != '\0') sb.append(dateSep);
    two(sb, date.getDayOfMonth());
    sb.append(mid);
    two(sb, (int) (sod / 3600));
    sb.append(':');
    two(sb, (int) (sod / 60 % 60));
    sb.append(':');
    two(sb, (int) (sod % 60));
    sb.append('.');
    String f = Long.toString(frac);
    for (int i = f.length(); i < 6; i++) sb.append('0');
    sb.append(f);
  }

  private static void two(StringBuilder sb, int v) {
    if (v < 10) sb.append('0');
    sb.append(v);
  }

  /** The same checks in DuckDB over the CSV forms (receipt times are local, +08:00; exchange times UTC). */
  static String duckdb(Path dir) throws Exception {
    StringBuilder out = new StringBuilder();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
      s.execute("SET threads TO " + Runtime.getRuntime().availableProcessors());
      s.execute("CREATE TABLE r AS SELECT client_order_id, order_no, account, received_at - INTERVAL 8 HOUR AS recv, gateway, desk "
          + "FROM read_csv('" + dir.resolve("receipts") + "/*.csv', header=true, types={'received_at':'TIMESTAMP','client_order_id':'VARCHAR','order_no':'VARCHAR','account':'VARCHAR','parent_id':'VARCHAR','source_ip':'VARCHAR'})");
      s.execute("CREATE TABLE x AS SELECT * FROM read_csv('" + baselineOnly(dir).resolve("exchange") + "/*.csv', header=true, "
          + "types={'sent_at':'TIMESTAMP','client_order_id':'VARCHAR','order_no':'VARCHAR','account':'VARCHAR'})");
      s.execute("CREATE TABLE j AS SELECT x.client_order_id, x.gateway, x.sent_at, r.recv, r.desk, "
          + "CAST(x.sent_at + INTERVAL 8 HOUR AS DATE) AS day FROM x LEFT JOIN r USING (client_order_id)");
      out.append("  orphans ").append(one(s, "SELECT count(*) FROM j WHERE recv IS NULL")).append('\n');
      out.append("  negative latencies ").append(one(s, "SELECT count(*) FROM j WHERE recv > sent_at")).append('\n');
      out.append("  overtakes ").append(one(s, "SELECT count(*) FROM (SELECT sent_at, max(sent_at) OVER (PARTITION BY gateway, day "
          + "ORDER BY recv RANGE BETWEEN UNBOUNDED PRECEDING AND INTERVAL 1 MICROSECOND PRECEDING) AS m FROM j WHERE recv IS NOT NULL) "
          + "WHERE m - sent_at > INTERVAL 100 MICROSECOND")).append('\n');
      out.append("  latency groups ").append(one(s, "SELECT count(*) FROM (SELECT gateway, desk, day, "
          + "quantile_cont(epoch_us(sent_at) - epoch_us(recv), 0.5), quantile_cont(epoch_us(sent_at) - epoch_us(recv), 0.99) "
          + "FROM j WHERE recv IS NOT NULL GROUP BY ALL)")).append('\n');
    }
    return out.toString();
  }

  private static long one(Statement s, String sql) throws Exception {
    try (ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
