package tw.coloaudit.evidence.orders;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The word-at-a-time searches against a byte-by-byte reading, for lines at every place in their
 * array: starting at its beginning, in its middle, and ending at its last byte, where a whole word
 * no longer fits and the search must go byte by byte without reading past the array.
 */
class WordScanTest {

  private static final byte[] ALPHABET = "ab,c\"1 9\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  @Test
  void indexOfFindsTheFirstByteInEveryRangeOfEveryArrayLength() {
    Random random = new Random(7);
    for (int length = 0; length <= 40; length++) {
      byte[] b = new byte[length];
      for (int round = 0; round < 30; round++) {
        for (int k = 0; k < length; k++) b[k] = ALPHABET[random.nextInt(ALPHABET.length)];
        for (int from = 0; from <= length; from++) {
          for (int to = from; to <= length; to++) {
            int expected = from;
            while (expected < to && b[expected] != '\n') expected++;
            assertThat(WordScan.indexOf(b, from, to, (byte) '\n', WordScan.pattern((byte) '\n')))
                .as("'\\n' in [%d, %d) of %s", from, to, Arrays.toString(b))
                .isEqualTo(expected);
          }
        }
      }
    }
  }

  @Test
  void splitPlainFindsTheSameCellsAsAByteReadingOrGivesUpOnAQuote() {
    Random random = new Random(11);
    int[] starts = new int[64];
    int[] ends = new int[64];
    for (int length = 0; length <= 48; length++) {
      byte[] b = new byte[length];
      for (int round = 0; round < 40; round++) {
        for (int k = 0; k < length; k++) b[k] = ALPHABET[random.nextInt(ALPHABET.length)];
        for (int from = 0; from <= length; from++) {
          for (int end = from; end <= length; end++) {
            List<int[]> expected = cells(b, from, end);
            int n = ClientOrderCsvParser.splitPlain(b, from, end, starts, ends);
            String what = "[" + from + ", " + end + ") of " + Arrays.toString(b);
            if (expected == null) {
              assertThat(n).as(what).isEqualTo(-1);
              continue;
            }
            assertThat(n).as(what).isEqualTo(expected.size());
            for (int c = 0; c < n; c++) {
              assertThat(new int[] {starts[c], ends[c]}).as("cell %d of %s", c, what).containsExactly(expected.get(c));
            }
          }
        }
      }
    }
  }

  @Test
  void splitPlainGivesUpOnMoreCellsThanItsArraysHold() {
    byte[] line = "a,b,c,d".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    assertThat(ClientOrderCsvParser.splitPlain(line, 0, line.length, new int[3], new int[3])).isEqualTo(-1);
    assertThat(ClientOrderCsvParser.splitPlain(line, 0, line.length, new int[5], new int[5])).isEqualTo(4);
  }

  /** The cells' bounds, byte by byte; null when the range holds a quote. */
  private static List<int[]> cells(byte[] b, int from, int end) {
    List<int[]> out = new ArrayList<>();
    int start = from;
    for (int i = from; i < end; i++) {
      if (b[i] == '"') return null;
      if (b[i] == ',') {
        out.add(new int[] {start, i});
        start = i + 1;
      }
    }
    out.add(new int[] {start, end});
    return out;
  }
}
