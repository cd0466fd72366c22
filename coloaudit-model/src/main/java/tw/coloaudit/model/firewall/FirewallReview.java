package tw.coloaudit.model.firewall;

import java.time.LocalDate;
import tw.coloaudit.model.Provenance;

/** One recorded review of a firewall's rules. */
public record FirewallReview(String device, LocalDate reviewedOn, String reviewer, Provenance source) {}
