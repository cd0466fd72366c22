package tw.coloaudit.controls.support;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import tw.coloaudit.controls.AuditInput;
import tw.coloaudit.facts.account.Account;
import tw.coloaudit.facts.log.LoginFacts;

/** What the controls that read login logs share: the facts, an account's last login, time subjects. */
public final class LoginSupport {

  private static final DateTimeFormatter ISO_SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

  private LoginSupport() {}

  /** The login facts, or empty ones when the engine built none. */
  public static LoginFacts logins(AuditInput in) {
    LoginFacts f = in.facts().fact(LoginFacts.class);
    return f != null ? f : new LoginFacts();
  }

  /** The account's last successful login in the logs, or null when the logs show none. */
  public static Instant lastLogin(AuditInput in, Account a) {
    return logins(in).lastLogin(a.system(), LoginFacts.bare(a.name()));
  }

  /** An instant as a subject value: ISO-8601 to the second with the manifest zone's offset. */
  public static String time(Instant t, ZoneId zone) {
    return ISO_SECONDS.format(t.atZone(zone));
  }
}
