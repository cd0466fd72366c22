package tw.coloaudit.model.orders;

import java.time.LocalDate;
import tw.coloaudit.model.Provenance;

/** One row of the {@code colo-eligibility} register: an account eligible for co-location orders. */
public record ColoEligibility(
    String account, String name, LocalDate eligibleFrom, LocalDate eligibleTo, LocalDate notifiedOn, Provenance source) {

  /** Whether the account was eligible on {@code date} (an open end means still eligible). */
  public boolean covers(LocalDate date) {
    return eligibleFrom != null && !date.isBefore(eligibleFrom) && (eligibleTo == null || !date.isAfter(eligibleTo));
  }
}
