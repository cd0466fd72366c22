package tw.coloaudit.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tw.coloaudit.model.Deadline;
import tw.coloaudit.store.StoreException;

/** {@code coloaudit deadline RUN FINGERPRINT DATE}: sets the fix deadline (限期改善) of one finding. */
@Command(
    name = "deadline",
    description = {"設定缺失之限期改善日期；之後的查核若仍有此缺失且已逾期，即標示逾期。",
        "Set the fix deadline of a finding of a recorded run; a later run that still has it after that day shows it overdue."})
public final class DeadlineCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "RUN", description = "查核代號 / run id")
  String run;

  @Parameters(index = "1", paramLabel = "FINGERPRINT", description = "缺失指紋（可用前綴）/ the finding's fingerprint (a unique prefix will do)")
  String fingerprint;

  @Parameters(index = "2", paramLabel = "DATE", description = "改善期限 YYYY-MM-DD（當日仍屬期限內）/ due date, inclusive")
  LocalDate due;

  @Option(names = "--note", description = "備註 / a note, e.g. the letter that set the deadline")
  String note;

  @Mixin StoreOption storeOption;

  @Override
  public Integer call() {
    try {
      Deadline d = storeOption.open().setDeadline(run, fingerprint, due, note);
      spec.commandLine().getOut().printf("已設定 Set: %s 限期 due %s (券商 broker %s)%n", d.fingerprint(), d.dueOn(), d.brokerId());
      return Main.EXIT_CLEAN;
    } catch (StoreException e) {
      spec.commandLine().getErr().println("錯誤 error: " + e.getMessage());
      return Main.EXIT_UNUSABLE;
    }
  }
}
