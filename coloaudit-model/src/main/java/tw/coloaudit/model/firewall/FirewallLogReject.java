package tw.coloaudit.model.firewall;

import java.time.Instant;

/**
 * A firewall log line that could not be read, counted against its device in the hour of the
 * last readable line before it ({@code near}; null when there was none yet).
 */
public record FirewallLogReject(String device, Instant near) {}
