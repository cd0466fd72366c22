package tw.coloaudit.controls.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.coloaudit.controls.orders.OrderPack.failing;

import org.junit.jupiter.api.Test;
import tw.coloaudit.controls.Evaluation;
import tw.coloaudit.model.Subject;

class OrderHostClocksInSyncTest {

  @Test
  void failsEachRunOfSamplesOverTheLimitAndListsGatewaysWithoutEvidence() {
    Evaluation e = new OrderPack()
        .gatewaySystem("gw1", "10.0.0.1", "gw1")
        .gatewaySystem("gw2", "10.0.0.2")
        .clock("""
            10.0.0.1,2026-11-18 09:00:00,1000        # at the limit: passes
            gw1.example.tw,2026-11-18 10:00:00,-1500 # FAIL (run 1)
            gw1,2026-11-18 11:00:00,2000             # run 1
            gw1,2026-11-18 12:00:00,10
            gw1,2026-11-18 13:00:00,1001             # FAIL (run 2)
            other,2026-11-18 13:00:00,99999          # not an order gateway
            """)
        .run(new OrderHostClocksInSync());
    assertThat(failing(e)).containsExactly(
        Subject.of("host", "gw1", "from", "2026-11-18T10:00:00+08:00", "to", "2026-11-18T11:00:00+08:00"),
        Subject.of("host", "gw1", "from", "2026-11-18T13:00:00+08:00", "to", "2026-11-18T13:00:00+08:00"));
    assertThat(e.missing()).extracting(Evaluation.Failure::subject).containsExactly(Subject.of("host", "gw2"));
    assertThat(e.passed()).isEqualTo(2);
  }

  @Test
  void passesClocksWithinTheLimit() {
    Evaluation e = new OrderPack().gatewaySystem("gw1", "10.0.0.1").clock("gw1,2026-11-18 09:00:00,-999.9")
        .run(new OrderHostClocksInSync());
    assertThat(failing(e)).isEmpty();
    assertThat(e.passed()).isEqualTo(1);
  }

  @Test
  void aGatewayWithoutEvidenceIsListedAsMissing() {
    Evaluation e = new OrderPack().gatewaySystem("gw1").run(new OrderHostClocksInSync());
    assertThat(e.missing()).hasSize(1);
    assertThat(e.passed() + e.failed()).isZero();
  }
}
