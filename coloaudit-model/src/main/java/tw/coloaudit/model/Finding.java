package tw.coloaudit.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One failing subject of a control, with the evidence behind it. {@code waiver} is set when an
 * approved waiver covers it (in force or expired: {@code waived} says which).
 */
public record Finding(
    String fingerprint,
    Subject subject,
    Localized message,
    Map<String, Object> observed,
    List<Provenance> evidence,
    Waiver waiver,
    boolean waived) {

  public Finding {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(message, "message");
    observed = observed == null ? Map.of() : observed;
    evidence = evidence == null ? List.of() : List.copyOf(evidence);
  }
}
