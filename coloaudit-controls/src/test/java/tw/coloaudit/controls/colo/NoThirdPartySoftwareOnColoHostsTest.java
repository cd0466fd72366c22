package tw.coloaudit.controls.colo;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.coloaudit.controls.colo.ColoPack.failing;
import static tw.coloaudit.controls.colo.ColoPack.failureOf;

import java.util.Map;
import org.junit.jupiter.api.Test;
import tw.coloaudit.controls.Evaluation;
import tw.coloaudit.model.Subject;

class NoThirdPartySoftwareOnColoHostsTest {

  private static final String INVENTORY = """
      A01,U30,閘道,gw01.colo.example,S-GW,10.20.1.11,broker,範例證券,twse-colo,fw,2026-10-01
      A01,U28,行情,md01,S-MD,10.20.1.12,broker,範例證券,twse-tcpip,fw,2026-10-01
      A01,U26,維運,ops01,S-OPS,10.20.1.21,broker,範例證券,internal,fw,2026-10-01
      A01,U20,客戶主機,cust01,S-C1,10.20.1.61,customer,甲投資,twse-colo,fw,2026-10-01
      """;

  private static final String SOFTWARE = """
      colo-gw-1,ColoFIX,3.2,vendor,瑞達                 # pass: vendor-supplied software is fine
      10.20.1.11,甲策略,1.0,customer,甲投資               # FAIL: named colo-gw-1, the system whose hosts hold the IP
      md01,乙策略,2.0,third-party,乙顧問                 # FAIL: on twse-tcpip
      md01,乙策略,2.1,third-party,乙顧問                 # the same subject again: one finding, both lines
      md01,chrony,4.2,broker,範例證券                    # pass
      ops01,甲報表,1.0,customer,甲投資                    # skip: internal network
      cust01,甲策略,1.0,customer,甲投資                   # skip: the customer's own server
      lab01,甲策略,1.0,customer,甲投資                    # skip: not in the rack inventory
      """;

  private static ColoPack pack() {
    return new ColoPack().system("colo-gw-1", "order-gateway", true, null, "10.20.1.11", "colo-gw-1");
  }

  @Test
  void failsCustomerAndThirdPartySoftwareOnTheFirmsColocatedHosts() {
    Evaluation e = pack().inventory(INVENTORY).software(SOFTWARE).run(new NoThirdPartySoftwareOnColoHosts());

    assertThat(failing(e)).containsExactlyInAnyOrder(
        Subject.of("host", "colo-gw-1", "software", "甲策略"),
        Subject.of("host", "md01", "software", "乙策略"));
    assertThat(e.passed()).isEqualTo(2);
    assertThat(e.skipped()).isEqualTo(Map.of(
        "host_not_on_trading_network", 1, "host_not_broker_owned", 1, "host_not_in_rack_inventory", 1));
    assertThat(failureOf(e, Subject.of("host", "md01", "software", "乙策略")).evidence()).hasSize(2);
  }

  @Test
  void statesWhoSuppliedTheSoftware() {
    Evaluation e = pack().inventory(INVENTORY).software(SOFTWARE).run(new NoThirdPartySoftwareOnColoHosts());

    Evaluation.Failure f = failureOf(e, Subject.of("host", "colo-gw-1", "software", "甲策略"));
    assertThat(f.message().zh()).isEqualTo("共置主機 colo-gw-1 安裝的軟體 甲策略 由客戶 甲投資提供。");
    assertThat(f.message().en()).isEqualTo("Software 甲策略 on co-located host colo-gw-1 is supplied by a customer 甲投資.");
  }

  @Test
  void withoutARackInventoryEveryListedHostIsChecked() {
    Evaluation e = pack().software(SOFTWARE).run(new NoThirdPartySoftwareOnColoHosts());

    assertThat(failing(e)).hasSize(5);
    assertThat(e.skipped()).isEmpty();
  }

  @Test
  void judgesNothingWithoutASoftwareInventory() {
    Evaluation e = pack().inventory(INVENTORY).run(new NoThirdPartySoftwareOnColoHosts());

    assertThat(failing(e)).isEmpty();
    assertThat(e.passed()).isZero();
  }
}
