package tw.coloaudit.model.firewall;

import tw.coloaudit.model.Provenance;

/**
 * One accept rule of a firewall that counts for the rule controls (CONTROLS.md "Firewall rules"):
 * its device and name ({@code CHAIN:n} or {@code CHAIN:policy} for iptables, the register's rule
 * number otherwise), source and destination addresses as written (blank or {@code any} for
 * everything), and service (likewise).
 */
public record FirewallRule(
    String device, String rule, String src, String dst, String service, String format, Provenance source) {

  /** Whether the rule's service is any service. */
  public boolean anyService() {
    return FirewallRule.isAny(service);
  }

  /** Whether a source or destination or service cell stands for everything. */
  public static boolean isAny(String value) {
    if (value == null || value.isBlank()) return true;
    return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
      case "any", "all", "*", "0.0.0.0/0", "::/0", "0.0.0.0", "any4", "any6", "全部", "任意" -> true;
      default -> false;
    };
  }
}
