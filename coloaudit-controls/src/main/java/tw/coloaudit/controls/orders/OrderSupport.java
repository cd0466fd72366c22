package tw.coloaudit.controls.orders;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.List;
import java.util.TreeMap;
import tw.coloaudit.controls.AuditInput;
import tw.coloaudit.controls.PolicyKeys;
import tw.coloaudit.facts.orders.OrderFacts;
import tw.coloaudit.facts.orders.OrderSummary;

/** What the order controls share: the joined orders, and times written for findings. */
final class OrderSupport {

  private OrderSupport() {}

  private static final OrderSummary EMPTY =
      new OrderSummary(Collections.emptySortedMap(), List.of(), 0, List.of(), 0, List.of(), 0, List.of(), 0, List.of(), 0,
          List.of(), 0, java.util.Map.of(), Collections.emptySortedMap(), List.of(), 0);

  /** The join of receipts to exchange orders; empty when the pack holds neither. */
  static OrderSummary summary(AuditInput in) {
    OrderFacts f = in.facts().fact(OrderFacts.class);
    if (f == null) return EMPTY;
    return f.summary(in.zone(), in.policy().longValue(PolicyKeys.FIFO_TOLERANCE_US) * 1000L);
  }

  /** An instant in nanoseconds as ISO-8601 with the manifest's offset, fractions kept. */
  static String time(AuditInput in, long nanos) {
    Instant i = Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L));
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(i.atZone(in.zone()).toOffsetDateTime());
  }

  static String date(LocalDate d) {
    return d.toString();
  }

  /** The local dates of business days: weekdays not in the manifest's holidays. */
  static boolean businessDay(AuditInput in, LocalDate d) {
    int dow = d.getDayOfWeek().getValue();
    return dow <= 5 && !in.holidays().contains(d);
  }

  /** Up to {@code max} input issues the join found, as file:line reason, for {@code observed}. */
  static List<String> issues(OrderSummary s, int max) {
    return s.issues().stream().limit(max).map(i -> i.file() + ":" + i.line() + " " + i.reason()).toList();
  }

  static <K, V> TreeMap<K, V> tree() {
    return new TreeMap<>();
  }
}
