package tw.coloaudit.engine;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import tw.coloaudit.model.AuditResult;
import tw.coloaudit.model.InputReport;
import tw.coloaudit.model.Problem;

/**
 * Audits the pack named by its argument and prints, per input, its counts and first reject, and
 * every problem: the child process of {@link HugeLineTest}, run in a small heap.
 */
final class HugeLineAudit {

  private HugeLineAudit() {}

  public static void main(String[] args) {
    Clock fixed = Clock.fixed(Instant.parse("2026-11-20T01:00:00Z"), ZoneOffset.UTC);
    AuditResult r = new AuditEngine().audit(new AuditRequest(Path.of(args[0]), fixed, "huge", null, 2));
    for (InputReport in : r.inputs()) {
      String reject = in.rejects().isEmpty() ? "-" : in.rejects().get(0).line() + " " + in.rejects().get(0).reason();
      System.out.println("INPUT\t" + in.file() + "\t" + in.format() + "\t" + in.total() + "\t" + in.rejected() + "\t" + reject);
    }
    for (Problem p : r.problems()) {
      System.out.println("PROBLEM\t" + p.path() + "\t" + p.kind() + "\t" + p.message().en());
    }
    System.out.println("MAXHEAP\t" + Runtime.getRuntime().maxMemory());
  }
}
