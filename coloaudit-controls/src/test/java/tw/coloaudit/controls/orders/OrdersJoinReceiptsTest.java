package tw.coloaudit.controls.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.coloaudit.controls.orders.OrderPack.failing;

import org.junit.jupiter.api.Test;
import tw.coloaudit.controls.Evaluation;
import tw.coloaudit.model.Subject;

class OrdersJoinReceiptsTest {

  private static final String RECEIPTS = """
      R1,K0001,,1111111,2026-11-18 09:00:00.000100,colo,GW1,brokerage
      R2,K0002,,1111111,2026-11-17 20:15:00,colo,GW1,brokerage      # the evening before: joined across days
      Q3,K0003,,2222222,2026-11-18 09:00:01,colo,GW1,brokerage      # another id: joined on order number + account
      P1,,,1111111,2026-11-18 09:30:00,colo,GW1,brokerage           # a parent needs no exchange order
      C1,K0004,P1,1111111,,colo,GW1,brokerage                       # child: takes P1's time
      C2,K0005,P9,1111111,,colo,GW1,brokerage                       # FAIL: child of an unknown parent, no time
      """;

  private static final String SENT = """
      R1,K0001,1111111,2026-11-18 09:00:00.000500,GW1
      R2,K0002,1111111,2026-11-18 09:00:00.000000,GW1
      X9,K0003,2222222,2026-11-18 09:00:01.000400,GW1
      C1,K0004,1111111,2026-11-18 09:30:00.000400,GW1
      C2,K0005,1111111,2026-11-18 09:30:00.000500,GW1
      Z1,K0099,3333333,2026-11-18 10:00:00,GW1                     # FAIL: no receipt
      """;

  @Test
  void failsOrdersWithoutAReceiptOrAReceiptTime() {
    Evaluation e = new OrderPack().receipts(RECEIPTS).sent(SENT).run(new OrdersJoinReceipts());

    assertThat(failing(e)).containsExactlyInAnyOrder(
        Subject.of("trade_date", "2026-11-18", "client_order_id", "Z1"),
        Subject.of("trade_date", "2026-11-18", "client_order_id", "C2"));
    assertThat(e.passed()).isEqualTo(4);
    assertThat(e.failures().get(0).evidence()).isNotEmpty();
  }

  @Test
  void passesWhenEveryOrderJoins() {
    Evaluation e = new OrderPack().receipts("R1,K0001,,1111111,2026-11-18 09:00:00,colo,GW1,brokerage")
        .sent("R1,K0001,1111111,2026-11-18 09:00:00.0003,GW1").run(new OrdersJoinReceipts());
    assertThat(failing(e)).isEmpty();
    assertThat(e.passed()).isEqualTo(1);
  }

  @Test
  void checksNothingWithoutEvidence() {
    Evaluation e = new OrderPack().run(new OrdersJoinReceipts());
    assertThat(e.passed() + e.failed()).isZero();
  }

  @Test
  void aReceiptDueSevenDaysBeforeStillJoinsButNotLater() {
    Evaluation e = new OrderPack()
        .receipts("""
            R1,K0001,,1111111,2026-11-11 09:00:00,colo,GW1,brokerage   # 7 days before: joined
            R2,K0002,,1111111,2026-11-09 09:00:00,colo,GW1,brokerage   # 9 days before: too old to wait for
            """)
        .sent("""
            R1,K0001,1111111,2026-11-18 09:00:00,GW1
            R2,K0009,1111111,2026-11-18 09:00:01,GW1   # FAIL
            """)
        .run(new OrdersJoinReceipts());
    assertThat(failing(e)).containsExactly(Subject.of("trade_date", "2026-11-18", "client_order_id", "R2"));
  }

  @Test
  void namesDuplicateClientOrderIdsAndDaysWithoutExchangeOrdersInObserved() {
    Evaluation e = new OrderPack()
        .receipts("""
            R1,K0001,,1111111,2026-11-18 09:00:00,colo,GW1,brokerage
            R1,K0002,,1111111,2026-11-18 09:00:01,colo,GW1,brokerage
            R3,K0003,,1111111,2026-11-17 09:00:01,colo,GW1,brokerage
            """)
        .sent("R1,K0001,1111111,2026-11-18 09:00:00.0003,GW1")
        .run(new OrdersJoinReceipts());
    assertThat((java.util.List<?>) e.observed().get("input_issues")).hasSize(2).anySatisfy(i ->
        assertThat(i.toString()).startsWith("receipts.csv:2 duplicate client_order_id R1"))
        .anySatisfy(i -> assertThat(i.toString()).contains("2026-11-17 has receipts but no exchange orders"));
  }
}
