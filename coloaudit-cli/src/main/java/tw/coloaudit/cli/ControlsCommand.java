package tw.coloaudit.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tw.coloaudit.controls.ControlCatalog;
import tw.coloaudit.controls.PolicyKeys;

/** {@code coloaudit controls}: lists the catalog. */
@Command(name = "controls", description = {"列出控制項目錄。", "List the control catalog."})
public final class ControlsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    var entries = ControlCatalog.entries();
    out.printf("控制項 %d 項，皆已實作 / %d controls, all implemented%n%n", entries.size(), entries.size());
    for (var e : entries) {
      out.printf("%-27s %-11s %s / %s%n", e.id(), e.control().metadata().severity().json(), e.title().zh(), e.title().en());
      out.printf("%-27s %-11s 依據 refs: %s%n", "", "", String.join("; ", e.refs()));
      if (!e.policyKeys().isEmpty()) {
        StringBuilder sb = new StringBuilder();
        for (String k : e.policyKeys()) {
          if (sb.length() > 0) sb.append(", ");
          sb.append(k).append('=').append(PolicyKeys.byName(k).map(p -> String.valueOf(p.defaultValue())).orElse("?"));
        }
        out.printf("%-27s %-11s 參數 policy: %s%n", "", "", sb);
      }
    }
    return 0;
  }
}
