package tw.coloaudit.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A fix deadline (限期改善) set on one finding of a broker: the finding's fingerprint, the day it
 * must be fixed by (inclusive), the run it was set on, and an optional note.
 */
public record Deadline(String brokerId, String fingerprint, LocalDate dueOn, String setInRun, String note) {

  public Deadline {
    Objects.requireNonNull(fingerprint, "fingerprint");
    Objects.requireNonNull(dueOn, "dueOn");
  }

  /** Whether a finding still open on {@code asOf} is past this deadline: the due day itself is not. */
  public boolean overdueOn(LocalDate asOf) {
    return asOf.isAfter(dueOn);
  }
}
