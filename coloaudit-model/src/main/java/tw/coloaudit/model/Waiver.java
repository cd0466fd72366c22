package tw.coloaudit.model;

import java.time.LocalDate;
import java.util.Objects;

/** A documented, approved exception to a control for the subjects it names (a subset match). */
public record Waiver(
    String control,
    Subject subject,
    String reason,
    String approvedBy,
    LocalDate approvedOn,
    LocalDate expiresOn) {

  public Waiver {
    Objects.requireNonNull(control, "control");
    Objects.requireNonNull(subject, "subject");
  }

  /** Whether this waiver is in force on the given day; {@code expiresOn} is inclusive. */
  public boolean inForceOn(LocalDate asOf) {
    return expiresOn == null || !asOf.isAfter(expiresOn);
  }

  public boolean covers(String controlId, Subject findingSubject) {
    return control.equals(controlId) && findingSubject.contains(subject);
  }
}
