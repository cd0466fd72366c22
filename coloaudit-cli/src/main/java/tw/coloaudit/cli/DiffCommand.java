package tw.coloaudit.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tw.coloaudit.model.Deadline;
import tw.coloaudit.model.RecordedRun;
import tw.coloaudit.model.RunDiff;
import tw.coloaudit.store.FindingsFile;
import tw.coloaudit.store.RunStore;
import tw.coloaudit.store.StoreException;

/** {@code coloaudit diff A B}: new, persisting, fixed and waived findings between two runs, by fingerprint. */
@Command(
    name = "diff",
    description = {"比較兩次查核：新增、持續、已改善及豁免之缺失（依指紋），並標示逾期未改善者。",
        "Compare two runs (run ids in the store, or two findings.json files): new, persisting, fixed and waived "
            + "findings by fingerprint, and those past their fix deadline."})
public final class DiffCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "A", description = "較早的查核代號或 findings.json / the earlier run id or findings.json")
  String before;

  @Parameters(index = "1", paramLabel = "B", description = "較晚的查核代號或 findings.json / the later run id or findings.json")
  String after;

  @Mixin StoreOption storeOption;

  @Override
  public Integer call() throws Exception {
    boolean files = Files.isRegularFile(Path.of(before)) && Files.isRegularFile(Path.of(after));
    RunDiff diff;
    if (files) {
      RecordedRun a = FindingsFile.read(Path.of(before));
      RecordedRun b = FindingsFile.read(Path.of(after));
      // Deadlines live in the store: read them only when one is named, so comparing two files needs none.
      Map<String, Deadline> deadlines = storeOption.store == null ? Map.of() : storeOption.open().deadlines(b.brokerId());
      diff = RunDiff.between(a, b, deadlines);
    } else {
      try {
        RunStore store = storeOption.open();
        diff = store.diff(before, after);
      } catch (StoreException e) {
        spec.commandLine().getErr().println("錯誤 error: " + e.getMessage());
        return Main.EXIT_UNUSABLE;
      }
    }
    print(diff, spec.commandLine().getOut());
    return Main.EXIT_CLEAN;
  }

  static void print(RunDiff d, PrintWriter out) {
    out.printf("比較 Diff: %s (%s) → %s (%s)%n", d.before().id(), d.before().asOf(), d.after().id(), d.after().asOf());
    Map<RunDiff.Change, Integer> n = d.counts();
    out.printf("新增 new: %d  持續 persisting: %d  已改善 fixed: %d  豁免 waived: %d  逾期 overdue: %d%n",
        n.get(RunDiff.Change.NEW), n.get(RunDiff.Change.PERSISTING), n.get(RunDiff.Change.FIXED),
        n.get(RunDiff.Change.WAIVED), d.overdue().size());
    for (RunDiff.Entry e : d.entries()) {
      String due = e.deadline() == null ? "" : "  期限 due " + e.deadline().dueOn() + (e.overdue() ? " 逾期 OVERDUE" : "");
      out.printf("  %-10s %-20s %s  %s%s%n", e.change().id(), e.finding().control(), e.finding().fingerprint().substring(0,
          Math.min(12, e.finding().fingerprint().length())), e.finding().subject(), due);
    }
  }
}
