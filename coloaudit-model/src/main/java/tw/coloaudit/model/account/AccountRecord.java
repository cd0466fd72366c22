package tw.coloaudit.model.account;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import tw.coloaudit.model.PartyType;
import tw.coloaudit.model.Provenance;
import tw.coloaudit.model.SystemScoped;

/**
 * One account from an {@code accounts} register row or a Windows {@code Get-LocalUser} /
 * {@code Get-ADUser} export. Null means the source did not say. {@code groups} holds group names
 * (the first {@code CN=} of each distinguished name). {@code format} names the source format.
 */
public record AccountRecord(
    String system,
    String account,
    String holder,
    PartyType holderType,
    Boolean privileged,
    List<String> groups,
    Boolean enabled,
    LocalDate createdOn,
    LocalDate passwordChangedOn,
    Instant lastLoginAt,
    LocalDate disabledOn,
    String format,
    Provenance source)
    implements SystemScoped {

  public AccountRecord {
    groups = groups == null ? List.of() : List.copyOf(groups);
  }
}
