package tw.coloaudit.evidence.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LineReaderTest {

  @ParameterizedTest
  @ValueSource(strings = {"\n", "\r\n", "\r"})
  void numbersLinesTheSameWhateverTheLineEnding(String eol) throws IOException {
    String text = String.join(eol, "a", "", "b", "c") + eol;

    assertThat(read(text)).containsExactly("1:a", "2:", "3:b", "4:c");
  }

  @ParameterizedTest
  @ValueSource(ints = {8190, 8191, 8192, 8193})
  void splitsCrlfCorrectlyAcrossTheBufferBoundary(int firstLength) throws IOException {
    String first = "x".repeat(firstLength);

    assertThat(read(first + "\r\nsecond\r\n"))
        .containsExactly("1:" + first, "2:second");
  }

  @Test
  void readsALastLineWithoutTerminator() throws IOException {
    assertThat(read("a\nb")).containsExactly("1:a", "2:b");
    assertThat(read("")).isEmpty();
  }

  @Test
  void flagsOnlyLinesLongerThanTheLimit() throws IOException {
    String atLimit = "y".repeat(LineReader.MAX_LINE);
    try (LineReader r = new LineReader(new StringReader(atLimit + "\n" + atLimit + "z\nok\n"))) {
      assertThat(r.next()).isTrue();
      assertThat(r.overlong()).isFalse();
      assertThat(r.next()).isTrue();
      assertThat(r.overlong()).isTrue();
      assertThat(r.text()).hasSize(LineReader.MAX_LINE);
      assertThat(r.next()).isTrue();
      assertThat(r.number()).isEqualTo(3);
      assertThat(r.text()).isEqualTo("ok");
      assertThat(r.next()).isFalse();
    }
  }

  private static List<String> read(String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (LineReader r = new LineReader(new StringReader(text))) {
      while (r.next()) out.add(r.number() + ":" + r.text());
    }
    return out;
  }
}
