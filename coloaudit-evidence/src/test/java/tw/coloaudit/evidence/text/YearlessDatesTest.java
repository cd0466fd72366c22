package tw.coloaudit.evidence.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tw.coloaudit.evidence.spi.YearBound;

class YearlessDatesTest {

  /** Runs both passes over month/day pairs at noon and returns the resolved date-times. */
  private static List<LocalDateTime> resolve(LocalDateTime bound, int[][] monthDays) {
    YearlessDates d = new YearlessDates();
    for (int[] md : monthDays) d.observe(md[0], md[1], LocalTime.NOON);
    YearlessDates.Resolver r = d.resolver(new YearBound(bound, "file-name"));
    List<LocalDateTime> out = new ArrayList<>();
    for (int[] md : monthDays) out.add(r.next(md[0], md[1], LocalTime.NOON));
    return out;
  }

  @Test
  void aFileAcrossNewYearGetsTheOldYearBeforeTheJumpAndTheBoundsYearAfter() {
    assertThat(resolve(LocalDateTime.of(2025, 1, 1, 23, 59), new int[][] {{12, 30}, {12, 31}, {1, 1}}))
        .containsExactly(
            LocalDateTime.of(2024, 12, 30, 12, 0), LocalDateTime.of(2024, 12, 31, 12, 0), LocalDateTime.of(2025, 1, 1, 12, 0));
  }

  @Test
  void theLastLineTakesTheLatestYearNotAfterTheBound() {
    // A December file audited on 2026-11-20 (bound 2026-11-21) can only be December 2025.
    assertThat(resolve(LocalDateTime.of(2026, 11, 21, 23, 59), new int[][] {{12, 1}, {12, 2}}))
        .containsExactly(LocalDateTime.of(2025, 12, 1, 12, 0), LocalDateTime.of(2025, 12, 2, 12, 0));
  }

  @Test
  void aLineExactlyAtTheBoundKeepsTheBoundsYear() {
    assertThat(resolve(LocalDateTime.of(2026, 3, 5, 12, 0), new int[][] {{3, 5}}))
        .containsExactly(LocalDateTime.of(2026, 3, 5, 12, 0));
  }

  @Test
  void twoNewYearsInOneFileDropTheYearTwice() {
    assertThat(resolve(LocalDateTime.of(2026, 6, 1, 0, 0), new int[][] {{11, 1}, {2, 1}, {12, 1}, {3, 1}}))
        .extracting(LocalDateTime::getYear).containsExactly(2024, 2025, 2025, 2026);
  }

  @Test
  void refusesADayNoMonthHasWithAReasonInBothLanguages() {
    YearlessDates.Resolver r = new YearlessDates().resolver(new YearBound(LocalDateTime.of(2026, 6, 1, 0, 0), "file-name"));
    assertThatThrownBy(() -> r.next(4, 0, LocalTime.NOON))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no such date: month 4 day 0")
        .isInstanceOfSatisfying(YearlessDates.NoSuchDate.class, e -> assertThat(e.reason().zh()).isEqualTo("日期不存在：4 月 0 日"));
  }

  @Test
  void february29thInAYearWithoutOneIsReadAsThe28th() {
    assertThat(resolve(LocalDateTime.of(2026, 3, 1, 0, 0), new int[][] {{2, 29}}))
        .containsExactly(LocalDateTime.of(2026, 2, 28, 12, 0));
  }
}
