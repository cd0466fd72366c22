package tw.coloaudit.model.change;

import java.time.LocalDate;
import tw.coloaudit.model.Provenance;
import tw.coloaudit.model.SystemScoped;

/** One row of the {@code change-requests} register (變更申請單). Null means the row did not say. */
public record ChangeRequest(
    String changeId,
    String system,
    String requester,
    LocalDate requestedOn,
    LocalDate approvedOn,
    String approver,
    LocalDate testedOn,
    LocalDate implementedOn,
    String implementer,
    Provenance source)
    implements SystemScoped {}
