package tw.coloaudit.controls.support;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import tw.coloaudit.facts.account.Account;

/**
 * The date an account was last known active, and which fact says so ({@code last_login},
 * {@code password_changed_on} or {@code created_on}): idle time counts from it.
 */
public record LastActivity(LocalDate on, String basis) {

  /**
   * The later of the last login from the logs (null when none) and the account's own last login;
   * with no login known, the later of creation and last password change; null when none is known.
   */
  public static LastActivity of(Account a, Instant lastLoginFromLogs, ZoneId zone) {
    Instant login = a.lastLoginAt();
    if (lastLoginFromLogs != null && (login == null || lastLoginFromLogs.isAfter(login))) login = lastLoginFromLogs;
    if (login != null) return new LastActivity(Days.localDate(login, zone), "last_login");
    LocalDate created = a.createdOn();
    LocalDate changed = a.passwordChangedOn();
    if (created == null && changed == null) return null;
    if (created == null || (changed != null && changed.isAfter(created))) return new LastActivity(changed, "password_changed_on");
    return new LastActivity(created, "created_on");
  }
}
