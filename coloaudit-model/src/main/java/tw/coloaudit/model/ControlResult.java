package tw.coloaudit.model;

import java.util.List;
import java.util.Map;

/**
 * The outcome of one control over the whole pack. {@code family} (colo, orders, network, accounts,
 * logs, vuln, change) and {@code pattern} (the seed deck's deficiency pattern 1–8, or 0) come from
 * the control's catalog metadata and let reports group results; they are not part of
 * {@code findings.json}.
 */
public record ControlResult(
    String id,
    Outcome status,
    Severity severity,
    Localized title,
    List<String> refs,
    Map<String, Object> policy,
    Map<String, Object> observed,
    List<Finding> findings,
    List<Localized> notes,
    String family,
    int pattern) {

  public ControlResult {
    refs = List.copyOf(refs);
    findings = List.copyOf(findings);
    notes = notes == null ? List.of() : List.copyOf(notes);
    family = family == null ? "" : family;
  }

  /** A result without catalog grouping (family unknown, pattern 0). */
  public ControlResult(
      String id,
      Outcome status,
      Severity severity,
      Localized title,
      List<String> refs,
      Map<String, Object> policy,
      Map<String, Object> observed,
      List<Finding> findings,
      List<Localized> notes) {
    this(id, status, severity, title, refs, policy, observed, findings, notes, "", 0);
  }

  /** The same result with other findings (and observed values), e.g. masked for a report. */
  public ControlResult withFindings(Map<String, Object> newObserved, List<Finding> newFindings) {
    return new ControlResult(id, status, severity, title, refs, policy, newObserved, newFindings, notes, family, pattern);
  }
}
