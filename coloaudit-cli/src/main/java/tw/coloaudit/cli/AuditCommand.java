package tw.coloaudit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.io.IOException;
import java.nio.file.Files;
import tw.coloaudit.model.Deadline;
import tw.coloaudit.model.RecordedRun;
import tw.coloaudit.model.RunDiff;
import tw.coloaudit.store.FindingsFile;
import tw.coloaudit.store.RunStore;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tw.coloaudit.engine.AuditEngine;
import tw.coloaudit.engine.AuditRequest;
import tw.coloaudit.evidence.spi.InputLimits;
import tw.coloaudit.model.AuditResult;
import tw.coloaudit.report.CustomerMasking;
import tw.coloaudit.report.FindingsJsonReportWriter;
import tw.coloaudit.report.HtmlReportWriter;
import tw.coloaudit.report.JunitXmlReportWriter;
import tw.coloaudit.report.OcsfReportWriter;
import tw.coloaudit.report.WorkpaperXlsxReportWriter;

/**
 * {@code coloaudit audit PACK --out DIR}: runs every implemented control and writes findings.json,
 * report.html and workpaper.xlsx, and OCSF or JUnit on request. Customer data is masked in every
 * report but findings.json unless {@code --unmask} is given.
 */
@Command(
    name = "audit",
    description = {"查核證據包並輸出查核結果。", "Audit an evidence pack (a directory or a .zip) and write the findings."})
public final class AuditCommand implements Callable<Integer> {

  /** Extra output formats. */
  enum Format { ocsf, junit }

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "PACK", description = "證據包目錄或 .zip / evidence pack directory or .zip")
  Path pack;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "coloaudit-out",
      description = "輸出目錄 / output directory (default: ${DEFAULT-VALUE})")
  Path out;

  @Option(names = "--format", split = ",", paramLabel = "FORMAT",
      description = "另輸出格式 / also write: ${COMPLETION-CANDIDATES} (e.g. --format ocsf,junit)")
  List<Format> formats = new ArrayList<>();

  @Option(names = "--unmask",
      description = "報告中顯示客戶帳號及姓名 / show customers' accounts and names in the reports (findings.json is never masked)")
  boolean unmask;

  @Option(names = "--run-id", description = "指定執行代號 / a fixed run id (default: random)")
  String runId;

  @Option(names = "--threads", defaultValue = "0", description = "讀取執行緒數 / ingestion threads (default: all cores)")
  int threads;

  @Option(names = {"-q", "--quiet"}, description = "不顯示摘要 / print nothing but errors")
  boolean quiet;

  @Option(names = "--fixed-time", paramLabel = "ISO",
      description = "固定執行時間（供重現）/ stamp the run with this time (ISO-8601 with offset) so the output can be re-derived")
  OffsetDateTime fixedTime;

  @Option(names = "--no-store", description = "不記錄於查核紀錄庫 / do not record the run in the run store")
  boolean noStore;

  @Mixin StoreOption storeOption;

  @Option(names = "--previous", paramLabel = "RUN|FILE",
      description = "與前次查核比較（查核代號或 findings.json）/ compare with a previous run (a run id in the store, or its findings.json); the reports show new, persisting, fixed and waived findings")
  String previous;

  /** The comparison with {@code --previous}, or null; deadlines come from the store when it can be read. */
  private RunDiff diffWithPrevious(AuditResult result) throws IOException {
    if (previous == null) return null;
    RecordedRun after = RecordedRun.of(result);
    Path file = Path.of(previous);
    if (Files.isRegularFile(file)) {
      Map<String, Deadline> deadlines = Map.of();
      try (RunStore store = storeOption.open()) {
        deadlines = store.deadlines(after.brokerId());
      } catch (RuntimeException e) {
        // no store to read deadlines from: the comparison stands without them
      }
      return RunDiff.between(FindingsFile.read(file), after, deadlines);
    }
    try (RunStore store = storeOption.open()) {
      RecordedRun before = store.run(previous)
          .orElseThrow(() -> new ParameterException(spec.commandLine(), "--previous: no such run or file: " + previous));
      return RunDiff.between(before, after, store.deadlines(after.brokerId()));
    }
  }
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
      Clock clock = fixedTime == null ? null : Clock.fixed(fixedTime.toInstant(), ZoneOffset.UTC);
      AuditResult result = new AuditEngine().audit(new AuditRequest(pack, clock, runId, progress, threads, limits()));
      List<Path> written = new ArrayList<>();
      Path json = new FindingsJsonReportWriter().write(result, out);
      written.add(json);
      AuditResult shown = unmask ? result : CustomerMasking.mask(result);
      RunDiff diff = diffWithPrevious(result);
      written.add(new HtmlReportWriter(!unmask).withDiff(diff).write(shown, out));
      written.add(new WorkpaperXlsxReportWriter().withDiff(diff).write(shown, out));
      Set<Format> extra = formats.isEmpty() ? EnumSet.noneOf(Format.class) : EnumSet.copyOf(formats);
      if (extra.contains(Format.ocsf)) written.add(new OcsfReportWriter().write(shown, out));
      if (extra.contains(Format.junit)) written.add(new JunitXmlReportWriter().write(shown, out));
      if (!quiet) {
        if (progress != null) progress.close();
        new SummaryPrinter(stdout).print(result, written);
      }
      if (!noStore) RunRecorder.record(result, storeOption, quiet ? null : stdout, spec.commandLine().getErr());
      return result.exitCode();
    }
  }
}
