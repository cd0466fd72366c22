package tw.coloaudit.model.firewall;

import tw.coloaudit.model.Provenance;

/** One row of a firewall-log backup manifest: the backed-up file's name, its SHA-256 and where the copy is kept. */
public record FirewallLogBackup(String file, String sha256, String location, Provenance source) {

  /** The last path segment of {@code file}, which is how backups are matched to log files. */
  public String name() {
    String f = file.replace('\\', '/');
    return f.substring(f.lastIndexOf('/') + 1);
  }
}
