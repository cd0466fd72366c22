package tw.coloaudit.model;

import java.util.List;
import java.util.Map;

/** The outcome of one control over the whole pack. */
public record ControlResult(
    String id,
    Outcome status,
    Severity severity,
    Localized title,
    List<String> refs,
    Map<String, Object> policy,
    Map<String, Object> observed,
    List<Finding> findings,
    List<Localized> notes) {

  public ControlResult {
    refs = List.copyOf(refs);
    findings = List.copyOf(findings);
    notes = notes == null ? List.of() : List.copyOf(notes);
  }
}
