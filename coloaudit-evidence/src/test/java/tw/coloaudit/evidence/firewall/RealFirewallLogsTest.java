package tw.coloaudit.evidence.firewall;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import tw.coloaudit.evidence.spi.EvidenceParser;
import tw.coloaudit.model.firewall.FirewallLogLine;

/** Every firewall log of ../shared/realdata/firewall, read in place, with golden counts. */
class RealFirewallLogsTest {

  /** used/skipped/rejected, accepted lines, devices, first and last instant. */
  private static final Map<String, String> GOLDEN = new TreeMap<>(Map.of(
      "cisco-asa/apache-metron_asa_raw.log",
      "cisco-asa used=128 skipped=0 rejected=0 accepted=29 with-addresses=29 devices=[10.22.8.12, 10.22.8.201, 10.22.8.212, 10.22.8.216, 10.22.8.33, 10.22.8.4, 10.22.8.41, apache-metron_asa_raw] first=2016-08-04T17:02:25Z last=2026-01-05T12:22:35Z",
      "fortigate/crowdsec-hub_fortinet-vpn-bf.log",
      "fortigate used=9 skipped=0 rejected=0 accepted=0 with-addresses=0 devices=[crowdsec-hub_fortinet-vpn-bf] first=2024-10-14T20:46:40Z last=2024-10-14T20:46:53Z",
      "iptables/crowdsec-hub_iptables-logs.log",
      "iptables-log used=3 skipped=0 rejected=1 accepted=0 with-addresses=0 devices=[sd-126005, ubuntu-focal] first=2026-06-08T06:34:33Z last=2026-09-27T12:56:38Z",
      "iptables/crowdsec-hub_iptables-scan-multi-port.log",
      "iptables-log used=49 skipped=0 rejected=0 accepted=0 with-addresses=0 devices=[scw-d95986, vm-1] first=2026-09-30T02:09:23Z last=2026-10-30T02:09:23Z",
      "paloalto/apache-metron_PaloaltoOutput_traffic_threat.log",
      "panos used=100 skipped=0 rejected=0 accepted=48 with-addresses=48 devices=[NTOR1FWPAN1, PAN1, PAN1.exampleCustomer.com] first=2015-01-04T18:16:00Z last=2015-01-05T05:45:23Z",
      "paloalto/crowdsec-hub_palo-alto-threat.log",
      "panos used=2 skipped=0 rejected=0 accepted=0 with-addresses=0 devices=[paloalto.test.host] first=2023-07-05T06:14:33Z last=2023-07-06T00:11:40Z",
      "pfsense/crowdsec-hub_pf-logs.log",
      "pfsense-filterlog used=9 skipped=0 rejected=0 accepted=3 with-addresses=3 devices=[opnsense, pfSense] first=2022-09-06T16:37:34Z last=2026-09-28T02:38:41Z",
      "pfsense/crowdsec-hub_pfsense-rfc5424-filterlog.log",
      "pfsense-filterlog used=4 skipped=0 rejected=0 accepted=0 with-addresses=0 devices=[firewall.lan] first=2025-11-06T11:32:42.868451Z last=2025-11-06T11:47:38.269437Z"));

  private static Path folder() {
    String realdata = System.getProperty("coloaudit.realdata", "../../shared/realdata");
    Path dir = Path.of(realdata, "firewall");
    Assumptions.assumeTrue(Files.isDirectory(dir), dir + " not found: skipping the real firewall files");
    return dir;
  }

  @Test
  void everyRealFirewallLogIsReadByTheParserItsProbeChoosesWithGoldenCounts() throws IOException {
    Path dir = folder();
    List<Path> files;
    try (Stream<Path> s = Files.walk(dir)) {
      files = s.filter(Files::isRegularFile).sorted().toList();
    }
    Map<String, String> actual = new TreeMap<>();
    for (Path f : files) {
      BytesInput input = BytesInput.read(f);
      EvidenceParser parser = FirewallParsers.all().stream()
          .filter(p -> p.kinds().contains("firewall-log"))
          .filter(p -> {
            try {
              return p.probe(input.sample());
            } catch (IOException e) {
              throw new IllegalStateException(e);
            }
          })
          .findFirst().orElseThrow(() -> new AssertionError("no parser for " + f));
      FwContext ctx = new FwContext(f.toString(), null);
      parser.parse(input, ctx);
      List<FirewallLogLine> lines = ctx.records(FirewallLogLine.class);
      String summary = parser.format() + " used=" + ctx.count("used") + " skipped=" + ctx.count("skipped") + " rejected="
          + ctx.count("rejected") + " accepted=" + lines.stream().filter(FirewallLogLine::accepted).count()
          + " with-addresses=" + lines.stream().filter(l -> l.src() != null).count()
          + " devices=" + lines.stream().map(FirewallLogLine::device).distinct().sorted().toList()
          + " first=" + lines.stream().map(FirewallLogLine::time).min(java.util.Comparator.naturalOrder()).orElse(null)
          + " last=" + lines.stream().map(FirewallLogLine::time).max(java.util.Comparator.naturalOrder()).orElse(null);
      actual.put(dir.relativize(f).toString().replace('\\', '/'), summary);
      assertThat(ctx.count("used") + ctx.count("skipped") + ctx.count("rejected"))
          .as(f + " lines").isEqualTo(Files.readAllLines(f).stream().filter(l -> !l.isBlank()).count());
    }
    assertThat(actual).isEqualTo(GOLDEN);
  }
}
