package tw.coloaudit.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tw.coloaudit.model.AuditResult;
import tw.coloaudit.model.ControlResult;
import tw.coloaudit.model.Finding;
import tw.coloaudit.model.Localized;
import tw.coloaudit.model.Outcome;
import tw.coloaudit.model.Provenance;
import tw.coloaudit.model.Severity;
import tw.coloaudit.model.Subject;

/** Writes a working paper of {@code args[1]} findings to {@code args[0]}; run in a small heap by the test. */
public final class LargeWorkpaperMain {

  private LargeWorkpaperMain() {}

  static AuditResult result(int n) {
    List<Finding> findings = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String account = "u" + i;
      findings.add(new Finding(ReportFixtures.sha(i), Subject.of("system", "colo-gw-1", "account", account),
          Localized.of("colo-gw-1 上的帳號 " + account + " 的密碼已 " + (91 + i % 300) + " 天未變更（上限 90 天）。",
              "Account " + account + " on colo-gw-1 last changed its password " + (91 + i % 300) + " days ago (limit 90)."),
          Map.of("password_age_days", 91 + i % 300), List.of(Provenance.line("accounts/colo-gw-1/shadow", i + 1)), null, false));
    }
    ControlResult c = new ControlResult("PWD-AGE", Outcome.FAIL, Severity.MEDIUM, Localized.of("密碼於最長使用期限內變更",
        "Passwords changed within the maximum age"), List.of("CC-18000"), Map.of("password_max_age_days", 90),
        ReportFixtures.counts(n, n), findings, List.of(), "accounts", 6);
    AuditResult base = ReportFixtures.plain();
    return new AuditResult(base.toolName(), base.toolVersion(), base.run(), base.summary(), List.of(c), List.of(), List.of());
  }

  public static void main(String[] args) throws Exception {
    AuditResult r = result(Integer.parseInt(args[1]));
    Path out = new WorkpaperXlsxReportWriter().write(r, Path.of(args[0]));
    System.out.println("wrote " + Files.size(out) + " bytes");
  }
}
