package tw.coloaudit.model.account;

import java.time.LocalDate;
import tw.coloaudit.model.Provenance;
import tw.coloaudit.model.SystemScoped;

/** One row of the {@code access-requests} register. */
public record AccessRequest(
    String system,
    String account,
    String purpose,
    String rights,
    LocalDate requestedOn,
    LocalDate unitApprovedOn,
    LocalDate itApprovedOn,
    Provenance source)
    implements SystemScoped {}
