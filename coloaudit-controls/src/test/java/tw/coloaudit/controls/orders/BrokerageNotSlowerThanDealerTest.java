package tw.coloaudit.controls.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.coloaudit.controls.orders.OrderPack.failing;

import java.util.Map;
import org.junit.jupiter.api.Test;
import tw.coloaudit.controls.Evaluation;
import tw.coloaudit.model.Subject;

class BrokerageNotSlowerThanDealerTest {

  /** Brokerage takes {@code brokerageUs}, dealer 300 µs, on GW1 on the 18th; GW2 has brokerage only. */
  private static OrderPack pack(int brokerageUs) {
    String late = String.format("%06d", brokerageUs);
    return new OrderPack()
        .receipts("""
            B1,K1,,1111111,2026-11-18 09:00:00,colo,GW1,brokerage
            B2,K2,,1111111,2026-11-18 09:00:01,colo,GW1,brokerage
            D1,K3,,9000001,2026-11-18 09:00:02,colo,GW1,dealer
            D2,K4,,9000001,2026-11-18 09:00:03,colo,GW1,dealer
            O1,K5,,1111111,2026-11-18 09:00:04,colo,GW2,brokerage
            """)
        .sent("B1,K1,1111111,2026-11-18 09:00:00." + late + ",GW1\n"
            + "B2,K2,1111111,2026-11-18 09:00:01." + late + ",GW1\n"
            + "D1,K3,9000001,2026-11-18 09:00:02.000300,GW1\n"
            + "D2,K4,9000001,2026-11-18 09:00:03.000300,GW1\n"
            + "O1,K5,1111111,2026-11-18 09:00:04.009000,GW2\n");
  }

  @Test
  void failsAGatewayDayWhereBrokerageIsSlowerThanDealerBeyondTheTolerance() {
    Evaluation e = pack(3000).run(new BrokerageNotSlowerThanDealer());
    assertThat(failing(e)).containsExactly(Subject.of("gateway", "GW1", "trade_date", "2026-11-18"));
    assertThat(e.skipped()).isEqualTo(Map.of("one_desk_only", 1));
    @SuppressWarnings("unchecked")
    var latency = (Map<String, Map<String, Map<String, Map<String, Object>>>>) e.observed().get("latency");
    assertThat(latency.get("GW1").get("2026-11-18").get("brokerage")).containsEntry("p50_us", 3000L).containsEntry("count", 2L);
    assertThat(latency.get("GW1").get("2026-11-18").get("dealer")).containsEntry("p99_us", 300L);
  }

  @Test
  void aDifferenceEqualToTheTolerancePasses() {
    Evaluation e = pack(1300).run(new BrokerageNotSlowerThanDealer());
    assertThat(failing(e)).isEmpty();
    assertThat(e.passed()).isEqualTo(1);
  }

  @Test
  void checksNothingWithoutEvidence() {
    Evaluation e = new OrderPack().run(new BrokerageNotSlowerThanDealer());
    assertThat(e.passed() + e.failed()).isZero();
  }
}
