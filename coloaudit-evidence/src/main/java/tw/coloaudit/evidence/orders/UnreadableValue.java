package tw.coloaudit.evidence.orders;

import tw.coloaudit.model.Localized;

/** A value of order evidence that cannot be read; the reason in Traditional Chinese and English. */
final class UnreadableValue extends Exception {

  final Localized reason;

  UnreadableValue(Localized reason) {
    super(reason.en());
    this.reason = reason;
  }

  UnreadableValue(String zh, String en) {
    this(Localized.of(zh, en));
  }

  /**
   * A value quoted for a Chinese reason: {@code 'value'}, or for a value longer than any date its
   * length and first 20 characters (as the register reader's English reason names such a value).
   */
  static String quoted(String value) {
    return value.length() <= 64 ? "'" + value + "'" : "長度 " + value.length() + " 個字元的值 '" + value.substring(0, 20) + "…'";
  }
}
