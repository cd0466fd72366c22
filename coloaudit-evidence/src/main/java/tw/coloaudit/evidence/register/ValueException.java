package tw.coloaudit.evidence.register;

/** A cell whose text cannot be read as the value its column holds; the message says why. */
public final class ValueException extends Exception {

  public ValueException(String reason) {
    super(reason);
  }
}
