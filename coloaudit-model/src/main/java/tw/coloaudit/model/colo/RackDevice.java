package tw.coloaudit.model.colo;

import java.time.LocalDate;
import java.util.Locale;
import tw.coloaudit.model.PartyType;
import tw.coloaudit.model.Provenance;

/**
 * One row of the {@code rack-inventory} register (機櫃設備清冊): a device in a co-location rack.
 * {@code network} is lower case ({@code twse-colo}, {@code twse-tcpip}, {@code internal},
 * {@code none}, or whatever else the row says); null means the row did not say.
 */
public record RackDevice(
    String rack,
    String unit,
    String device,
    String hostname,
    String serial,
    String ip,
    PartyType owner,
    String ownerName,
    String network,
    String firewall,
    LocalDate inventoriedOn,
    Provenance source) {

  /** The exchange's co-location network. */
  public static final String TWSE_COLO = "twse-colo";

  /** The exchange's TCP/IP trading network. */
  public static final String TWSE_TCPIP = "twse-tcpip";

  /** Whether the device sits on the exchange's co-location or TCP/IP trading network. */
  public boolean onTradingNetwork() {
    return TWSE_COLO.equals(network) || TWSE_TCPIP.equals(network);
  }

  /** Whether the firm itself owns the device (本公司). */
  public boolean brokerOwned() {
    return owner == PartyType.BROKER;
  }

  /** The name a finding gives the device: its hostname, else its device name. */
  public String name() {
    return hostname != null ? hostname : device;
  }

  /** The serial as compared: trimmed, upper case. */
  public String serialKey() {
    return serial == null ? null : serial.strip().toUpperCase(Locale.ROOT);
  }
}
