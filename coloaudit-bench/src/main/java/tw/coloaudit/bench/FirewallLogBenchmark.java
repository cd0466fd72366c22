package tw.coloaudit.bench;

import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import tw.coloaudit.evidence.firewall.FortiGateLogParser;
import tw.coloaudit.evidence.spi.EvidenceInput;
import tw.coloaudit.evidence.spi.ParseContext;
import tw.coloaudit.facts.firewall.FirewallLogFacts;
import tw.coloaudit.facts.firewall.FirewallLogReduction;
import tw.coloaudit.model.FileEntry;
import tw.coloaudit.model.Provenance;

/**
 * Firewall-log parse-and-reduce against its baselines, in one run on the same files: the tool on
 * one thread and on all cores, DuckDB counting lines per device and hour with a regular
 * expression, and {@code wc -l}. A main class rather than JMH: the inputs are gigabytes on disk.
 *
 * <p>Usage: {@code FirewallLogBenchmark DIR DAYS MB_PER_DAY GZ_DAYS}: writes (once) DAYS plain
 * daily FortiGate logs of about MB_PER_DAY each under DIR/plain and GZ_DAYS gzipped ones under
 * DIR/gz, then times every contender on each set and prints the figures. A set of zero days is
 * skipped; {@code -Dfw.bench.only=wc,tool1,tool,duckdb} picks contenders (default all), so that the
 * largest sets can be run without the slow baselines.
 */
public final class FirewallLogBenchmark {

