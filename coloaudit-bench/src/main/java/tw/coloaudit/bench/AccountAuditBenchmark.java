package tw.coloaudit.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import tw.coloaudit.engine.AuditEngine;
import tw.coloaudit.engine.AuditRequest;
import tw.coloaudit.model.AuditResult;

/**
 * A whole audit of a pack holding a large accounts register (the heaviest account evidence a
 * broker hands over: an identity-management export), against two baselines on the same file: a
 * naive split-and-parse loop and a bare line count.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgs = {"-Xmx512m"})
public class AccountAuditBenchmark {

  @Param({"200000"})
  int accounts;

  Path pack;
  Path register;

  @Setup(Level.Trial)
  public void writePack() throws IOException {
    pack = Files.createTempDirectory("coloaudit-bench");
    register = pack.resolve("accounts.csv");
    Files.writeString(pack.resolve("evidence.yaml"), """
        broker: { id: "9A00", name: "範例證券" }
        as_of: 2026-11-20
        timezone: Asia/Taipei
        systems:
          - { id: colo-db-1, name: 資料庫, role: database, important: true, hosts: [10.20.1.31] }
        files:
          - { path: accounts.csv, kind: accounts }
        """);
    LocalDate base = LocalDate.of(2026, 11, 20);
    try (Writer w = Files.newBufferedWriter(register, StandardCharsets.UTF_8)) {
      w.write("system,account,holder,holder_type,privileged,enabled,created_on,password_changed_on,last_login_at,disabled_on\n");
      for (int i = 0; i < accounts; i++) {
        LocalDate changed = base.minusDays(i % 200);
        w.write("colo-db-1,user" + i + ",E" + (i % 5000) + "," + (i % 10 == 0 ? "vendor" : "employee") + ","
            + (i % 100 == 0 ? "Y" : "N") + "," + (i % 7 == 0 ? "N" : "Y") + ",2020/1/" + (1 + i % 28) + ","
            + changed + "," + changed + " 09:15:00,\n");
      }
    }
  }

  @TearDown(Level.Trial)
  public void deletePack() throws IOException {
    try (Stream<Path> files = Files.walk(pack)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
    }
  }

  @Benchmark
  public AuditResult wholeAudit() {
    return new AuditEngine().audit(AuditRequest.of(pack));
  }

  /** Baseline: split every line on commas and parse the two ISO dates, with no checks at all. */
  @Benchmark
  public long naiveSplitAndParse() throws IOException {
    long sum = 0;
    try (BufferedReader r = Files.newBufferedReader(register, StandardCharsets.UTF_8)) {
      r.readLine();
      String line;
      while ((line = r.readLine()) != null) {
        String[] f = line.split(",", -1);
        sum += LocalDate.parse(f[7]).toEpochDay() + f[1].length();
      }
    }
    return sum;
  }

  /** Floor: count the lines. */
  @Benchmark
  public long lineCount() throws IOException {
    try (Stream<String> lines = Files.lines(register, StandardCharsets.UTF_8)) {
      return lines.count();
    }
  }
}
