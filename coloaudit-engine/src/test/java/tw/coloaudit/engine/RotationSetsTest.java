package tw.coloaudit.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RotationSetsTest {

  @Test
  void readsADateInTheFileName() {
    assertThat(RotationSets.dateInName("logs/secure-20250101")).contains(LocalDate.of(2025, 1, 1));
    assertThat(RotationSets.dateInName("logs/kern.log-2024-01-05.gz")).contains(LocalDate.of(2024, 1, 5));
    assertThat(RotationSets.dateInName("logs/auth.log.2.gz")).isEmpty();
  }

  @Test
  void groupsUndatedRotationsNewestFirstAndLeavesDatedFilesAlone() {
    List<List<String>> groups = RotationSets.group(List.of(
        "a/auth.log.2.gz", "a/auth.log", "a/auth.log.10.gz", "a/auth.log.1", "a/secure-20250101", "a/secure-20250108"));
    assertThat(groups).containsExactlyInAnyOrder(
        List.of("a/secure-20250101"),
        List.of("a/secure-20250108"),
        List.of("a/auth.log", "a/auth.log.1", "a/auth.log.2.gz", "a/auth.log.10.gz"));
  }
}
