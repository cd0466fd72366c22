package tw.coloaudit.model.orders;

import java.time.LocalDate;
import tw.coloaudit.model.Provenance;

/** One row of the {@code colo-eligibility-reviews} register: a review of the eligible-investor list. */
public record EligibilityReview(LocalDate reviewedOn, String reviewer, String approver, Provenance source) {}
