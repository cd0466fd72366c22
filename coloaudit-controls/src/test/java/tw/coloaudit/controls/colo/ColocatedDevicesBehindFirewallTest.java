package tw.coloaudit.controls.colo;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.coloaudit.controls.colo.ColoPack.failing;
import static tw.coloaudit.controls.colo.ColoPack.failureOf;

import java.util.Map;
import org.junit.jupiter.api.Test;
import tw.coloaudit.controls.Evaluation;
import tw.coloaudit.model.Subject;

class ColocatedDevicesBehindFirewallTest {

  private static final String INVENTORY = """
      A01,U41,防火牆,colo-fw-1,FGT-001,,broker,,twse-colo,COLO-FW-1,2026-10-01   # pass: a firewall may name itself
      A01,U30,閘道,gw,S-GW,10.20.1.11,broker,,twse-colo,colo-fw-1,2026-10-01    # pass: an inventory hostname
      A01,U29,行情,md,S-MD,10.20.1.12,broker,,twse-tcpip,FGT-001,2026-10-01     # pass: an inventory serial
      A01,U28,風控,risk,S-RK,10.20.1.13,broker,,twse-colo,fw-2.colo.example,2026-10-01 # pass: an FQDN of a firewall system
      A01,U27,報價,quote,S-QT,10.20.1.14,broker,,twse-colo,10.20.9.1,2026-10-01 # pass: a host of a firewall system
      A01,U26,交換器,,S-SW,,broker,,twse-colo,防火牆,2026-10-01                  # pass: an inventory device name; named by device
      A01,U20,客戶主機,cust,S-C1,10.20.1.61,customer,,twse-colo,fw-cust,2026-10-01 # FAIL: fw-cust is unknown
      A01,U19,備援,spare,S-SP,10.20.1.62,broker,,twse-tcpip,,2026-10-01         # FAIL: names no firewall
      A01,U10,維運,ops,S-OPS,10.20.1.21,broker,,internal,,2026-10-01            # skip: internal network
      A01,U11,監控,mon,S-MON,10.20.1.51,broker,,none,,2026-10-01                # skip: no network
      A01,U12,閘道,gw,S-GW2,10.20.1.11,broker,,twse-colo,x-fw,2026-10-01        # the same device name again: judged once
      """;

  private static ColoPack pack() {
    return new ColoPack()
        .system("fw-2", "firewall", true, null, "10.20.9.1")
        .system("gw-sys", "order-gateway", true, null, "10.20.1.99");
  }

  @Test
  void failsTradingNetworkDevicesWhoseFirewallIsUnknownOrMissing() {
    Evaluation e = pack().inventory(INVENTORY).run(new ColocatedDevicesBehindFirewall());

    assertThat(failing(e)).containsExactlyInAnyOrder(Subject.of("device", "cust"), Subject.of("device", "spare"));
    assertThat(e.passed()).isEqualTo(6);
    assertThat(e.skipped()).isEqualTo(Map.of("not_on_trading_network", 2));
  }

  @Test
  void statesTheFirewallItNames() {
    Evaluation e = pack().inventory(INVENTORY).run(new ColocatedDevicesBehindFirewall());

    assertThat(failureOf(e, Subject.of("device", "cust")).message().en())
        .isEqualTo("Device cust (rack A01, twse-colo) names firewall fw-cust, which is neither an inventory device nor a firewall system of the manifest.");
    assertThat(failureOf(e, Subject.of("device", "spare")).message().zh()).isEqualTo("設備 spare（機櫃 A01，twse-tcpip）未指明前端防火牆。");
  }

  @Test
  void aSystemThatIsNotAFirewallDoesNotCount() {
    Evaluation e = pack().inventory("A01,U30,閘道,gw,S-GW,10.20.1.11,broker,,twse-colo,gw-sys,2026-10-01").run(new ColocatedDevicesBehindFirewall());

    assertThat(failing(e)).containsExactly(Subject.of("device", "gw"));
  }

  @Test
  void judgesNothingWithoutARackInventory() {
    Evaluation e = pack().run(new ColocatedDevicesBehindFirewall());

    assertThat(failing(e)).isEmpty();
    assertThat(e.passed()).isZero();
  }
}
