package tw.coloaudit.controls.firewall;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import tw.coloaudit.controls.Evaluation;
import tw.coloaudit.model.firewall.FirewallLogLine;
import tw.coloaudit.model.firewall.FirewallRule;

class ImportantHostsIsolatedFromInternetTest {

  private static final ImportantHostsIsolatedFromInternet CONTROL = new ImportantHostsIsolatedFromInternet();

  private static FirewallRule rule(String name, String src, String dst) {
    return new FirewallRule("colo-fw-1", name, src, dst, "tcp/443", "register", FwInput.src("rules.csv", 2));
  }

  private static FirewallLogLine accepted(String src, String dst) {
    return new FirewallLogLine("colo-fw-1", FwInput.at("2026-10-07T09:42:17"), true, src, dst, FwInput.src("fw.log", 7));
  }

  @Test
  void passesWhenOnlyPrivateSourcesReachImportantHosts() {
    Evaluation e = new FwInput().kind("firewall-rules", "firewall-log")
        .add(rule("1", "10.20.0.0/16", "10.20.1.11"), rule("2", "172.16.0.0/12", "any"), rule("3", "203.0.113.0/24", "10.20.1.51"),
            accepted("10.20.9.15", "10.20.1.11"), accepted("192.0.2.77", "10.20.1.51"))
        .run(CONTROL);
    assertThat(FwInput.failing(e)).isEmpty();
    assertThat(FwInput.missing(e)).isEmpty();
  }

  @Test
  void listsInternetRulesToImportantHostsAndAcceptedInternetConnections() {
    Evaluation e = new FwInput().kind("firewall-rules", "firewall-log")
        .add(rule("1", "any", "any"), rule("2", "198.51.100.0/24", "10.20.1.0/24"), rule("3", "10.0.0.0/7", "colo-gw-1"),
            rule("4", "!10.20.9.0/24", "10.20.1.11"),
            accepted("203.0.113.45", "10.20.1.11"), accepted("203.0.113.45", "10.20.1.11"), accepted("198.51.100.9", "colo-gw-1"))
        .run(CONTROL);
    assertThat(FwInput.failing(e)).containsExactlyInAnyOrder(
        Map.of("device", "colo-fw-1", "rule", "1"),
        Map.of("device", "colo-fw-1", "rule", "2"),
        Map.of("device", "colo-fw-1", "rule", "3"),
        Map.of("device", "colo-fw-1", "rule", "4"),
        Map.of("device", "colo-fw-1", "src", "203.0.113.45", "dst", "colo-gw-1"),
        Map.of("device", "colo-fw-1", "src", "198.51.100.9", "dst", "colo-gw-1"));
  }

  @Test
  void theEdgesOfThePrivateRangesAreExact() {
    Evaluation e = new FwInput().kind("firewall-log")
        .add(accepted("100.64.0.1", "10.20.1.11"), accepted("100.128.0.1", "10.20.1.11"), accepted("172.31.255.255", "10.20.1.11"),
            accepted("172.32.0.1", "10.20.1.11"))
        .run(CONTROL);
    assertThat(FwInput.failing(e)).containsExactlyInAnyOrder(
        Map.of("device", "colo-fw-1", "src", "100.128.0.1", "dst", "colo-gw-1"),
        Map.of("device", "colo-fw-1", "src", "172.32.0.1", "dst", "colo-gw-1"));
  }

  @Test
  void aDeclaredFirewallWithNeitherRulesNorLogsHasNoEvidence() {
    Evaluation e = new FwInput().run(CONTROL);
    assertThat(FwInput.missing(e)).containsExactly(Map.of("system", "colo-fw-1"));
    assertThat(FwInput.failing(e)).isEmpty();
  }
}
