package tw.coloaudit.model.seal;

import java.util.Locale;

/** How one file of a sealed pack compares with its seal. */
public enum FileState {
  /** Present with the sealed size and SHA-256. */
  VALID,
  /** Present, but its bytes differ from the sealed ones. */
  MODIFIED,
  /** Sealed, but no longer in the pack. */
  MISSING,
  /** In the pack, but not sealed. */
  ADDED;

  /** The name used in JSON and on screen: {@code valid}, {@code modified}, {@code missing}, {@code added}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
