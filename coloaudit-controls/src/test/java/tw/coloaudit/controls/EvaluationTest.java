package tw.coloaudit.controls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tw.coloaudit.model.Localized;
import tw.coloaudit.model.Subject;

class EvaluationTest {

  private static void fail(Evaluation ev, String ip) {
    ev.fail(Subject.of("ip", ip), Localized.of("偵測到 " + ip, "Saw " + ip), Map.of("ip", ip), List.of());
  }

  @Test
  void keepsTheFirstFailuresWholeAndOnlyTheSubjectsOfTheRest() {
    Evaluation ev = new Evaluation(2);
    for (String ip : List.of("10.0.0.1", "10.0.0.2", "10.0.0.3", "10.0.0.4")) fail(ev, ip);
    assertThat(ev.failed()).isEqualTo(4);
    assertThat(ev.failures()).extracting(f -> f.message().en()).containsExactly("Saw 10.0.0.1", "Saw 10.0.0.2");
    assertThat(ev.beyondKept()).containsExactly(Subject.of("ip", "10.0.0.3"), Subject.of("ip", "10.0.0.4"));
  }

  @Test
  void keepsEveryFailureWholeByDefault() {
    Evaluation ev = new Evaluation();
    for (int i = 0; i < 1500; i++) fail(ev, "10.0." + i / 256 + "." + i % 256);
    assertThat(ev.failures()).hasSize(1500);
    assertThat(ev.beyondKept()).isEmpty();
  }

  @Test
  void listsASubjectLackingEvidenceOnceAndKeepsOnlySubjectsPastTheCap() {
    Evaluation ev = new Evaluation(2);
    for (int round = 0; round < 2; round++) {
      for (int i = 1; i <= 4; i++) ev.noEvidence(Subject.of("host", "h" + i), "vuln-scan");
    }
    assertThat(ev.missing()).extracting(f -> f.subject().get("host")).containsExactly("h1", "h2");
    assertThat(ev.missing()).allSatisfy(f -> assertThat(f.noEvidence()).isTrue());
    assertThat(ev.missingBeyondKept()).containsExactly(Subject.of("host", "h3"), Subject.of("host", "h4"));
  }

  @Test
  void refusesANegativeNumberToKeep() {
    assertThatThrownBy(() -> new Evaluation(-1)).isInstanceOf(IllegalArgumentException.class);
  }
}
