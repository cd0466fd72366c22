package tw.coloaudit.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import tw.coloaudit.engine.AuditEngine;
import tw.coloaudit.engine.AuditRequest;
import tw.coloaudit.model.AuditResult;
import tw.coloaudit.model.InputReport;

/**
 * Login-log parse-and-reduce over a large generated sshd {@code auth.log} (RFC 3164, split into
 * several files so every core has work), measured in one run against DuckDB doing the same
 * per-hour login counts with a regular expression, and {@code wc -l} as the floor.
 *
 * <p>Usage: {@code java -cp coloaudit-benchmarks.jar tw.coloaudit.bench.LoginLogBenchmark [gigabytes] [files] [dir]}
 * (defaults 4, 8 and a temporary directory, deleted afterwards).
 */
public final class LoginLogBenchmark {

  private static final DateTimeFormatter BSD = DateTimeFormatter.ofPattern("MMM ppd HH:mm:ss", Locale.US);
  private static final String[] USERS = {"wangdm", "trader", "chenyj", "linzh", "vendor01", "root", "tsaiyt", "hungcy"};

  private LoginLogBenchmark() {}

  public static void main(String[] args) throws Exception {
    double gigabytes = args.length > 0 ? Double.parseDouble(args[0]) : 4;
    int files = args.length > 1 ? Integer.parseInt(args[1]) : 8;
    Path dir = args.length > 2 ? Path.of(args[2]) : Files.createTempDirectory("coloaudit-loginlog");
    boolean keep = args.length > 2;
    int cores = Runtime.getRuntime().availableProcessors();
    System.out.printf("login-log benchmark: %.2f GB in %d files, %d cores, %s%n", gigabytes, files, cores, Runtime.version());
    List<Path> logs = generate(dir, (long) (gigabytes * 1e9), files);
    long bytes = 0;
    for (Path p : logs) bytes += Files.size(p);
    System.out.printf("generated %,d bytes%n", bytes);

    double wc = time("wc -l (warms the page cache)", () -> wcLines(logs));
    wc = Math.min(wc, time("wc -l", () -> wcLines(logs)));
    // A warm-up audit of one file so the JIT has compiled the parser before the timed runs.
    time("warm-up: tool, one file", () -> audit(dir, 1, 1));
    double single = time("tool parse-and-reduce, 1 thread", () -> audit(dir, files, 1));
    double all = time("tool parse-and-reduce, " + cores + " threads", () -> audit(dir, files, cores));
    double duck = time("DuckDB per-hour login counts (regexp)", () -> duckdb(dir));
    double gb = bytes / 1e9;
    System.out.printf("%nsummary (%.2f GB): wc -l %.2f s (%.2f GB/s) | tool 1 thread %.2f s (%.2f GB/s) | tool %d threads %.2f s "
        + "(%.2f GB/s) | DuckDB %.2f s (%.2f GB/s) | tool/DuckDB %.2fx faster | tool/wc -l %.1fx slower%n",
        gb, wc, gb / wc, single, gb / single, cores, all, gb / all, duck, gb / duck, duck / all, all / wc);
    if (!keep) {
      for (Path p : logs) Files.deleteIfExists(p);
      Files.deleteIfExists(dir.resolve("evidence.yaml"));
      Files.deleteIfExists(dir);
    }
  }

  interface Timed {
    Object run() throws Exception;
  }

  /**
   * Runs and reports wall time and CPU time (this process's, plus its waited-for children's for
   * {@code wc}): on a shared machine the CPU seconds are the fairer comparison.
   */
  private static double time(String what, Timed t) throws Exception {
    long cpu0 = cpuNanos();
    long start = System.nanoTime();
    Object result = t.run();
    double s = (System.nanoTime() - start) / 1e9;
    double cpu = (cpuNanos() - cpu0) / 1e9;
    System.out.printf("%-45s %8.2f s wall %8.2f s cpu   %s%n", what, s, cpu, result);
    return s;
  }

  /** Process CPU time plus the CPU time of children already waited for (from /proc/self/stat). */
  private static long cpuNanos() {
    long own = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
    try {
      String stat = Files.readString(Path.of("/proc/self/stat"));
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      long children = Long.parseLong(f[13]) + Long.parseLong(f[14]); // cutime, cstime in clock ticks
      return own + children * 10_000_000L;
    } catch (IOException | RuntimeException e) {
      return own;
    }
  }

