package tw.coloaudit.model.vuln;

import java.time.LocalDate;
import tw.coloaudit.model.Provenance;

/**
 * One row of the {@code vuln-remediation} register: what was decided about a finding on a host.
 *
 * @param host the host as written (an IP, a host name or a system id)
 * @param finding the scanner's plugin id or a CVE
 * @param note the assessment, required for a risk acceptance
 */
public record RemediationRecord(
    String host,
    String finding,
    RemediationDecision decision,
    LocalDate decidedOn,
    String approver,
    String note,
    Provenance source) {}