  private static final ZoneId ZONE = ZoneId.of("Asia/Taipei");

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args.length > 0 ? args[0] : "/tmp/coloaudit-fw-bench");
    int days = args.length > 1 ? Integer.parseInt(args[1]) : 30;
    int mb = args.length > 2 ? Integer.parseInt(args[2]) : 70;
    int gzDays = args.length > 3 ? Integer.parseInt(args[3]) : 300;
    int cores = Runtime.getRuntime().availableProcessors();
    long g0 = System.nanoTime();
    System.out.printf(Locale.ROOT, "cores=%d maxHeap=%dMB%n", cores, Runtime.getRuntime().maxMemory() >> 20);
    List<Path> plain = generate(dir.resolve("plain"), days, mb, false, cores);
    List<Path> gz = generate(dir.resolve("gz"), gzDays, mb, true, cores);
    System.out.printf(Locale.ROOT, "generated (or found) in %.1f s%n", (System.nanoTime() - g0) / 1e9);
    Set<String> only = Set.of(System.getProperty("fw.bench.only", "wc,tool1,tool,duckdb").split(","));
    for (List<Path> set : List.of(plain, gz)) {
      if (set.isEmpty()) continue;
      long bytes = 0;
      for (Path p : set) bytes += Files.size(p);
      String name = set == plain ? "plain" : "gzip";
      System.out.printf(Locale.ROOT, "%n== set %s: %d files, %.2f GB stored%n", name, set.size(), bytes / 1e9);
      if (only.contains("wc")) time(name, "wc -l", () -> wc(set));
      if (only.contains("tool1")) time(name, "tool 1 thread", () -> tool(set, 1));
      if (only.contains("tool")) time(name, "tool " + cores + " threads", () -> tool(set, cores));
      if (only.contains("duckdb")) time(name, "duckdb " + cores + " threads", () -> duckdb(set, cores));
    }
  }

  private interface Run {
    String run() throws Exception;
  }

  private static void time(String set, String what, Run r) throws Exception {
    System.gc();
    long t0 = System.nanoTime();
    String result = r.run();
    double s = (System.nanoTime() - t0) / 1e9;
    long heap = (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20;
    System.out.printf(Locale.ROOT, "%-6s %-20s %8.2f s   %s   (heap in use after: %d MB)%n", set, what, s, result, heap);
  }

  /** The tool's parse-and-reduce: the FortiGate parser folding into the firewall log facts, files in parallel. */
  static String tool(List<Path> files, int threads) throws Exception {
    FirewallLogReduction reduction = new FirewallLogReduction();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<FirewallLogFacts>> parts = new ArrayList<>();
      for (Path f : files) {
        parts.add(pool.submit(() -> {
          FirewallLogFacts partial = reduction.empty();
          new FortiGateLogParser().parse(new FileInput(f), new FoldingContext(f.toString(), reduction, partial));
          return partial;
        }));
      }
      FirewallLogFacts all = reduction.empty();
      for (Future<FirewallLogFacts> p : parts) reduction.merge(all, p.get());
      long lines = 0;
      long hours = 0;
      for (String s : all.coverage().sources()) {
        lines += all.coverage().lines(s);
        hours += all.coverage().hours(s).size();
      }
      return "lines=" + lines + " device-hours=" + hours + " internet-accepts=" + all.accepted().size();
    } finally {
      pool.shutdownNow();
    }
  }

  static String duckdb(List<Path> files, int threads) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
      st.execute("SET threads=" + threads);
      StringBuilder list = new StringBuilder("[");
      for (Path f : files) list.append(list.length() > 1 ? "," : "").append('\'').append(f).append('\'');
      list.append(']');
      // Each line is one VARCHAR column: a delimiter and quote that never occur in the logs.
      String sql = "SELECT count(*) AS groups, sum(n) AS lines FROM ("
          + " SELECT regexp_extract(line, 'devname=\"([^\"]*)\"', 1) AS dev,"
          + " regexp_extract(line, 'date=([0-9-]{10}) time=([0-9]{2})', 1) AS d,"
          + " regexp_extract(line, 'date=([0-9-]{10}) time=([0-9]{2})', 2) AS h, count(*) AS n"
          + " FROM read_csv(" + list + ", columns={'line': 'VARCHAR'}, header=false, delim='\u0001', quote='', escape='',"
          + " auto_detect=false) GROUP BY ALL)";
      try (ResultSet rs = st.executeQuery(sql)) {
        rs.next();
        return "lines=" + rs.getLong(2) + " device-hours=" + rs.getLong(1);
      }
    }
  }

  static String wc(List<Path> files) throws Exception {
    StringBuilder cmd = new StringBuilder();
    boolean gz = files.get(0).toString().endsWith(".gz");
    cmd.append(gz ? "gzip -dc" : "cat");
    for (Path f : files) cmd.append(' ').append(f);
    cmd.append(" | wc -l");
    Process p = new ProcessBuilder("sh", "-c", cmd.toString()).redirectErrorStream(true).start();
    String out;
    try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      out = r.readLine();
    }
    p.waitFor();
    return "lines=" + (out == null ? "?" : out.strip()) + (gz ? " (gzip -dc | wc -l)" : " (cat | wc -l)");
  }

  /** Daily FortiGate traffic logs of one firewall, deterministic (seeded), written once. */
  static List<Path> generate(Path dir, int days, int mb, boolean gzip, int threads) throws Exception {
    Files.createDirectories(dir);
    LocalDate first = LocalDate.of(2026, 1, 1);
    List<Path> out = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> jobs = new ArrayList<>();
      for (int i = 0; i < days; i++) {
        LocalDate day = first.plusDays(i);
        Path f = dir.resolve("fortigate-" + day + (gzip ? ".log.gz" : ".log"));
        out.add(f);
        if (Files.exists(f)) continue;
        jobs.add(pool.submit(() -> {
          writeDay(f, day, (long) mb << 20, gzip);
          return null;
        }));
      }
      for (Future<?> j : jobs) j.get();
    } finally {
      pool.shutdownNow();
    }
    return out;
  }

  private static void writeDay(Path f, LocalDate day, long bytes, boolean gzip) throws IOException {
    Path tmp = f.resolveSibling(f.getFileName() + ".tmp");
    SplittableRandom rnd = new SplittableRandom(day.toEpochDay());
    try (OutputStream raw = Files.newOutputStream(tmp);
        OutputStream out = gzip ? new GZIPOutputStream(raw, 1 << 16) {{ def.setLevel(Deflater.BEST_SPEED); }}
            : new BufferedOutputStream(raw, 1 << 16)) {
      long written = 0;
      long perDay = bytes / 515; // lines of about 515 bytes
      StringBuilder b = new StringBuilder(512);
      for (long i = 0; i < perDay && written < bytes; i++) {
        int sec = (int) (i * 86_400L / perDay);
        LocalDateTime t = day.atStartOfDay().plusSeconds(sec);
        long epoch = t.atZone(ZONE).toEpochSecond();
        boolean internet = rnd.nextInt(1000) == 0;
        String src = internet ? "203.0.113." + rnd.nextInt(1, 255) : "10.20." + rnd.nextInt(1, 10) + "." + rnd.nextInt(1, 255);
        String dst = "10.20.1." + (11 + rnd.nextInt(4) * 10);
        String action = rnd.nextInt(10) == 0 ? "deny" : (rnd.nextBoolean() ? "close" : "accept");
        b.setLength(0);
        b.append("date=").append(t.toLocalDate()).append(" time=").append(t.toLocalTime().toString().length() == 5
                ? t.toLocalTime() + ":00" : t.toLocalTime())
            .append(" devname=\"colo-fw-1\" devid=\"FG100FTK22000001\" eventtime=").append(epoch).append("000000000")
            .append(" tz=\"+0800\" logid=\"0000000013\" type=\"traffic\" subtype=\"forward\" level=\"notice\" vd=\"root\" srcip=")
            .append(src).append(" srcport=").append(rnd.nextInt(1024, 65535))
            .append(" srcintf=\"port1\" srcintfrole=\"lan\" dstip=").append(dst).append(" dstport=443")
            .append(" dstintf=\"port2\" dstintfrole=\"lan\" sessionid=").append(rnd.nextInt(1, Integer.MAX_VALUE))
            .append(" proto=6 action=\"").append(action).append("\" policyid=12 policytype=\"policy\" service=\"HTTPS\"")
            .append(" trandisp=\"noop\" duration=").append(rnd.nextInt(1, 300)).append(" sentbyte=").append(rnd.nextInt(60, 90000))
            .append(" rcvdbyte=").append(rnd.nextInt(60, 900000)).append(" sentpkt=").append(rnd.nextInt(1, 90))
            .append(" rcvdpkt=").append(rnd.nextInt(1, 900)).append(" appcat=\"unscanned\"\n");
        byte[] line = b.toString().getBytes(StandardCharsets.US_ASCII);
        out.write(line);
        written += line.length;
      }
    }
    Files.move(tmp, f);
  }

  /** A file as the parser sees it: gunzipped when it is gzip. */
  private record FileInput(Path file) implements EvidenceInput {
    @Override
    public String path() {
      return file.toString();
    }

    @Override
    public String fileName() {
      return file.getFileName().toString();
    }

    @Override
    public FileEntry entry() {
      return null;
    }

    @Override
    public InputStream openBytes() throws IOException {
      InputStream in = Files.newInputStream(file);
      return file.toString().endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
    }

    @Override
    public BufferedReader openText() throws IOException {
      return new BufferedReader(new InputStreamReader(openBytes(), StandardCharsets.UTF_8));
    }

    @Override
    public Charset charset() {
      return StandardCharsets.UTF_8;
    }
  }

  /** A parse context that folds firewall records into one partial, as the engine does per file. */
  private record FoldingContext(String file, FirewallLogReduction reduction, FirewallLogFacts partial) implements ParseContext {
    @Override
    public String system() {
      return null;
    }

    @Override
    public String device() {
      return "colo-fw-1";
    }

    @Override
    public ZoneId zone() {
      return ZONE;
    }

    @Override
    public LocalDate asOf() {
      return LocalDate.of(2026, 11, 20);
    }

    @Override
    public Provenance line(int line) {
      return Provenance.line(file, line);
    }

    @Override
    public Provenance row(String sheet, int row) {
      return Provenance.cell(file, sheet, row);
    }

    @Override
    public void emit(Object record) {
      reduction.fold(partial, record);
    }

    @Override
    public void used(int line) {}

    @Override
    public void skipped(int line) {}

    @Override
    public void rejected(int line, tw.coloaudit.model.Localized reason) {}

    @Override
    public void warn(int line, tw.coloaudit.model.Localized message) {}
  }

  private FirewallLogBenchmark() {}

}
