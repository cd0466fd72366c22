package tw.coloaudit.cli;

import java.io.PrintWriter;
import java.util.Map;
import tw.coloaudit.model.AuditResult;
import tw.coloaudit.model.ControlResult;
import tw.coloaudit.model.Deadline;
import tw.coloaudit.model.Finding;
import tw.coloaudit.store.RunStore;
import tw.coloaudit.store.StoreException;
import tw.coloaudit.store.StoreLocation;

/** Records a finished audit in the run store and names its findings that are past their fix deadline. */
final class RunRecorder {

  private RunRecorder() {}

  /**
   * Records the run; a store that cannot be written is a warning, not a failed audit: the findings
   * are already written.
   */
  static void record(AuditResult result, StoreOption option, PrintWriter out, PrintWriter err) {
    String location = option.location();
    try {
      RunStore store = RunStore.open(location);
      store.record(result);
      if (out == null) return;
      out.printf("紀錄 Recorded: run %s in %s%n", result.run().id(), StoreLocation.display(location));
      Map<String, Deadline> deadlines = store.deadlines(result.run().broker() == null ? null : result.run().broker().id());
      if (deadlines.isEmpty()) return;
      for (ControlResult c : result.controls()) {
        for (Finding f : c.findings()) {
          Deadline d = deadlines.get(f.fingerprint());
          if (d != null && !f.waived() && d.overdueOn(result.run().asOf())) {
            out.printf("  逾期未改善 OVERDUE %-20s %s  限期 due %s (set in run %s)%n", c.id(), f.subject(), d.dueOn(), d.setInRun());
          }
        }
      }
    } catch (StoreException e) {
      err.println("警告 warning: 查核結果未記錄 the run was not recorded: " + e.getMessage());
    }
  }
}
