package tw.coloaudit.controls.colo;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.coloaudit.controls.colo.ColoPack.failing;
import static tw.coloaudit.controls.colo.ColoPack.failureOf;

import java.util.Map;
import org.junit.jupiter.api.Test;
import tw.coloaudit.controls.Evaluation;
import tw.coloaudit.model.Subject;

class RackInventoryMatchesDiscoveryTest {

  private static final String INVENTORY = """
      A01,U30,閘道,gw,S-GW,10.20.1.11,broker,,twse-colo,fw,2026-10-01
      A01,U28,行情,md,S-MD,10.20.1.12,broker,,twse-colo,fw,2026-10-01      # FAIL serial S-MD: never seen
      A01,U26,資料庫,db,S-DB,10.20.1.41,broker,,internal,fw,2026-10-01     # pass: seen by serial at another IP
      A01,U40,交換器,sw,S-SW,,broker,,twse-colo,fw,2026-10-01              # skip: no IP
      A01,U10,舊主機,old,S-OLD,10.20.1.99,broker,,twse-colo,fw,2026-04-01  # not current: never judged
      """;

  private static final String DISCOVERY = """
      10.20.1.11,94:40:C9:3A:11:0B,gw.colo.example,,2026-11-05T10:00:03
      10.20.1.11,94:40:C9:3A:11:0B,gw.colo.example,,2026-11-12T10:00:03   # the same IP again
      10.20.1.77,3C:EC:EF:41:9A:70,,,2026-11-05T10:00:05                 # FAIL ip 10.20.1.77: not declared
      10.20.1.42,,,s-db,2026-11-05T10:00:06                              # pass: its serial is declared
      10.20.1.99,,old.colo.example,,2026-11-05T10:00:07                  # FAIL ip 10.20.1.99: only in an old inventory
      """;

  @Test
  void failsDevicesSeenButNotDeclaredAndDeclaredButNeverSeen() {
    Evaluation e = new ColoPack().inventory(INVENTORY).discovery(DISCOVERY).run(new RackInventoryMatchesDiscovery());

    assertThat(failing(e)).containsExactlyInAnyOrder(
        Subject.of("ip", "10.20.1.77"), Subject.of("ip", "10.20.1.99"), Subject.of("serial", "S-MD"));
    assertThat(e.passed()).isEqualTo(4);
    assertThat(e.skipped()).isEqualTo(Map.of("no_ip", 1));
    assertThat(e.observed()).containsEntry("discovered", 4);
  }

  @Test
  void statesWhatWasSeenAndWhatWasNot() {
    Evaluation e = new ColoPack().inventory(INVENTORY).discovery(DISCOVERY).run(new RackInventoryMatchesDiscovery());

    assertThat(failureOf(e, Subject.of("ip", "10.20.1.99")).message().en())
        .isEqualTo("Discovery saw IP 10.20.1.99 (old.colo.example), which the rack inventory does not declare.");
    assertThat(failureOf(e, Subject.of("serial", "S-MD")).message().zh())
        .isEqualTo("機櫃 A01 的設備 行情（序號 S-MD，IP 10.20.1.12）從未出現在偵測結果中。");
    assertThat(failureOf(e, Subject.of("ip", "10.20.1.77")).observed()).containsEntry("seen_at", "2026-11-05T10:00:05+08:00");
  }

  @Test
  void anEmptyDiscoveryFileLeavesEveryDeclaredIpUnseen() {
    Evaluation e = new ColoPack().inventory(INVENTORY).kind("rack-discovery").run(new RackInventoryMatchesDiscovery());

    assertThat(failing(e)).containsExactlyInAnyOrder(
        Subject.of("serial", "S-GW"), Subject.of("serial", "S-MD"), Subject.of("serial", "S-DB"));
  }

  @Test
  void judgesNothingWhenEitherSideIsMissing() {
    Evaluation noDiscovery = new ColoPack().inventory(INVENTORY).run(new RackInventoryMatchesDiscovery());
    Evaluation noInventory = new ColoPack().discovery(DISCOVERY).run(new RackInventoryMatchesDiscovery());

    assertThat(failing(noDiscovery)).isEmpty();
    assertThat(noDiscovery.passed()).isZero();
    assertThat(failing(noInventory)).isEmpty();
    assertThat(noInventory.passed()).isZero();
  }
}
