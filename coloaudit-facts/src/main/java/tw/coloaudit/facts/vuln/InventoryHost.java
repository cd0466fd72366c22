package tw.coloaudit.facts.vuln;

import java.util.Locale;
import java.util.Set;
import tw.coloaudit.model.PartyType;
import tw.coloaudit.model.Provenance;

/**
 * A device of the rack inventory as the vulnerability controls see it: enough to decide whether
 * it is in scan scope and how to name it. The engine maps rack-inventory records to these.
 *
 * @param network {@code twse-colo}, {@code twse-tcpip}, {@code internal}, {@code none} or null
 */
public record InventoryHost(String device, String hostname, String ip, PartyType owner, String network, Provenance source) {

  /** The exchange networks whose broker-owned devices must be scanned. */
  public static final Set<String> SCANNED_NETWORKS = Set.of("twse-colo", "twse-tcpip");

  /** Broker-owned, with an IP, on the exchange's co-location or TCP/IP trading network. */
  public boolean inScanScope() {
    return owner == PartyType.BROKER
        && ip != null
        && !ip.isBlank()
        && network != null
        && SCANNED_NETWORKS.contains(network.strip().toLowerCase(Locale.ROOT));
  }

  /** How CONTROLS.md names it when no system claims it: its host name, else its IP. */
  public String label() {
    if (hostname != null && !hostname.isBlank()) return hostname.strip();
    return ip != null && !ip.isBlank() ? ip.strip() : device;
  }
}
