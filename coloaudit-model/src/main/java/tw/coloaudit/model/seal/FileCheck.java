package tw.coloaudit.model.seal;

import java.util.Objects;

/**
 * One file of a pack checked against its seal: the sealed SHA-256 and size (null and -1 for an
 * added file) and the present ones (null and -1 for a missing file).
 */
public record FileCheck(
    String path, FileState state, String sealedSha256, long sealedSize, String actualSha256, long actualSize) {

  public FileCheck {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(state, "state");
  }
}
