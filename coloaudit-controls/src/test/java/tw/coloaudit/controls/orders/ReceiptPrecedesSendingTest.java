package tw.coloaudit.controls.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.coloaudit.controls.orders.OrderPack.failing;
import static tw.coloaudit.controls.orders.OrderPack.failureOf;

import org.junit.jupiter.api.Test;
import tw.coloaudit.controls.Evaluation;
import tw.coloaudit.model.Subject;

class ReceiptPrecedesSendingTest {

  private static OrderPack pack() {
    return new OrderPack()
        .receipts("""
            R1,K0001,,1111111,2026-11-18 09:00:00.000300,colo,GW1,brokerage
            R2,K0002,,1111111,2026-11-18 09:00:01.000000,colo,GW1,dealer
            R3,K0003,,1111111,2026-11-18 09:00:02.000000123,colo,GW1,dealer
            """)
        .sent("""
            R1,K0001,1111111,2026-11-18 09:00:00.000100,GW1      # FAIL: 200 µs after sending
            R2,K0002,1111111,2026-11-18 09:00:01.000000,GW1      # equal: passes
            R3,K0003,1111111,2026-11-18 09:00:02.000000,GW1      # 123 ns late: FAIL at tolerance 0
            """);
  }

  @Test
  void failsOrdersReceivedAfterTheyWereSent() {
    Evaluation e = pack().run(new ReceiptPrecedesSending());
    assertThat(failing(e)).containsExactlyInAnyOrder(
        Subject.of("trade_date", "2026-11-18", "client_order_id", "R1"),
        Subject.of("trade_date", "2026-11-18", "client_order_id", "R3"));
    assertThat(e.passed()).isEqualTo(1);
    assertThat(failureOf(e, Subject.of("trade_date", "2026-11-18", "client_order_id", "R1")).message().en())
        .isEqualTo("Order R1 (2026-11-18) was received 200 µs after it was sent.");
  }

  @Test
  void aLatenessEqualToTheTolerancePasses() {
    Evaluation e = pack().policy("clock_tolerance_us", 200).run(new ReceiptPrecedesSending());
    assertThat(failing(e)).isEmpty();
  }

  @Test
  void checksNothingWithoutEvidence() {
    Evaluation e = new OrderPack().run(new ReceiptPrecedesSending());
    assertThat(e.passed() + e.failed()).isZero();
  }
}
