package tw.coloaudit.controls.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.coloaudit.controls.orders.OrderPack.failing;

import java.util.Map;
import org.junit.jupiter.api.Test;
import tw.coloaudit.controls.Evaluation;
import tw.coloaudit.model.Subject;

class OrderRecordsSignedOffTest {

  private static OrderPack pack() {
    return new OrderPack()
        .holiday("2026-11-16")
        .receipts("""
            R1,K1,,1,2026-11-12 09:00:00,colo,GW1,brokerage
            R2,K2,,1,2026-11-13 09:00:00,colo,GW1,brokerage
            R3,K3,,1,2026-11-17 09:00:00,colo,GW1,brokerage
            R4,K4,,1,2026-11-18 09:00:00,colo,GW1,brokerage
            R5,K5,,1,2026-11-19 09:00:00,colo,GW1,brokerage
            R6,K6,,1,2026-11-20 09:00:00,colo,GW1,brokerage
            """)
        .signoffs("""
            2026-11-12,E1,2026-11-12 13:20,E2,2026-11-12 16:00   # FAIL: clerk signed before the close
            2026-11-13,E1,2026-11-17 23:59,E2,2026-11-17 08:00   # the 16th is a holiday: the 17th is in time
            2026-11-17,E1,2026-11-17 15:00,E1,2026-11-17 15:10   # FAIL: the same person twice
            2026-11-18,E1,2026-11-18 15:00,,                     # FAIL: no supervisor signature
            """);
  }

  @Test
  void failsDaysWithMissingLateEarlyOrSelfSignedSignoffs() {
    Evaluation e = pack().run(new OrderRecordsSignedOff());
    assertThat(failing(e)).containsExactlyInAnyOrder(
        Subject.of("trade_date", "2026-11-12"), Subject.of("trade_date", "2026-11-17"),
        Subject.of("trade_date", "2026-11-18"), Subject.of("trade_date", "2026-11-19"));
    assertThat(e.passed()).isEqualTo(1);
    assertThat(e.skipped()).as("the as-of date itself is not due").isEqualTo(Map.of("deadline_after_as_of", 1));
  }

  @Test
  void aSignatureAtMidnightEndingTheNextBusinessDayIsLate() {
    Evaluation e = new OrderPack()
        .receipts("R1,K1,,1,2026-11-18 09:00:00,colo,GW1,brokerage")
        .signoffs("2026-11-18,E1,2026-11-19 23:59:59.999,E2,2026-11-20 00:00")
        .run(new OrderRecordsSignedOff());
    assertThat(failing(e)).containsExactly(Subject.of("trade_date", "2026-11-18"));
  }

  @Test
  void checksNothingWithoutEvidence() {
    Evaluation e = new OrderPack().run(new OrderRecordsSignedOff());
    assertThat(e.passed() + e.failed()).isZero();
  }
}
