package tw.coloaudit.controls.colo;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.coloaudit.controls.colo.ColoPack.failing;
import static tw.coloaudit.controls.colo.ColoPack.failureOf;

import org.junit.jupiter.api.Test;
import tw.coloaudit.controls.Evaluation;
import tw.coloaudit.model.Subject;

class EquipmentMovesHaveApplicationsTest {

  private static final String INVENTORY = """
      A01,U30,閘道,gw,S-GW,,broker,,twse-colo,fw,2026-10-01    # pass: moved in with an application
      A01,U28,行情,md,S-MD,,broker,,twse-colo,fw,2026-10-01    # FAIL: no move-in at all
      A01,U26,交換器,sw,S-SW,,broker,,twse-colo,fw,2026-10-01  # FAIL: moved in without an application
      A01,U24,監控,mon,s-mon,,broker,,internal,fw,2026-10-01   # pass: the move-in names it in another case
      A01,U22,新主機,new,S-NEW,,broker,,internal,fw,2026-10-01 # FAIL: its move-in is dated after the as-of date
      """;

  private static final String MOVES = """
      2023-07-20,in,S-GW,閘道,CL-2023-0712
      2023-07-20,in,S-MON,監控,CL-2023-0712
      2025-02-10,in,S-SW,交換器,
      2025-02-10,out,S-OLD,舊交換器,                 # FAIL: moved out without an application
      2025-03-01,out,S-OLD2,舊主機,CL-2025-0030       # pass
      2026-11-21,in,S-NEW,新主機,CL-2026-0190
      """;

  @Test
  void failsMovesWithoutApplicationsAndDevicesThatNeverMovedIn() {
    Evaluation e = new ColoPack().inventory(INVENTORY).moves(MOVES).run(new EquipmentMovesHaveApplications());

    assertThat(failing(e)).containsExactlyInAnyOrder(
        Subject.of("serial", "S-MD"), Subject.of("serial", "S-SW"), Subject.of("serial", "S-OLD"), Subject.of("serial", "S-NEW"));
    assertThat(e.passed()).isEqualTo(3);
  }

  @Test
  void statesWhatIsMissingForTheSerial() {
    Evaluation e = new ColoPack().inventory(INVENTORY).moves(MOVES).run(new EquipmentMovesHaveApplications());

    assertThat(failureOf(e, Subject.of("serial", "S-SW")).message().en())
        .isEqualTo("Serial S-SW: 1 move has no application number (2025-02-10 in).");
    assertThat(failureOf(e, Subject.of("serial", "S-MD")).message().zh()).isEqualTo("序號 S-MD：設備 行情 列於機櫃 A01，但無移入紀錄。");
  }

  @Test
  void aMoveInOnTheAsOfDateCounts() {
    Evaluation e = new ColoPack()
        .inventory("A01,U22,新主機,new,S-NEW,,broker,,internal,fw,2026-11-20")
        .moves("2026-11-20,in,S-NEW,新主機,CL-2026-0190")
        .run(new EquipmentMovesHaveApplications());

    assertThat(failing(e)).isEmpty();
    assertThat(e.passed()).isEqualTo(1);
  }

  @Test
  void withoutTheMovesRegisterNoDeviceIsBlamedForAMissingMoveIn() {
    Evaluation e = new ColoPack().inventory(INVENTORY).run(new EquipmentMovesHaveApplications());

    assertThat(failing(e)).isEmpty();
  }
}
