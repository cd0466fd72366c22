package tw.coloaudit.controls.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CadenceTest {

  private static final LocalDate AS_OF = LocalDate.parse("2026-11-20");

  private static List<LocalDate> dates(String... iso) {
    return Arrays.stream(iso).map(LocalDate::parse).toList();
  }

  @Test
  void aGapEqualToTheLimitPassesAndOneDayMoreFails() {
    assertThat(Cadence.gaps(dates("2026-01-10", "2026-07-12"), AS_OF, 183)).isEmpty();
    assertThat(Cadence.gaps(dates("2026-01-10", "2026-07-13"), AS_OF, 183))
        .containsExactly(new Cadence.Gap(LocalDate.parse("2026-01-10"), LocalDate.parse("2026-07-13"), 184));
  }

  @Test
  void countsFromTheLastRecordToTheAsOfDateButNotBeforeTheFirst() {
    assertThat(Cadence.gaps(dates("2026-05-21"), AS_OF, 183)).isEmpty();
    assertThat(Cadence.gaps(dates("2026-05-20"), AS_OF, 183))
        .containsExactly(new Cadence.Gap(LocalDate.parse("2026-05-20"), AS_OF, 184));
  }

  @Test
  void sortsDatesAndIgnoresDuplicatesAndDatesAfterTheAsOfDate() {
    assertThat(Cadence.gaps(dates("2026-10-01", "2025-01-01", "2026-10-01", "2027-01-01"), AS_OF, 183))
        .containsExactly(new Cadence.Gap(LocalDate.parse("2025-01-01"), LocalDate.parse("2026-10-01"), 638));
  }

  @Test
  void noRecordsGiveNoGaps() {
    assertThat(Cadence.gaps(List.of(), AS_OF, 183)).isEmpty();
  }
}
