package tw.coloaudit.model.seal;

import java.util.Locale;

/** What the signature of a seal shows. */
public enum SignatureState {
  /** The seal carries no signature. */
  UNSIGNED,
  /** The signature verifies with the seal's public key (and that key is the expected one, if one was given). */
  VALID,
  /** The signature does not verify, or cannot be read. */
  INVALID,
  /** The signature verifies, but with a key other than the one the verifier expected. */
  UNTRUSTED_KEY;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
