package tw.coloaudit.model.colo;

import java.time.LocalDate;
import tw.coloaudit.model.PartyType;
import tw.coloaudit.model.Provenance;

/** One row of the {@code software-inventory} register: a program installed on a host, and who supplied it. */
public record InstalledSoftware(
    String host,
    String software,
    String version,
    PartyType supplier,
    String supplierName,
    String purpose,
    LocalDate installedOn,
    Provenance source) {}
