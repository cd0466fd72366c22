package tw.coloaudit.evidence.firewall;

import java.util.List;
import tw.coloaudit.evidence.spi.EvidenceParser;

/** The native firewall parsers: logs of five families, iptables-save rules, backup copies. */
public final class FirewallParsers {

  private FirewallParsers() {}

  /** Every parser of this package, the most distinctive probes first. */
  public static List<EvidenceParser> all() {
    return List.of(
        new FortiGateLogParser(),
        new PanOsLogParser(),
        new CiscoAsaLogParser(),
        new PfSenseFilterlogParser(),
        new IptablesLogParser(),
        new IptablesSaveRulesParser(),
        new FirewallLogBackupCopyParser());
  }
}
