package tw.coloaudit.facts.vuln;

import java.util.List;
import java.util.Locale;
import tw.coloaudit.model.SystemDef;

/**
 * Names a host as CONTROLS.md's "Subjects" rule says: by the id of the system whose {@code hosts}
 * match one of its addresses or names, else by the inventory's host name, else by its IP (else by
 * the name the evidence gives).
 */
public final class HostNames {

  private final List<SystemDef> systems;
  private final List<InventoryHost> inventory;

  public HostNames(List<SystemDef> systems, List<InventoryHost> inventory) {
    this.systems = List.copyOf(systems);
    this.inventory = List.copyOf(inventory);
  }

  /**
   * The subject name of a host known by {@code ip} and {@code names} (either may be empty); a
   * {@code declared} name (the manifest entry's system or device) is tried first.
   */
  public String name(String declared, String ip, List<String> names) {
    if (declared != null) {
      for (SystemDef s : systems) if (s.id().equalsIgnoreCase(declared)) return s.id();
      String inv = inventoryName(declared);
      return inv != null ? inv : declared;
    }
    for (SystemDef s : systems) {
      if (s.matchesHost(ip)) return s.id();
      for (String n : names) if (s.matchesHost(n)) return s.id();
    }
    String inv = inventoryName(ip);
    for (int i = 0; inv == null && i < names.size(); i++) inv = inventoryName(names.get(i));
    if (inv != null) return inv;
    if (ip != null && !ip.isBlank()) return ip.strip();
    return names.isEmpty() ? "?" : names.get(0).strip();
  }

  /** The name of a host written in one cell (an IP, a host name or a system id), as in a register. */
  public String name(String written) {
    if (written == null) return null;
    for (SystemDef s : systems) if (s.id().equalsIgnoreCase(written.strip())) return s.id();
    return name(null, written.strip(), List.of(written.strip()));
  }

  /** The name of an inventory device, as the scope lists it. */
  public String name(InventoryHost device) {
    for (SystemDef s : systems) {
      if (s.matchesHost(device.ip()) || s.matchesHost(device.hostname())) return s.id();
    }
    return device.label();
  }

  private String inventoryName(String key) {
    if (key == null || key.isBlank()) return null;
    String k = key.strip().toLowerCase(Locale.ROOT);
    String label = k.contains(".") && !Character.isDigit(k.charAt(0)) ? k.substring(0, k.indexOf('.')) : k;
    for (InventoryHost d : inventory) {
      if (eq(d.ip(), k) || eq(d.hostname(), k) || eq(d.hostname(), label) || eq(d.device(), k) || eq(d.device(), label)) {
        return d.label();
      }
    }
    return null;
  }

  private static boolean eq(String a, String lowerB) {
    return a != null && a.strip().toLowerCase(Locale.ROOT).equals(lowerB);
  }
}
