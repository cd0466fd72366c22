package tw.coloaudit.controls.support;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import tw.coloaudit.facts.account.Account;

/**
 * One row of the "who is in scope" table of CONTROLS.md: which kinds of account a control skips,
 * and the snake_case reason it counts them under.
 */
public final class AccountScope {

  /** The columns of the scope table, in the order a skip reason is chosen. */
  public enum Exclusion {
    DISABLED("disabled"),
    CANNOT_LOG_IN("cannot_log_in"),
    KEY_ONLY("key_only"),
    SYSTEM_ACCOUNT("system_account"),
    CUSTOMER("customer");

    private final String reason;

    Exclusion(String reason) {
      this.reason = reason;
    }

    public String reason() {
      return reason;
    }

    boolean applies(Account a, LocalDate asOf, int uidMin) {
      return switch (this) {
        case DISABLED -> a.isDisabled(asOf);
        case CANNOT_LOG_IN -> a.cannotLogIn();
        case KEY_ONLY -> a.keyOnly();
        case SYSTEM_ACCOUNT -> a.isSystemAccount(uidMin);
        case CUSTOMER -> a.isCustomer();
      };
    }
  }

  private final EnumSet<Exclusion> skipped;

  private AccountScope(EnumSet<Exclusion> skipped) {
    this.skipped = skipped;
  }

  public static AccountScope skipping(Exclusion... exclusions) {
    EnumSet<Exclusion> set = EnumSet.noneOf(Exclusion.class);
    for (Exclusion e : exclusions) set.add(e);
    return new AccountScope(set);
  }

  /** The reason the account is out of scope, or empty when the control checks it. */
  public Optional<String> skipReason(Account a, LocalDate asOf, int uidMin) {
    for (Exclusion e : skipped) if (e.applies(a, asOf, uidMin)) return Optional.of(e.reason());
    return Optional.empty();
  }
}
