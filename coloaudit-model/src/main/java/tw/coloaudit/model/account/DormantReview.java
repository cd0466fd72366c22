package tw.coloaudit.model.account;

import java.time.LocalDate;
import java.util.List;
import tw.coloaudit.model.Provenance;
import tw.coloaudit.model.SystemScoped;

/** One row of the {@code dormant-reviews} register: a review of a system's dormant accounts. */
public record DormantReview(
    String system, LocalDate reviewedOn, String reviewer, List<String> accounts, Provenance source)
    implements SystemScoped {

  public DormantReview {
    accounts = accounts == null ? List.of() : List.copyOf(accounts);
  }
}
