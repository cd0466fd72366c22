package tw.coloaudit.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** A system under audit, as the manifest declares it. */
public record SystemDef(
    String id,
    String name,
    String role,
    boolean important,
    List<String> hosts,
    String owner,
    LocalDate since) {

  public SystemDef {
    hosts = hosts == null ? List.of() : List.copyOf(hosts);
  }

  /**
   * Whether an IP or hostname names this system: case-insensitive, and a fully qualified name
   * also matches its first label.
   */
  public boolean matchesHost(String host) {
    if (host == null || host.isBlank()) return false;
    String h = host.trim().toLowerCase(Locale.ROOT);
    String label = h.contains(".") && !Character.isDigit(h.charAt(0)) ? h.substring(0, h.indexOf('.')) : h;
    if (h.equals(id.toLowerCase(Locale.ROOT)) || label.equals(id.toLowerCase(Locale.ROOT))) return true;
    for (String mine : hosts) {
      String m = mine.toLowerCase(Locale.ROOT);
      if (m.equals(h) || m.equals(label)) return true;
    }
    return false;
  }
}
