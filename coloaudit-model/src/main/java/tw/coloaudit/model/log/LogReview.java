package tw.coloaudit.model.log;

import java.time.LocalDate;
import tw.coloaudit.model.Provenance;
import tw.coloaudit.model.SystemScoped;

/** One row of the {@code log-reviews} register: a designated person's review of a system's audit logs. */
public record LogReview(
    String system, LocalDate reviewedOn, LocalDate periodFrom, LocalDate periodTo, String reviewer, Provenance source)
    implements SystemScoped {}
