package tw.coloaudit.controls.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.coloaudit.controls.orders.OrderPack.failing;

import org.junit.jupiter.api.Test;
import tw.coloaudit.controls.Evaluation;
import tw.coloaudit.model.Subject;

class OrderNumbersFollowReceiptOrderTest {

  @Test
  void failsDuplicatesAndNumbersLowerThanOnesReceivedEarlierInTheirRange() {
    Evaluation e = new OrderPack()
        .receipts("""
            R1,K0001,,1,2026-11-18 09:00:00,colo,GW1,brokerage
            R2,K0003,,1,2026-11-18 09:00:01,colo,GW1,brokerage
            R3,K0002,,1,2026-11-18 09:00:02,colo,GW1,brokerage   # FAIL: lower than K0003
            R4,A0001,,1,2026-11-18 09:00:03,colo,GW1,brokerage   # another range
            R5,K0004,,1,2026-11-18 09:00:04,colo,GW1,brokerage
            R6,K0004,,1,2026-11-18 09:00:05,colo,GW1,brokerage   # FAIL: duplicate
            R7,K0004,,1,2026-11-17 09:00:05,colo,GW1,brokerage   # another day
            """)
        .run(new OrderNumbersFollowReceiptOrder());
    assertThat(failing(e)).containsExactlyInAnyOrder(
        Subject.of("trade_date", "2026-11-18", "order_no", "K0002"),
        Subject.of("trade_date", "2026-11-18", "order_no", "K0004"));
  }

  @Test
  void equalTimesKeepFileOrderAndPass() {
    Evaluation e = new OrderPack()
        .receipts("""
            R1,K0009,,1,2026-11-18 09:00:00,colo,GW1,brokerage
            R2,K0010,,1,2026-11-18 09:00:00,colo,GW1,brokerage
            """)
        .run(new OrderNumbersFollowReceiptOrder());
    assertThat(failing(e)).isEmpty();
    assertThat(e.passed()).isEqualTo(1);
  }

  @Test
  void checksNothingWithoutEvidence() {
    assertThat(new OrderPack().run(new OrderNumbersFollowReceiptOrder()).passed()).isZero();
  }
}
