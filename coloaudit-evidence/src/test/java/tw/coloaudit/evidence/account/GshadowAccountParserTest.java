package tw.coloaudit.evidence.account;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.coloaudit.evidence.account.Parsing.parse;

import java.util.List;
import org.junit.jupiter.api.Test;
import tw.coloaudit.evidence.spi.Sample;

class GshadowAccountParserTest {

  private final GshadowAccountParser parser = new GshadowAccountParser();

  @Test
  void countsEveryLineAsSkippedAndEmitsNothing() {
    var r = parse(parser, "gshadow", """
        root:*::
        sudo:!::alice,bob

        not even gshadow
        """);

    assertThat(r.outcomes()).isEqualTo("1 skipped, 2 skipped, 4 skipped");
    assertThat(r.records()).isEmpty();
  }

  @Test
  void probesByNameAndByAGshadowShapedLine() {
    assertThat(parser.probe(new Sample("gshadow", new byte[0], List.of("root:*::")))).isTrue();
    assertThat(parser.probe(new Sample("etc.txt", new byte[0], List.of("sudo:!::alice")))).isTrue();
    assertThat(parser.probe(new Sample("group", new byte[0], List.of("root:x:0:")))).isFalse();
  }
}
