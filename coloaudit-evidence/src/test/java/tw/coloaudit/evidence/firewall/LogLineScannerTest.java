package tw.coloaudit.evidence.firewall;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Lines end at LF, CRLF or a lone CR, wherever the reads split them. */
class LogLineScannerTest {

  /** An input that hands out at most {@code chunk} bytes per read, to split lines at every place. */
  private static InputStream chunked(byte[] bytes, int chunk) {
    return new FilterInputStream(new ByteArrayInputStream(bytes)) {
      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        return super.read(b, off, Math.min(len, chunk));
      }
    };
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 7, 4096})
  void splitsLfCrlfAndLoneCrAtAnyReadBoundary(int chunk) throws IOException {
    byte[] text = "\uFEFFa\nbb\r\nccc\rdd\r\n\neee".getBytes(StandardCharsets.UTF_8);
    List<String> lines = new ArrayList<>();
    try (LogLineScanner s = new LogLineScanner(chunked(text, chunk))) {
      while (s.next()) lines.add(s.number() + ":" + s.text());
    }
    assertThat(lines).containsExactly("1:a", "2:bb", "3:ccc", "4:dd", "5:", "6:eee");
  }
}
