package tw.coloaudit.controls.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.coloaudit.controls.orders.OrderPack.failing;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import tw.coloaudit.controls.Evaluation;
import tw.coloaudit.model.Subject;

class OrderRecordsRetainedTest {

  /** One receipt each business day from {@code from} to 2026-11-19, except the days named. */
  private static OrderPack pack(LocalDate from, String... missing) {
    StringBuilder b = new StringBuilder();
    int n = 0;
    for (LocalDate d = from; d.isBefore(LocalDate.of(2026, 11, 20)); d = d.plusDays(1)) {
      if (d.getDayOfWeek().getValue() > 5 || java.util.List.of(missing).contains(d.toString())) continue;
      b.append("R").append(n++).append(",,,1,").append(d).append(" 10:00:00,branch,GW1,brokerage\n");
    }
    return new OrderPack().policy("order_retention_years", 1).receipts(b.toString());
  }

  @Test
  void failsEachRunOfMissingBusinessDays() {
    Evaluation e = pack(LocalDate.of(2025, 11, 20), "2026-03-11", "2026-03-12", "2026-06-01").holiday("2026-06-01")
        .run(new OrderRecordsRetained());
    assertThat(failing(e)).containsExactly(Subject.of("from", "2026-03-10", "to", "2026-03-13"));
    assertThat(e.failures().get(0).observed()).containsEntry("missing_business_days", 2);
  }

  @Test
  void failsTheStartOfTheWindowWhenRecordsBeginLate() {
    Evaluation e = pack(LocalDate.of(2026, 1, 5)).run(new OrderRecordsRetained());
    assertThat(failing(e)).containsExactly(Subject.of("from", "2025-11-20", "to", "2026-01-05"));
  }

  @Test
  void passesFullCoverageStartingOnTheWindowsFirstDay() {
    Evaluation e = pack(LocalDate.of(2025, 11, 20)).run(new OrderRecordsRetained());
    assertThat(failing(e)).isEmpty();
    assertThat(e.passed()).isPositive();
  }

  @Test
  void failsTheWholeWindowWithoutRecords() {
    Evaluation e = new OrderPack().policy("order_retention_years", 1).run(new OrderRecordsRetained());
    assertThat(failing(e)).containsExactly(Subject.of("from", "2025-11-20", "to", "2026-11-20"));
  }
}
