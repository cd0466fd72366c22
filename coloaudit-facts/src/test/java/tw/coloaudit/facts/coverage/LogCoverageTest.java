package tw.coloaudit.facts.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import tw.coloaudit.model.Provenance;

class LogCoverageTest {

  private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
  private static final Instant END = Instant.parse("2026-01-10T00:00:00Z");
  private static final Duration DAY = Duration.ofHours(24);

  private static LogCoverage every6Hours(Instant from, Instant to) {
    LogCoverage c = new LogCoverage();
    int line = 1;
    for (Instant t = from; t.isBefore(to); t = t.plus(Duration.ofHours(6))) c.add("fw1", t, Provenance.line("fw.log", line++));
    return c;
  }

  @Test
  void aLogWithLinesEverySixHoursHasNoGap() {
    assertThat(every6Hours(START, END).gaps("fw1", START, END, DAY)).isEmpty();
  }

  @Test
  void findsTheExactGapBetweenTwoLinesWithTheirLines() {
    LogCoverage c = every6Hours(START, Instant.parse("2026-01-03T00:00:00Z"));
    c.merge(every6Hours(Instant.parse("2026-01-05T06:00:00Z"), END));
    var gaps = c.gaps("fw1", START, END, DAY);
    assertThat(gaps).singleElement().satisfies(g -> {
      assertThat(g.from()).isEqualTo(Instant.parse("2026-01-02T18:00:00Z"));
      assertThat(g.to()).isEqualTo(Instant.parse("2026-01-05T06:00:00Z"));
      assertThat(g.before().file()).isEqualTo("fw.log");
    });
  }

  @Test
  void aGapOfExactlyTheToleranceIsNotAGap() {
    LogCoverage c = new LogCoverage();
    c.add("fw1", START, null);
    c.add("fw1", START.plus(DAY), null);
    assertThat(c.gaps("fw1", START, START.plus(DAY), DAY)).isEmpty();
    assertThat(c.gaps("fw1", START, START.plus(DAY).plusSeconds(1), DAY)).isEmpty();
    c = new LogCoverage();
    c.add("fw1", START, null);
    c.add("fw1", START.plus(DAY).plusSeconds(1), null);
    assertThat(c.gaps("fw1", START, START.plus(DAY).plusSeconds(1), DAY)).hasSize(1);
  }

  @Test
  void theWindowEdgesCountAsEdgesOfAGap() {
    LogCoverage c = every6Hours(Instant.parse("2026-01-04T00:00:00Z"), Instant.parse("2026-01-06T00:00:00Z"));
    var gaps = c.gaps("fw1", START, END, DAY);
    assertThat(gaps).hasSize(2);
    assertThat(gaps.get(0).from()).isEqualTo(START);
    assertThat(gaps.get(0).before()).isNull();
    assertThat(gaps.get(1).to()).isEqualTo(END);
    assertThat(gaps.get(1).after()).isNull();
  }

  @Test
  void aSourceWithNoLinesIsOneGapOverTheWindow() {
    assertThat(new LogCoverage().gaps("fw9", START, END, DAY)).singleElement()
        .satisfies(g -> assertThat(g.length()).isEqualTo(Duration.between(START, END)));
  }

  @Test
  void mergingInEitherOrderGivesTheSameCounts() {
    LogCoverage a = every6Hours(START, Instant.parse("2026-01-05T00:00:00Z"));
    LogCoverage b = every6Hours(Instant.parse("2026-01-05T00:00:00Z"), END);
    LogCoverage ab = new LogCoverage();
    ab.merge(a);
    ab.merge(b);
    LogCoverage ba = new LogCoverage();
    ba.merge(b);
    ba.merge(a);
    assertThat(ab.lines("fw1")).isEqualTo(36).isEqualTo(ba.lines("fw1"));
    assertThat(ab.first("fw1")).isEqualTo(ba.first("fw1")).isEqualTo(START);
    assertThat(ab.hours("fw1").keySet()).isEqualTo(ba.hours("fw1").keySet());
  }
}
