package tw.coloaudit.model;

import java.util.List;

/** Everything one audit run produced; immutable, and the only thing report writers read. */
public record AuditResult(
    String toolName,
    String toolVersion,
    RunInfo run,
    Summary summary,
    List<ControlResult> controls,
    List<InputReport> inputs,
    List<Problem> problems) {

  public static final String SCHEMA = "coloaudit.findings/1";

  public AuditResult {
    controls = List.copyOf(controls);
    inputs = List.copyOf(inputs);
    problems = List.copyOf(problems);
  }

  /** 0 when every control passed, was not applicable or waived; else 1 (EVIDENCE.md §2). */
  public int exitCode() {
    return controls.stream().allMatch(c -> c.status().isClean()) ? 0 : 1;
  }
}
