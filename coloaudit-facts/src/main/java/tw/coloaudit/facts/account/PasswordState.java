package tw.coloaudit.facts.account;

/** What the stored password of an account allows: a usable hash, a locked one, none at all, or not known. */
public enum PasswordState {
  USABLE,
  LOCKED,
  EMPTY,
  UNKNOWN
}
