package tw.coloaudit.model.log;

import java.time.Instant;
import java.time.LocalDate;
import tw.coloaudit.model.Provenance;
import tw.coloaudit.model.SystemScoped;

/** One row of the {@code privileged-approvals} register: a window in which a superuser account may be used. */
public record PrivilegedApproval(
    String system,
    String account,
    String requester,
    Instant start,
    Instant end,
    String approver,
    LocalDate approvedOn,
    Provenance source)
    implements SystemScoped {}
