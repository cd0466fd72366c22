package tw.coloaudit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tw.coloaudit.engine.AuditEngine;
import tw.coloaudit.engine.AuditRequest;
import tw.coloaudit.evidence.spi.InputLimits;
import tw.coloaudit.model.AuditResult;
import tw.coloaudit.report.FindingsJsonReportWriter;

/** {@code coloaudit audit PACK --out DIR}: runs every implemented control and writes the reports. */
@Command(
    name = "audit",
    description = {"查核證據包並輸出查核結果。", "Audit an evidence pack (a directory or a .zip) and write the findings."})
public final class AuditCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "PACK", description = "證據包目錄或 .zip / evidence pack directory or .zip")
  Path pack;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "coloaudit-out",
      description = "輸出目錄 / output directory (default: ${DEFAULT-VALUE})")
  Path out;

  @Option(names = "--run-id", description = "指定執行代號 / a fixed run id (default: random)")
  String runId;

  @Option(names = "--threads", defaultValue = "0", description = "讀取執行緒數 / ingestion threads (default: all cores)")
  int threads;

  @Option(names = {"-q", "--quiet"}, description = "不顯示摘要 / print nothing but errors")
  boolean quiet;

  @Option(names = "--limit", paramLabel = "NAME=VALUE",
      description = "調整輸入上限（可重複）/ change an input limit, repeatable, e.g. max-line-chars=1M (docs/LIMITS.md)")
  Map<String, String> limits = new LinkedHashMap<>();

  private InputLimits limits() {
    InputLimits l = InputLimits.DEFAULT;
    for (Map.Entry<String, String> e : limits.entrySet()) {
      try {
        l = l.with(e.getKey(), e.getValue());
      } catch (IllegalArgumentException ex) {
        throw new ParameterException(spec.commandLine(), "--limit: " + ex.getMessage());
      }
    }
    return l;
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter stdout = spec.commandLine().getOut();
    boolean terminal = System.console() != null && !quiet;
    try (TerminalProgress progress = terminal ? new TerminalProgress() : null) {
      AuditResult result = new AuditEngine().audit(new AuditRequest(pack, null, runId, progress, threads, limits()));
      Path json = new FindingsJsonReportWriter().write(result, out);
      if (!quiet) {
        if (progress != null) progress.close();
        new SummaryPrinter(stdout).print(result, json);
      }
      return result.exitCode();
    }
  }
}
