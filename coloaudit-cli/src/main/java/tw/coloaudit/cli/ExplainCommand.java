package tw.coloaudit.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tw.coloaudit.controls.Control;
import tw.coloaudit.controls.ControlCatalog;
import tw.coloaudit.controls.PolicyKeys;
import tw.coloaudit.engine.AuditException;

/** {@code coloaudit explain ID}: what one control checks, why, with what evidence, and how to waive it. */
@Command(name = "explain", description = {"說明一項控制。", "Explain one control."})
public final class ExplainCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "ID", description = "控制項代號 / control ID, e.g. PWD-AGE")
  String id;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    var entry = ControlCatalog.byId(id).orElseThrow(() -> new AuditException("unknown control 未知控制項: " + id));
    out.printf("%s  %s / %s%n", entry.id(), entry.title().zh(), entry.title().en());
    out.printf("依據 rule: %s%n", String.join("; ", entry.refs()));
    Control m = entry.control().metadata();
    out.printf("嚴重度 severity: %s%n%n", m.severity().json());
    out.printf("查核內容：%s%n%nWhat it checks: %s%n%n", m.checksZh(), m.checksEn());
    out.printf("必要證據 required evidence: %s%n", String.join(", ", m.requires()));
    if (m.uses().length > 0) out.printf("輔助證據 other evidence used: %s%n", String.join(", ", m.uses()));
    out.printf("缺失主體 finding subject: %s%n", String.join(" | ", m.subjects()));
    if (!entry.policyKeys().isEmpty()) {
      out.println("門檻 thresholds (evidence.yaml policy:):");
      for (String k : entry.policyKeys()) {
        var key = PolicyKeys.byName(k).orElseThrow();
        out.printf("  %s = %s   %s / %s%n", k, key.defaultValue(), key.description().zh(), key.description().en());
      }
    }
    out.println();
    out.println("豁免 waiver: add to evidence.yaml / 於 evidence.yaml 加入：");
    out.printf("  waivers:%n    - control: %s%n      subject: { %s }   # the finding's subject, or some of its keys%n", entry.id(), exampleSubject(m.subjects()[0]));
    out.println("      reason: 說明理由 / why the risk is accepted");
    out.println("      approved_by: 核准人 / approver");
    out.println("      approved_on: 2026-10-01");
    out.println("      expires_on: 2027-03-31     # an expired waiver reopens the finding");
    return 0;
  }

  /** A waiver subject in the control's first subject form, with sample values a reader replaces. */
  private static String exampleSubject(String form) {
    java.util.List<String> parts = new java.util.ArrayList<>();
    for (String key : form.split(",")) {
      String k = key.strip();
      String v = switch (k) {
        case "system" -> "colo-gw-1";
        case "account" -> "svc_fix";
        case "device" -> "colo-fw-1";
        case "host" -> "colo-gw-1";
        case "from" -> "2026-01-01";
        case "to" -> "2026-01-05";
        case "trade_date" -> "2026-11-19";
        default -> "\"…\"";
      };
      parts.add(k + ": " + v);
    }
    return String.join(", ", parts);
  }
}
