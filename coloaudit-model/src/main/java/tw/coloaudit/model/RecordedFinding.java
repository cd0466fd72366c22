package tw.coloaudit.model;

import java.util.Objects;

/** One finding of a recorded run, as run history and diffs keep it. */
public record RecordedFinding(
    String fingerprint, String control, Severity severity, Subject subject, Localized message, boolean waived) {

  public RecordedFinding {
    Objects.requireNonNull(fingerprint, "fingerprint");
    Objects.requireNonNull(control, "control");
    Objects.requireNonNull(subject, "subject");
  }
}
