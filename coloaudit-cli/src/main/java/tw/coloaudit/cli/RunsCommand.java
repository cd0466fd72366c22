package tw.coloaudit.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tw.coloaudit.store.RunSummary;

/** {@code coloaudit runs}: the audit runs recorded in the store. */
@Command(name = "runs", description = {"列出查核紀錄庫中之歷次查核。", "List the audit runs recorded in the run store."})
public final class RunsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin StoreOption storeOption;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    for (RunSummary r : storeOption.open().runs()) {
      out.printf("%-38s %s  %-6s  %3d findings (%d open)  pack %s  %s%n",
          r.id(), r.asOf(), r.brokerId() == null ? "" : r.brokerId(), r.findings(), r.openFindings(),
          r.packSha256().substring(0, Math.min(12, r.packSha256().length())), r.finishedAt());
    }
    return Main.EXIT_CLEAN;
  }
}
