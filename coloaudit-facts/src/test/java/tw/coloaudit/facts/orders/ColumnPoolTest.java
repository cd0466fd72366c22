package tw.coloaudit.facts.orders;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The pool hands a freed array on to a request it fits, and keeps no more than it may. */
class ColumnPoolTest {

  @Test
  void aFreedArrayIsHandedToTheNextRequestItFits() {
    ColumnPool pool = new ColumnPool(1 << 30);
    int[] first = pool.ints(500_000);
    assertThat(first.length).isBetween(500_000, 500_000 + 500_000 / 8);
    pool.free(first);
    // A day a little larger still fits the array rounded up for the first.
    int[] second = pool.ints(500_100);
    assertThat(second).isSameAs(first);
    assertThat(pool.reused()).isEqualTo(1);
    assertThat(pool.heldBytes()).isZero();
  }

  @Test
  void theShortestArrayThatFitsIsTakenAndNoneMoreThanTwiceTheRequest() {
    ColumnPool pool = new ColumnPool(1 << 30);
    long[] big = new long[1_000_000];
    long[] middle = new long[300_000];
    long[] small = new long[100_000];
    pool.free(big);
    pool.free(middle);
    pool.free(small);
    assertThat(pool.longs(250_000)).isSameAs(middle);
    // The million would fit 400,000 but wastes more than half of it: a new array instead.
    long[] fresh = pool.longs(400_000);
    assertThat(fresh).isNotSameAs(big).isNotSameAs(small);
    assertThat(pool.longs(90_000)).isSameAs(small);
    assertThat(pool.longs(600_000)).isSameAs(big);
    assertThat(pool.heldBytes()).isZero();
  }

  @Test
  void smallArraysAreNotPooledAndTheCapacityIsKept() {
    ColumnPool pool = new ColumnPool(8L * 100_000);
    byte[] small = new byte[ColumnPool.MIN - 1];
    pool.free(small);
    assertThat(pool.heldBytes()).isZero();
    assertThat(pool.bytes(ColumnPool.MIN - 1)).isNotSameAs(small);

    pool.free(new long[100_000]);
    assertThat(pool.heldBytes()).isEqualTo(800_000);
    pool.free(new long[100_000]); // over the capacity: left to the collector
    assertThat(pool.heldBytes()).isEqualTo(800_000);
    pool.longs(100_000);
    assertThat(pool.heldBytes()).isZero();
    assertThat(pool.longs(100_000).length).isEqualTo(ColumnPool.rounded(100_000));
  }

  @Test
  void everyKindKeepsItsOwnArrays() {
    ColumnPool pool = new ColumnPool(1 << 30);
    int[] ints = new int[10_000];
    byte[] bytes = new byte[40_000];
    boolean[] booleans = new boolean[10_000];
    pool.free(ints);
    pool.free(bytes);
    pool.free(booleans);
    assertThat(pool.heldBytes()).isEqualTo(40_000 + 40_000 + 10_000);
    assertThat(pool.booleans(9_000)).isSameAs(booleans);
    assertThat(pool.bytes(39_000)).isSameAs(bytes);
    assertThat(pool.ints(9_500)).isSameAs(ints);
    assertThat(pool.longs(9_500)).hasSize(ColumnPool.rounded(9_500));
    assertThat(pool.reused()).isEqualTo(3);
  }

  @Test
  void lengthsAreRoundedUpByAtMostAnEighth() {
    for (int n : new int[] {16, 4096, 4097, 65_535, 500_000, 999_999, 1 << 24}) {
      int r = ColumnPool.rounded(n);
      assertThat(r).isGreaterThanOrEqualTo(n).isLessThanOrEqualTo(n + n / 8 + 1);
    }
    assertThat(ColumnPool.rounded(500_000)).isEqualTo(ColumnPool.rounded(499_000));
  }
}
