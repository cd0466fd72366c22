package tw.coloaudit.model.firewall;

import java.time.Instant;
import tw.coloaudit.model.Provenance;
import tw.coloaudit.model.Timestamped;

/**
 * One timestamped line of a firewall log. {@code accepted} is true when the line records a
 * connection the firewall let through (per format, as CONTROLS.md's NET-ISOLATION row defines it);
 * {@code src} and {@code dst} are set only for such lines. Folded into facts, never kept.
 */
public record FirewallLogLine(
    String device, Instant time, boolean accepted, String src, String dst, Provenance source) implements Timestamped {}
