package tw.coloaudit.evidence.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tw.coloaudit.evidence.text.LineCappingReader;

/** The byte line splitter gives the lines, numbers and cut lines the capped text reader gives. */
class Utf8LinesTest {

  /** An input that hands out at most {@code chunk} bytes per read, to split lines at every place. */
  private static InputStream chunked(byte[] bytes, int chunk) {
    return new FilterInputStream(new ByteArrayInputStream(bytes)) {
      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        return super.read(b, off, Math.min(len, chunk));
      }
    };
  }

  private static List<String> bytes(byte[] text, int chunk, int cap) throws IOException {
    List<String> lines = new ArrayList<>();
    try (Utf8Lines s = new Utf8Lines(chunked(text, chunk), cap)) {
      while (s.next()) lines.add(s.number() + ":" + s.text());
    }
    return lines;
  }

  private static List<String> text(byte[] text, int cap) throws IOException {
    List<String> lines = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(
        new LineCappingReader(new InputStreamReader(new ByteArrayInputStream(text), StandardCharsets.UTF_8), cap))) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) lines.add(++n + ":" + line);
    }
    return lines;
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 7, 4096})
  void splitsLfCrlfAndLoneCrAtAnyReadBoundary(int chunk) throws IOException {
    byte[] text = "a\nbb\r\nccc\rdd\r\n\neee 臺北".getBytes(StandardCharsets.UTF_8);
    assertThat(bytes(text, chunk, 100)).containsExactly("1:a", "2:bb", "3:ccc", "4:dd", "5:", "6:eee 臺北");
    assertThat(bytes(text, chunk, 100)).isEqualTo(text(text, 100));
  }

  @Test
  void cutsOverLongLinesAsTheCappedTextReaderDoes() throws IOException {
    String longAscii = "x".repeat(300_000);
    String longWide = "臺".repeat(250_000);
    byte[] text = ("first\n" + longAscii + "\r\n" + longWide + "\rlast\n" + "é".repeat(70_000)).getBytes(StandardCharsets.UTF_8);
    int cap = 65_537;
    List<String> lines = bytes(text, 8192, cap);
    assertThat(lines).isEqualTo(text(text, cap));
    assertThat(lines).hasSize(5);
    assertThat(lines.get(1)).hasSize(2 + cap);
    assertThat(lines.get(3)).isEqualTo("4:last");
  }
}
