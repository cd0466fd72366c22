package tw.coloaudit.evidence.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ByteLineSplitterTest {

  /** Each line as "number:text", "+cut" added to a line held only in part. */
  private static List<String> lines(InputStream in, int keep, boolean skipBom) throws IOException {
    List<String> out = new ArrayList<>();
    try (ByteLineSplitter s = new ByteLineSplitter(in, keep, skipBom)) {
      while (s.next()) out.add(s.number() + ":" + s.text() + (s.cut() ? "+cut" : ""));
    }
    return out;
  }

  private static List<String> lines(String text, int keep, boolean skipBom) throws IOException {
    return lines(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), keep, skipBom);
  }

  @Test
  void endsLinesAtLfCrlfOrALoneCrAndKeepsALastLineWithoutOne() throws IOException {
    assertThat(lines("a\nb\r\nc\rd", 100, false)).containsExactly("1:a", "2:b", "3:c", "4:d");
    assertThat(lines("a\n\nb\n", 100, false)).containsExactly("1:a", "2:", "3:b");
  }

  @Test
  void dropsAByteOrderMarkOnlyWhenAskedAndOnlyOnTheFirstLine() throws IOException {
    assertThat(lines("\uFEFFa\n\uFEFFb\n", 100, true)).containsExactly("1:a", "2:\uFEFFb");
    assertThat(lines("\uFEFFa\n", 100, false)).containsExactly("1:\uFEFFa");
  }

  @Test
  void holdsOnlyTheStartOfALineLongerThanItKeepsWhetherFoundWholeOrReadInParts() throws IOException {
    String longLine = "x".repeat(40);
    // Found whole in the first read: still cut at the limit.
    assertThat(lines("a\n" + longLine + "\nb\n", 10, false)).containsExactly("1:a", "2:xxxxxxxxxx+cut", "3:b");
    assertThat(lines("a\n" + longLine, 10, false)).containsExactly("1:a", "2:xxxxxxxxxx+cut");
    // Read a few bytes at a time, so the limit is reached before the line's end is seen.
    InputStream trickle = new ByteArrayInputStream(("a\n" + longLine + "\r\nb\n").getBytes(StandardCharsets.US_ASCII)) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, 3));
      }
    };
    assertThat(lines(trickle, 10, false)).containsExactly("1:a", "2:xxxxxxxxxx+cut", "3:b");
  }

  @Test
  void aLineOfExactlyTheLimitIsWhole() throws IOException {
    assertThat(lines("0123456789\nz\n", 10, false)).containsExactly("1:0123456789", "2:z");
  }

  @Test
  void blankLinesHoldOnlySpacesAndTabs() throws IOException {
    try (ByteLineSplitter s = new ByteLineSplitter(new ByteArrayInputStream(" \t\n x\n".getBytes(StandardCharsets.US_ASCII)), 100, false)) {
      assertThat(s.next()).isTrue();
      assertThat(s.blank()).isTrue();
      assertThat(s.next()).isTrue();
      assertThat(s.blank()).isFalse();
      assertThat(s.next()).isFalse();
    }
  }
}
