package tw.coloaudit.evidence.register;

import tw.coloaudit.model.Localized;

/**
 * A cell whose text cannot be read as the value its column holds; {@link #reason()} says why, in
 * Traditional Chinese and English ({@link #getMessage()} is the English).
 */
public final class ValueException extends Exception {

  private final Localized reason;

  public ValueException(Localized reason) {
    super(reason.en());
    this.reason = reason;
  }

  /** The reason given as its two texts. */
  public ValueException(String zh, String en) {
    this(Localized.of(zh, en));
  }

  /** Why the text cannot be read, in both languages. */
  public Localized reason() {
    return reason;
  }
}
