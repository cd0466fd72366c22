package tw.coloaudit.model.change;

import java.time.LocalDate;
import tw.coloaudit.model.Provenance;

/**
 * One row of the {@code outsourcing-contracts} register. The clause flags are null when the cell
 * is blank (unknown).
 */
public record OutsourcingContract(
    String vendor,
    String contractId,
    LocalDate start,
    LocalDate end,
    Boolean securityClause,
    Boolean auditClause,
    Provenance source) {}