  /** Files named by their last day, one standalone file each, a day of lines after another. */
  static List<Path> generate(Path dir, long totalBytes, int files) throws IOException {
    Files.createDirectories(dir);
    SplittableRandom random = new SplittableRandom(0x9A00L);
    List<Path> out = new ArrayList<>();
    long perFile = totalBytes / files;
    LocalDateTime t = LocalDateTime.of(2024, 1, 1, 0, 0);
    int pid = 1000;
    StringBuilder manifest = new StringBuilder("""
        broker: { id: "9A00", name: "範例證券" }
        as_of: 2026-11-20
        timezone: Asia/Taipei
        systems:
          - { id: colo-gw-1, name: gw, role: order-gateway, important: true, hosts: [10.20.1.11] }
        files:
        """);
    for (int f = 0; f < files; f++) {
      Path tmp = dir.resolve("part-" + f);
      long written = 0;
      try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.US_ASCII)) {
        StringBuilder line = new StringBuilder(160);
        while (written < perFile) {
          t = t.plusNanos(random.nextLong(2_000_000_000L));
          line.setLength(0);
          line.append(BSD.format(t)).append(" colo-gw-1 ");
          int kind = random.nextInt(10);
          String user = USERS[random.nextInt(USERS.length)];
          String ip = "10.20." + random.nextInt(10) + "." + random.nextInt(250);
          if (kind < 2) {
            line.append("sshd[").append(++pid).append("]: Accepted publickey for ").append(user).append(" from ").append(ip)
                .append(" port ").append(40_000 + random.nextInt(20_000)).append(" ssh2: ED25519 SHA256:abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG");
          } else if (kind < 3) {
            line.append("sshd[").append(++pid).append("]: Failed password for invalid user ").append(user).append(" from ").append(ip)
                .append(" port ").append(40_000 + random.nextInt(20_000)).append(" ssh2");
          } else if (kind < 6) {
            line.append("sshd[").append(pid).append("]: pam_unix(sshd:session): session opened for user ").append(user)
                .append("(uid=1000) by (uid=0)");
          } else {
            line.append("CRON[").append(++pid).append("]: pam_unix(cron:session): session closed for user root");
          }
          line.append('\n');
          w.append(line);
          written += line.length();
        }
      }
      Path named = dir.resolve("auth.log-" + t.toLocalDate().plusDays(1).toString().replace("-", ""));
      Files.move(tmp, named, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      out.add(named);
      manifest.append("  - { path: ").append(named.getFileName()).append(", kind: login-log, system: colo-gw-1 }\n");
    }
    Files.writeString(dir.resolve("evidence.yaml"), manifest.toString());
    return out;
  }

  private static String wcLines(List<Path> logs) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of("wc", "-l"));
    logs.forEach(p -> cmd.add(p.toString()));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    p.waitFor();
    return out.substring(out.lastIndexOf('\n') + 1).strip();
  }

  private static String audit(Path dir, int files, int threads) throws IOException {
    Path pack = dir;
    if (files == 1) {
      // One file only: a manifest listing just the first.
      pack = Files.createTempDirectory("coloaudit-warmup");
      Path first;
      try (var s = Files.list(dir)) {
        first = s.filter(p -> p.getFileName().toString().startsWith("auth.log-")).sorted().findFirst().orElseThrow();
      }
      Files.copy(first, pack.resolve(first.getFileName()));
      String m = Files.readString(dir.resolve("evidence.yaml"));
      Files.writeString(pack.resolve("evidence.yaml"), m.substring(0, m.indexOf("files:") + 7)
          + "  - { path: " + first.getFileName() + ", kind: login-log, system: colo-gw-1 }\n");
    }
    AuditResult r = new AuditEngine().audit(
        new AuditRequest(pack, Clock.fixed(Instant.parse("2026-11-20T00:00:00Z"), ZoneOffset.UTC), "bench", null, threads));
    long used = 0;
    long lines = 0;
    for (InputReport in : r.inputs()) {
      used += in.records();
      lines += in.records() + in.skipped() + in.rejected();
    }
    if (files == 1) {
      try (var s = Files.list(pack)) {
        for (Path p : s.toList()) Files.delete(p);
      }
      Files.delete(pack);
    }
    return lines + " lines, " + used + " login records";
  }

  /** The same work in DuckDB: every line read, sshd login lines matched by a regex, counted per hour. */
  private static String duckdb(Path dir) throws Exception {
    Class.forName("org.duckdb.DuckDBDriver");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement()) {
      String glob = dir.resolve("auth.log-*").toString().replace("'", "''");
      String sql = "SELECT count(*) AS hours, sum(n) AS logins FROM ("
          + " SELECT regexp_extract(line, '^([A-Z][a-z]{2} [ 0-9][0-9] [0-9]{2}):[0-9]{2}:[0-9]{2} \\S+ sshd(-session)?\\[[0-9]+\\]: "
          + "(Accepted|Failed|Invalid user) ', 1) AS hour, count(*) AS n"
          + " FROM read_csv('" + glob + "', columns={'line': 'VARCHAR'}, header=false, delim='\u0001', quote='', escape='',"
          + " auto_detect=false)"
          + " WHERE regexp_matches(line, '^[A-Z][a-z]{2} [ 0-9][0-9] [0-9:]{8} \\S+ sshd(-session)?\\[[0-9]+\\]: (Accepted|Failed|Invalid user) ')"
          + " GROUP BY hour)";
      try (ResultSet rs = s.executeQuery(sql)) {
        rs.next();
        return rs.getLong(1) + " hours, " + rs.getLong(2) + " login records";
      }
    }
  }

}
