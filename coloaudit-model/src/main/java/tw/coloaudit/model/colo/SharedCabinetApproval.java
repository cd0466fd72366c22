package tw.coloaudit.model.colo;

import java.time.LocalDate;
import tw.coloaudit.model.Provenance;

/** One row of the {@code shared-cabinet-approvals} register: the exchange's approval for a co-user of a rack (art. 15). */
public record SharedCabinetApproval(String rack, String coUser, LocalDate approvedOn, String document, Provenance source) {}
