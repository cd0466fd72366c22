package tw.coloaudit.facts.orders;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The decoding threads' interner: one id per distinct (bytes, encoding) whichever view asks and
 * wherever the bytes lie (short keys are compared as words, read past their end where the array
 * allows and byte by byte at its end), and the name of every id.
 */
class InternerTest {

  /** A key as a spool holds it: header (length << 1 | UTF-8 flag) and bytes at the very end of the array. */
  private static int intern(OrderJoin.Interner in, String key, int padBefore, int padAfter) {
    byte[] b = key.getBytes(StandardCharsets.UTF_8);
    byte[] a = new byte[padBefore + b.length + padAfter];
    java.util.Arrays.fill(a, (byte) 'x');
    System.arraycopy(b, 0, a, padBefore, b.length);
    boolean ascii = b.length == key.length();
    return in.intern(a, padBefore, (b.length << 1) | (ascii ? 0 : 1));
  }

  @Test
  void oneIdPerKeyAcrossViewsLengthsAndPlaces() {
    OrderJoin.Interner shared = new OrderJoin.Interner();
    OrderJoin.Interner one = shared.view();
    OrderJoin.Interner two = shared.view();
    Random rnd = new Random(7);
    Map<String, Integer> ids = new HashMap<>();
    for (int i = 0; i < 60_000; i++) {
      // Lengths 0 to 12 cross the eight-byte word; a few non-ASCII keys; keys differing only in a high byte.
      int len = rnd.nextInt(13);
      StringBuilder k = new StringBuilder();
      for (int j = 0; j < len; j++) k.append((char) ('0' + rnd.nextInt(rnd.nextBoolean() ? 3 : 10)));
      if (i % 97 == 0) k.append('帳');
      String key = k.toString();
      OrderJoin.Interner view = rnd.nextBoolean() ? one : two;
      int id = intern(view, key, rnd.nextInt(3), rnd.nextBoolean() ? 0 : rnd.nextInt(9));
      Integer before = ids.putIfAbsent(key, id);
      if (before != null) assertThat(id).as(key).isEqualTo(before);
    }
    assertThat(ids.values()).doesNotHaveDuplicates();
    String[] names = shared.names();
    ids.forEach((key, id) -> assertThat(names[id]).isEqualTo(key));
  }

  @Test
  void theSameBytesReadAsLatin1AndAsUtf8AreTwoKeys() {
    OrderJoin.Interner in = new OrderJoin.Interner();
    byte[] a = {'A', 'B'};
    int latin = in.intern(a, 0, 2 << 1);
    int utf8 = in.intern(a, 0, (2 << 1) | 1);
    assertThat(latin).isNotEqualTo(utf8);
    assertThat(in.intern(a, 0, 2 << 1)).isEqualTo(latin);
  }
}
