package tw.coloaudit.model.account;

import tw.coloaudit.model.Provenance;
import tw.coloaudit.model.SystemScoped;

/**
 * One line of {@code /etc/shadow}. Day numbers count days since 1970-01-01 and are null when the
 * field is empty: {@code lastChange} 0 means "must change at next login"; {@code expire} is the
 * account expiry (field 8).
 */
public record ShadowEntry(
    String system,
    String name,
    String hash,
    Long lastChange,
    Long minDays,
    Long maxDays,
    Long warnDays,
    Long inactiveDays,
    Long expire,
    Provenance source)
    implements SystemScoped {

  /** Whether the hash field allows no password login: locked ({@code !}, {@code *}) or empty. */
  public boolean passwordLocked() {
    return hash == null || hash.isEmpty() || hash.startsWith("!") || hash.startsWith("*");
  }
}
