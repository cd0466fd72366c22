package tw.coloaudit.controls.colo;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.coloaudit.controls.colo.ColoPack.failing;
import static tw.coloaudit.controls.colo.ColoPack.failureOf;

import org.junit.jupiter.api.Test;
import tw.coloaudit.controls.Evaluation;
import tw.coloaudit.model.Subject;

class NoThirdPartyEquipmentInRacksTest {

  private static final String INVENTORY = """
      A01,U30,閘道,gw,S-GW,10.0.0.1,broker,範例證券,twse-colo,fw,2026-10-01
      A01,U20,客戶主機,c1,S-C1,10.0.0.2,customer,甲投資,twse-colo,fw,2026-10-01     # FAIL: no approval for A01
      A01,U18,廠商設備,v1,S-V1,10.0.0.3,vendor,乙科技,internal,fw,2026-10-01         # FAIL: vendors are third parties too
      A02,U10,共用主機,c2,S-C2,10.0.1.2,customer,丙資本,twse-colo,fw,2026-10-01      # pass: approved co-user of A02
      A02,U12,共用主機,c3,S-C3,10.0.1.3,customer,甲投資,twse-colo,fw,2026-10-01      # FAIL: A02's approval names 丙資本
      A03,U05,期貨主機,f1,S-F1,10.0.2.2,affiliate,範例期貨,twse-colo,fw,2026-10-01   # FAIL: approval dated after the as-of date
      A01,U15,舊主機,old,S-OLD,10.0.0.9,customer,甲投資,twse-colo,fw,2026-04-01     # not current: A01's latest inventory is 2026-10-01
      """;

  private static final String APPROVALS = """
      a02,丙資本 ,2024-05-20,臺證交字第1130009876號
      A03,範例期貨,2026-11-21,臺證交字第1150000001號
      """;

  @Test
  void failsThirdPartyDevicesThatNoSharedCabinetApprovalCovers() {
    Evaluation e = new ColoPack().inventory(INVENTORY).approvals(APPROVALS).run(new NoThirdPartyEquipmentInRacks());

    assertThat(failing(e)).containsExactlyInAnyOrder(
        Subject.of("rack", "A01", "serial", "S-C1"),
        Subject.of("rack", "A01", "serial", "S-V1"),
        Subject.of("rack", "A02", "serial", "S-C3"),
        Subject.of("rack", "A03", "serial", "S-F1"));
    assertThat(e.passed()).isEqualTo(2);
    assertThat(e.observed()).containsEntry("shared_cabinet_covered", 1);
  }

  @Test
  void namesTheRackTheOwnerAndTheDevice() {
    Evaluation e = new ColoPack().inventory(INVENTORY).approvals(APPROVALS).run(new NoThirdPartyEquipmentInRacks());

    Evaluation.Failure f = failureOf(e, Subject.of("rack", "A01", "serial", "S-C1"));
    assertThat(f.message().zh()).isEqualTo("機櫃 A01 的設備 客戶主機（序號 S-C1）屬於客戶 甲投資，且無涵蓋該機櫃與所有權人的共用機櫃核准。");
    assertThat(f.message().en())
        .isEqualTo("Device 客戶主機 (serial S-C1) in rack A01 belongs to a customer 甲投資, and no shared-cabinet approval covers that rack and owner.");
    assertThat(f.evidence()).extracting(p -> p.line()).containsExactly(2);
  }

  @Test
  void anApprovalOnTheAsOfDateCovers() {
    Evaluation e = new ColoPack()
        .inventory("A03,U05,期貨主機,f1,S-F1,10.0.2.2,affiliate,範例期貨,twse-colo,fw,2026-10-01")
        .approvals("A03,範例期貨,2026-11-20,")
        .run(new NoThirdPartyEquipmentInRacks());

    assertThat(failing(e)).isEmpty();
    assertThat(e.passed()).isEqualTo(1);
  }

  @Test
  void judgesNothingWithoutARackInventory() {
    Evaluation e = new ColoPack().approvals(APPROVALS).run(new NoThirdPartyEquipmentInRacks());

    assertThat(failing(e)).isEmpty();
    assertThat(e.passed()).isZero();
  }
}
