package tw.coloaudit.model.colo;

import java.time.Instant;
import tw.coloaudit.model.Provenance;

/**
 * A device a discovery scan saw on the network: one {@code rack-discovery} register row or one
 * up {@code <host>} of an nmap XML report. Null means the source did not say.
 */
public record DiscoveredDevice(String ip, String mac, String hostname, String serial, Instant seenAt, Provenance source) {}
