package tw.coloaudit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import tw.coloaudit.model.AuditResult;
import tw.coloaudit.model.ControlResult;
import tw.coloaudit.model.InputReport;
import tw.coloaudit.model.Outcome;

/** The short summary {@code audit} prints: controls by status, findings, files read and rejected. */
final class SummaryPrinter {

  private final PrintWriter out;

  SummaryPrinter(PrintWriter out) {
    this.out = out;
  }

  void print(AuditResult r, List<Path> written) {
    var s = r.summary();
    out.printf("查核 Audit %s  基準日 as of %s  券商 broker %s%n",
        r.run().id(), r.run().asOf(), r.run().broker() == null ? "" : r.run().broker().id() + " " + r.run().broker().name());
    out.printf(
        "控制項 Controls: %d 通過 pass, %d 未通過 fail, %d 證據不足 insufficient evidence, %d 不適用 not applicable, %d 豁免 waived, %d 錯誤 error%n",
        s.pass(), s.fail(), s.insufficientEvidence(), s.notApplicable(), s.waived(), s.error());
    out.printf("缺失 Findings: %d%n", s.findings());
    long rejected = r.inputs().stream().mapToLong(InputReport::rejected).sum();
    long records = r.inputs().stream().mapToLong(InputReport::records).sum();
    long filesWithRejects = r.inputs().stream().filter(i -> i.rejected() > 0).count();
    out.printf("檔案 Files: %d 讀取 read, %d 筆使用 records used, %d 筆無法讀取 rejected (in %d files); 問題 problems: %d%n",
        r.inputs().size(), records, rejected, filesWithRejects, r.problems().size());
    for (ControlResult c : r.controls()) {
      if (c.status() == Outcome.PASS || c.status() == Outcome.NOT_APPLICABLE) continue;
      out.printf("  %-26s %-22s %3d  %s / %s%n", c.id(), c.status().json(), c.findings().size(), c.title().zh(), c.title().en());
    }
    for (Path p : written) out.printf("結果 Result: %s%n", p);
  }
}
