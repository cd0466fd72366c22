package tw.coloaudit.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SignTestTest {

  @Test
  void allRoundsWonIsOneChanceInTwoToTheRounds() {
    assertEquals(1 / 1024.0, OrderAuditBenchmark.signTestP(10, 10), 1e-12);
    assertEquals(1 / 16.0, OrderAuditBenchmark.signTestP(4, 4), 1e-12);
  }

  @Test
  void fewerWinsSumTheTail() {
    // P(X >= 9) for X ~ Bin(10, 1/2) = (10 + 1) / 1024; P(X >= 8) = (45 + 10 + 1) / 1024.
    assertEquals(11 / 1024.0, OrderAuditBenchmark.signTestP(9, 10), 1e-12);
    assertEquals(56 / 1024.0, OrderAuditBenchmark.signTestP(8, 10), 1e-12);
  }

  @Test
  void noWinsIsCertain() {
    assertEquals(1.0, OrderAuditBenchmark.signTestP(0, 7), 1e-12);
  }

  @Test
  void impossibleCountsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> OrderAuditBenchmark.signTestP(5, 4));
  }
}
