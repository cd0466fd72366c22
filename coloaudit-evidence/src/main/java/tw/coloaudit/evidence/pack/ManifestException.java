package tw.coloaudit.evidence.pack;

import tw.coloaudit.model.Localized;

/** The manifest cannot be used at all: not YAML, not a mapping, no {@code as_of}, a bad timezone. */
public final class ManifestException extends RuntimeException {

  private final String file;
  private final int line;
  private final Localized reason;

  public ManifestException(String file, int line, Localized reason) {
    this(file, line, reason, null);
  }

  public ManifestException(String file, int line, Localized reason, Throwable cause) {
    super(file + ", line " + line + ": " + reason.en() + " / " + file + " 第 " + line + " 行：" + reason.zh(), cause);
    this.file = file;
    this.line = line;
    this.reason = reason;
  }

  public String file() {
    return file;
  }

  /** The 1-based line in the manifest. */
  public int line() {
    return line;
  }

  public Localized reason() {
    return reason;
  }
}
