package tw.coloaudit.model;

/**
 * One evidence file as the engine read it, put among the records so controls can reason about
 * files themselves (backups match files by name and SHA-256): its path within the pack, kind,
 * format, the system and device its manifest entry names (or null), and the SHA-256 of its bytes
 * as stored, compressed or not.
 */
public record InputFile(String path, String kind, String format, String system, String device, String sha256) {

  /** The last path segment as stored, e.g. {@code fw-20260101.log.gz}. */
  public String name() {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  /** The device its entry names, else the system, else null. */
  public String scope() {
    return device != null ? device : system;
  }
}
