package tw.coloaudit.controls.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.coloaudit.controls.orders.OrderPack.failing;

import java.util.Map;
import org.junit.jupiter.api.Test;
import tw.coloaudit.controls.Evaluation;
import tw.coloaudit.model.Subject;

class OrdersForwardedInReceiptOrderTest {

  private static OrderPack pack() {
    return new OrderPack()
        .receipts("""
            A,K0001,,1111111,2026-11-18 10:00:00.000000,colo,GW1,brokerage
            B,K0002,,9000001,2026-11-18 10:00:00.000500,colo,GW1,dealer
            C,K0003,,1111111,2026-11-18 11:00:00.000000,colo,GW1,brokerage
            D,K0004,,9000001,2026-11-18 11:00:00.000100,colo,GW1,dealer
            E,K0005,,1111111,2026-11-18 11:00:00.000200,colo,GW2,brokerage
            P,,,1111111,2026-11-18 12:00:00.000000,colo,GW1,brokerage
            C1,K0006,P,1111111,,colo,GW1,brokerage
            C2,K0007,P,1111111,,colo,GW1,brokerage
            """)
        .sent("""
            A,K0001,1111111,2026-11-18 10:00:00.002000,GW1
            B,K0002,9000001,2026-11-18 10:00:00.000700,GW1   # FAIL: 1300 µs ahead of A
            C,K0003,1111111,2026-11-18 11:00:00.000900,GW1
            D,K0004,9000001,2026-11-18 11:00:00.000800,GW1   # 100 µs ahead of C: at the tolerance, passes
            E,K0005,1111111,2026-11-18 11:00:00.000300,GW2   # another gateway
            C1,K0006,1111111,2026-11-18 12:00:00.000400,GW1
            C2,K0007,1111111,2026-11-18 12:00:00.000100,GW1  # children without their own time: not ordered
            """);
  }

  @Test
  void failsOrdersSentAheadOfOrdersReceivedEarlierOnTheSameGateway() {
    Evaluation e = pack().run(new OrdersForwardedInReceiptOrder());
    assertThat(failing(e)).containsExactly(Subject.of("gateway", "GW1", "trade_date", "2026-11-18", "client_order_id", "B"));
    assertThat(e.observed().get("overtakes")).isEqualTo(Map.of("GW1", Map.of("2026-11-18", 1L)));
    assertThat(e.failures().get(0).observed()).containsEntry("overtaken_client_order_id", "A").containsEntry("ahead_us", 1300L);
  }

  @Test
  void aStricterToleranceCatchesTheOrderAtTheOldOne() {
    Evaluation e = pack().policy("fifo_tolerance_us", 99).run(new OrdersForwardedInReceiptOrder());
    assertThat(failing(e)).hasSize(2).contains(Subject.of("gateway", "GW1", "trade_date", "2026-11-18", "client_order_id", "D"));
  }

  @Test
  void passesOrdersSentInReceiptOrder() {
    Evaluation e = new OrderPack()
        .receipts("A,K1,,1,2026-11-18 10:00:00,colo,GW1,brokerage\nB,K2,,1,2026-11-18 10:00:01,colo,GW1,brokerage")
        .sent("A,K1,1,2026-11-18 10:00:00.0005,GW1\nB,K2,1,2026-11-18 10:00:01.0001,GW1")
        .run(new OrdersForwardedInReceiptOrder());
    assertThat(failing(e)).isEmpty();
    assertThat(e.passed()).isEqualTo(2);
  }

  @Test
  void checksNothingWithoutEvidence() {
    Evaluation e = new OrderPack().run(new OrdersForwardedInReceiptOrder());
    assertThat(e.passed() + e.failed()).isZero();
  }
}
