package tw.coloaudit.evidence.log;

/**
 * Recognises the sshd messages that are login records (CONTROLS.md, "Login records"):
 * {@code Accepted <method> for <user> from <addr>}, {@code Failed <method> for [invalid user]
 * <user> from <addr>} and {@code Invalid user <user> from <addr>}. Everything else sshd writes
 * (pam_unix sessions, disconnects, negotiation errors) is not a login record.
 */
final class SshdMessages {

  /** One login record's fields; user and origin are null when the message lacks them. */
  record Attempt(boolean success, String user, String origin) {}

  private SshdMessages() {}

  /** The login record in {@code s} from {@code m}, or null when the message is not one. */
  static Attempt read(String s, int m) {
    boolean success;
    int userStart;
    if (s.startsWith("Accepted ", m) || s.startsWith("Failed ", m)) {
      success = s.charAt(m) == 'A';
      int methodStart = m + (success ? 9 : 7);
      int f = s.indexOf(" for ", methodStart);
      if (f < 0 || s.lastIndexOf(' ', f - 1) >= methodStart) return null; // "Failed to …": not a login
      userStart = f + 5;
      if (s.startsWith("invalid user ", userStart)) userStart += 13;
    } else if (s.startsWith("Invalid user ", m)) {
      success = false;
      userStart = m + 13;
    } else {
      return null;
    }
    int from = s.indexOf(" from ", userStart - 1);
    String user;
    String origin = null;
    if (from >= 0) {
      user = s.substring(Math.min(userStart, from), from).strip();
      int o = from + 6;
      int end = s.indexOf(' ', o);
      origin = s.substring(o, end < 0 ? s.length() : end);
    } else {
      int end = s.indexOf(' ', userStart);
      user = s.substring(userStart, end < 0 ? s.length() : end);
    }
    return new Attempt(success, user.isEmpty() ? null : user, origin == null || origin.isEmpty() ? null : origin);
  }
}
