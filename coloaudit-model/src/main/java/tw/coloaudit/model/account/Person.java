package tw.coloaudit.model.account;

import java.time.LocalDate;
import java.util.List;
import tw.coloaudit.model.PartyType;
import tw.coloaudit.model.Provenance;

/**
 * One row of the {@code people} register. {@code accounts} lists the accounts the person holds as
 * {@code system:account}.
 */
public record Person(
    String person,
    String name,
    PartyType type,
    String company,
    LocalDate contractEnd,
    List<String> accounts,
    Provenance source) {

  public Person {
    accounts = accounts == null ? List.of() : List.copyOf(accounts);
  }
}
