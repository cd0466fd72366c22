package tw.coloaudit.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A run as history keeps it: its identity, the pack it read, and its findings (from a run store
 * or a {@code findings.json}).
 */
public record RecordedRun(
    String id,
    LocalDate asOf,
    String brokerId,
    String brokerName,
    String packSha256,
    String toolVersion,
    List<RecordedFinding> findings) {

  public RecordedRun {
    findings = List.copyOf(findings);
  }

  /** The recorded form of a finished audit. */
  public static RecordedRun of(AuditResult r) {
    List<RecordedFinding> findings = new ArrayList<>();
    for (ControlResult c : r.controls()) {
      for (Finding f : c.findings()) {
        findings.add(new RecordedFinding(f.fingerprint(), c.id(), c.severity(), f.subject(), f.message(), f.waived()));
      }
    }
    Broker b = r.run().broker();
    return new RecordedRun(
        r.run().id(), r.run().asOf(), b == null ? null : b.id(), b == null ? null : b.name(), r.run().packSha256(),
        r.toolVersion(), findings);
  }
}
