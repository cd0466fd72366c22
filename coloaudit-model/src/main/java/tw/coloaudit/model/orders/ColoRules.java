package tw.coloaudit.model.orders;

import java.time.LocalDate;
import java.util.List;
import tw.coloaudit.model.Provenance;

/** The firm's co-location rules of use ({@code colo-rules} YAML); absent values are null. */
public record ColoRules(
    LocalDate approvedOn,
    String approvedBy,
    Boolean inInternalControl,
    LocalDate firstBrokerageUseOn,
    List<String> criteria,
    String notification,
    Integer reviewIntervalDays,
    Provenance source) {

  public ColoRules {
    criteria = criteria == null ? List.of() : List.copyOf(criteria);
  }
}
