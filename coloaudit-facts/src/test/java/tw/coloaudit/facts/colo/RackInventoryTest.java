package tw.coloaudit.facts.colo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tw.coloaudit.model.PartyType;
import tw.coloaudit.model.Provenance;
import tw.coloaudit.model.SystemDef;
import tw.coloaudit.model.colo.RackDevice;

class RackInventoryTest {

  private static RackDevice row(String rack, String host, String serial, String ip, String date, int line) {
    return new RackDevice(rack, null, "設備", host, serial, ip, PartyType.BROKER, null, "twse-colo", null,
        date == null ? null : LocalDate.parse(date), Provenance.line("rack.csv", line));
  }

  private static final List<RackDevice> ROWS = List.of(
      row("A01", "gw01.colo.example", "S1", "10.20.1.11", "2025-10-30", 1),
      row("A01", "gw01.colo.example", "S1", "10.20.1.11", "2026-04-30", 2),
      row("A01", "old", "S9", "10.20.1.99", "2025-10-30", 3),
      row("a01 ", "md01", "S2", "10.20.1.12", "2026-04-30", 4),
      row("A02", "hd01", "S3", "10.20.2.21", "2026-04-28", 5),
      row("A02", "spare", "S4", null, null, 6));

  @Test
  void currentDevicesAreEachRacksLatestInventoryAndUndatedRows() {
    RackInventory inv = RackInventory.of(ROWS);

    assertThat(inv.current()).extracting(d -> d.source().line()).containsExactly(2, 4, 5, 6);
    assertThat(inv.dates()).containsExactly(LocalDate.of(2025, 10, 30), LocalDate.of(2026, 4, 28), LocalDate.of(2026, 4, 30));
    assertThat(inv.all()).hasSize(6);
  }

  @Test
  void findsADeviceByIpHostnameFirstLabelOrSerial() {
    RackInventory inv = RackInventory.of(ROWS);

    assertThat(inv.find("10.20.1.12").map(RackDevice::serial)).contains("S2");
    assertThat(inv.find("GW01")).map(RackDevice::serial).contains("S1");
    assertThat(inv.find("md01.colo.example")).map(RackDevice::serial).contains("S2");
    assertThat(inv.find("s4")).map(RackDevice::hostname).contains("spare");
    assertThat(inv.find("old")).isEmpty();
    assertThat(inv.find("10.20.1")).isEmpty();
  }

  @Test
  void namesAHostByItsSystemThenItsInventoryHostnameThenItsIp() {
    RackInventory inv = RackInventory.of(ROWS);
    List<SystemDef> systems = List.of(new SystemDef("colo-gw-1", "閘道", "order-gateway", true, List.of("10.20.1.11"), null, null));

    assertThat(inv.hostName("gw01", systems)).isEqualTo("colo-gw-1");
    assertThat(inv.hostName("10.20.1.12", systems)).isEqualTo("md01");
    assertThat(RackInventory.hostName(row("A03", null, "S5", "10.20.3.3", null, 7), systems)).isEqualTo("10.20.3.3");
    assertThat(inv.hostName("lab01", systems)).isEqualTo("lab01");
  }
}
