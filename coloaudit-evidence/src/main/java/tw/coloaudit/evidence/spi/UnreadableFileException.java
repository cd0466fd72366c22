package tw.coloaudit.evidence.spi;

import java.io.IOException;
import tw.coloaudit.model.Localized;

/**
 * A file, or the rest of it, that cannot be read (damaged gzip data, a workbook that is not one,
 * an input limit reached): why, in Traditional Chinese and English. {@link #getMessage()} is the
 * English; the engine reports the reason in both languages with the file's reject.
 */
public final class UnreadableFileException extends IOException {

  private final transient Localized reason;

  public UnreadableFileException(String zh, String en) {
    this(zh, en, null);
  }

  public UnreadableFileException(String zh, String en, Throwable cause) {
    super(en, cause);
    this.reason = Localized.of(zh, en);
  }

  public Localized reason() {
    return reason;
  }
}
