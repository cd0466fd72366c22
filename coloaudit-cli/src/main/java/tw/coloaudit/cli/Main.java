package tw.coloaudit.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import tw.coloaudit.engine.AuditException;
import tw.coloaudit.engine.ToolVersion;

/** The {@code coloaudit} command: subcommands over the engine, exit codes mapped in one place. */
@Command(
    name = "coloaudit",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = {
      "主機共置服務查核工具：依證交所規範查核證券商之主機共置使用情形。",
      "Audits a broker's use of the TWSE co-location service against the exchange's rules."
    },
    subcommands = {
      AuditCommand.class,
      ControlsCommand.class,
      ExplainCommand.class,
      ExampleCommand.class,
      SealCommand.class,
      VerifyCommand.class,
      KeygenCommand.class,
      RunsCommand.class,
      DiffCommand.class,
      DeadlineCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {

  /** Exit status when every control passed, was not applicable or was waived. */
  public static final int EXIT_CLEAN = 0;
  /** Exit status when a control failed, lacked evidence or ended in error. */
  public static final int EXIT_FINDINGS = 1;
  /** Exit status when the run could not be done. */
  public static final int EXIT_UNUSABLE = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  public static void main(String[] args) {
    System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the command line with the given streams and returns the exit status. */
  public static int execute(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new Main());
    cl.setOut(out);
    cl.setErr(err);
    cl.setExitCodeExceptionMapper(e -> EXIT_UNUSABLE);
    cl.setParameterExceptionHandler(
        (ex, a) -> {
          err.println("錯誤 error: " + ex.getMessage());
          ex.getCommandLine().usage(err);
          return EXIT_UNUSABLE;
        });
    cl.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          if (ex instanceof AuditException) {
            err.println("無法執行查核 cannot run the audit: " + ex.getMessage());
          } else {
            err.println("錯誤 error: " + ex);
          }
          return EXIT_UNUSABLE;
        });
    int code = cl.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /** The tool version from the build. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"coloaudit " + ToolVersion.get()};
    }
  }
}
