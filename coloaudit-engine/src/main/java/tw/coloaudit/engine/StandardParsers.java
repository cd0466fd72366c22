package tw.coloaudit.engine;

import java.util.ArrayList;
import java.util.List;
import tw.coloaudit.evidence.account.AccountParsers;
import tw.coloaudit.evidence.colo.NmapXmlDiscoveryParser;
import tw.coloaudit.evidence.register.RegisterParser;
import tw.coloaudit.evidence.register.WindowsAccountCsvParser;
import tw.coloaudit.evidence.spi.EvidenceParser;

/** Every parser of the tool, in the order their probes are tried: native formats before registers. */
final class StandardParsers {

  private StandardParsers() {}

  static List<EvidenceParser> all() {
    List<EvidenceParser> all = new ArrayList<>(AccountParsers.all());
    all.addAll(tw.coloaudit.evidence.firewall.FirewallParsers.all());
    all.addAll(tw.coloaudit.evidence.log.LogParsers.all());
    all.addAll(tw.coloaudit.evidence.orders.OrderParsers.all());
    all.add(new WindowsAccountCsvParser());
    all.add(new NmapXmlDiscoveryParser());
    all.addAll(tw.coloaudit.evidence.vuln.VulnParsers.all());
    all.add(RegisterParser.csv());
    all.add(RegisterParser.xlsx());
    return all;
  }
}
