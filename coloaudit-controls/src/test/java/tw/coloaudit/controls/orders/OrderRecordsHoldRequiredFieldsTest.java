package tw.coloaudit.controls.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.coloaudit.controls.orders.OrderPack.failing;

import org.junit.jupiter.api.Test;
import tw.coloaudit.controls.Evaluation;
import tw.coloaudit.model.Subject;

class OrderRecordsHoldRequiredFieldsTest {

  @Test
  void failsEachMissingFieldOfEachRecord() {
    Evaluation e = new OrderPack()
        .fullReceipts("""
            R1,K1,,1111111,王小明,2026-11-18 09:00:00,2330,B,1000,600,LMT,ROD,colo,GW1,,brokerage
            R2,K2,,1111111,,2026-11-18 09:00:01,2330,B,1000,600,LMT,,colo,GW1,,brokerage        # FAIL name, tif
            R3,K3,,1111111,王小明,2026-11-18 09:00:02,2330,B,1000,600,LMT,ROD,網路,GW1,,brokerage  # FAIL source_ip
            R4,K4,,1111111,王小明,2026-11-18 09:00:03,2330,B,1000,600,LMT,ROD,api,GW1,10.1.1.1,brokerage
            C1,K5,R1,1111111,王小明,,2330,B,1000,600,LMT,ROD,colo,GW1,,brokerage                 # a child needs no time
            """)
        .run(new OrderRecordsHoldRequiredFields());
    assertThat(failing(e)).containsExactlyInAnyOrder(
        Subject.of("trade_date", "2026-11-18", "client_order_id", "R2", "field", "name"),
        Subject.of("trade_date", "2026-11-18", "client_order_id", "R2", "field", "tif"),
        Subject.of("trade_date", "2026-11-18", "client_order_id", "R3", "field", "source_ip"));
    assertThat(e.passed()).isEqualTo(3);
  }

  @Test
  void passesCompleteRecords() {
    Evaluation e = new OrderPack()
        .fullReceipts("R1,K1,,1111111,王小明,2026-11-18 09:00:00,2330,B,1000,,MKT,IOC,phone,GW1,,brokerage")
        .run(new OrderRecordsHoldRequiredFields());
    assertThat(failing(e)).isEmpty();
    assertThat(e.passed()).isEqualTo(1);
  }

  @Test
  void checksNothingWithoutEvidence() {
    assertThat(new OrderPack().run(new OrderRecordsHoldRequiredFields()).passed()).isZero();
  }
}
