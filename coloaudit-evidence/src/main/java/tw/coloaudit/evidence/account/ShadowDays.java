package tw.coloaudit.evidence.account;

import java.time.LocalDate;
import java.util.Optional;
import tw.coloaudit.model.account.ShadowEntry;

/**
 * Dates from the day numbers of {@code /etc/shadow}, read as {@code chage -l} and PAM read them.
 */
public final class ShadowDays {

  /** shadow-utils treats a maximum age of this many days or more as "never expires". */
  public static final long NEVER_MAX_DAYS = 10_000;

  private ShadowDays() {}

  /** The date of a shadow day number (days since 1970-01-01, UTC). */
  public static LocalDate toDate(long day) {
    return LocalDate.ofEpochDay(day);
  }

  /** Whether the last-change field is 0: the password must be changed at the next login. */
  public static boolean mustChange(ShadowEntry e) {
    return e.lastChange() != null && e.lastChange() == 0;
  }

  /** The date of the last password change; empty when the field is empty or 0. */
  public static Optional<LocalDate> lastChanged(ShadowEntry e) {
    Long d = e.lastChange();
    return d == null || d == 0 ? Optional.empty() : Optional.of(toDate(d));
  }

  /**
   * The date the password expires, as {@code chage -l} prints it: empty when it never does (no
   * known change, no maximum, or a maximum of {@link #NEVER_MAX_DAYS} or more) or when it must be
   * changed now ({@link #mustChange}).
   */
  public static Optional<LocalDate> passwordExpires(ShadowEntry e) {
    Long last = e.lastChange();
    Long max = e.maxDays();
    if (last == null || last == 0 || max == null || max >= NEVER_MAX_DAYS) return Optional.empty();
    return Optional.of(toDate(last + max));
  }

  /** The account expiry date (field 8); empty when the field is empty. */
  public static Optional<LocalDate> accountExpires(ShadowEntry e) {
    return e.expire() == null ? Optional.empty() : Optional.of(toDate(e.expire()));
  }

  /**
   * Whether the account has expired on the given date. As in pam_unix, it is expired from its
   * expiry day on, and an expiry of 0 (1970-01-01) counts as expired.
   */
  public static boolean accountExpired(ShadowEntry e, LocalDate on) {
    return e.expire() != null && on.toEpochDay() >= e.expire();
  }
}
