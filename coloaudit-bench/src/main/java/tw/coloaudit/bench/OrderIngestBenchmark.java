package tw.coloaudit.bench;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import tw.coloaudit.controls.AuditControl;
import tw.coloaudit.controls.ControlRegistry;
import tw.coloaudit.engine.AuditEngine;
import tw.coloaudit.engine.AuditRequest;
import tw.coloaudit.model.AuditResult;
import tw.coloaudit.model.ControlResult;
import tw.coloaudit.model.InputReport;

/**
 * Order ingestion alone, on a pack written by {@link OrderAuditBenchmark}: the engine with no
 * control reads and folds every receipt and FIX file (parsers, accounting, spools) and stops before
 * the join, so its CPU time is the ingestion threads' (plus the JIT and the collector). Runs the
 * ingestion a few times in one JVM and prints wall and process CPU time of each run.
 *
 * <p>Usage: {@code OrderIngestBenchmark DIR [RUNS] [dump FILE]}; with {@code dump FILE} it instead
 * runs the 13 order and co-location controls once and writes every input report and control
 * result to FILE, so two builds can be compared line for line.
 */
public final class OrderIngestBenchmark {

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    if (args.length >= 3 && args[1].equals("dump")) {
      dump(dir, Path.of(args[2]));
      return;
    }
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    AuditEngine engine = new AuditEngine(List.of());
    for (int i = 1; i <= runs; i++) {
      long t0 = System.nanoTime();
      long c0 = cpu();
      AuditResult result = engine.audit(AuditRequest.of(dir));
      double wall = (System.nanoTime() - t0) / 1e9;
      double cpu = (cpu() - c0) / 1e9;
      long used = 0;
      for (InputReport r : result.inputs()) used += r.records();
      System.out.printf(Locale.ROOT, "run %d: ingestion %.1f s wall, %.1f s CPU, %,d lines used%n", i, wall, cpu, used);
    }
  }

  private static void dump(Path dir, Path out) throws Exception {
    List<AuditControl> orderControls = ControlRegistry.all().stream()
        .filter(c -> c.metadata().family().equals("orders") || c.metadata().family().equals("colo"))
        .toList();
    AuditResult result = new AuditEngine(orderControls).audit(AuditRequest.of(dir));
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
      for (InputReport r : result.inputs()) w.println(r);
      for (ControlResult c : result.controls()) w.println(c);
    }
  }

  private static long cpu() {
    return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }
}
