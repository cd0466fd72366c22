package tw.coloaudit.engine;

/** The run cannot be done at all (no readable manifest, no such pack): exit status 2. */
public final class AuditException extends RuntimeException {

  public AuditException(String message) {
    super(message);
  }

  public AuditException(String message, Throwable cause) {
    super(message, cause);
  }
}
