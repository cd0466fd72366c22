package tw.coloaudit.facts.orders;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * What a spool is given comes back as it was: times (missing ones too) and line numbers written as
 * differences, plain strings, and dictionary columns with more values than the dictionary holds,
 * in ASCII and UTF-8, blank and null, across spills to a temporary file.
 */
class DaySpoolTest {

  private record Row(long time, int line, String id, String gateway, String desk, int missing) {}

  @Test
  void everyValueComesBackAsWritten() {
    SplittableRandom rnd = new SplittableRandom(7);
    List<Row> rows = new ArrayList<>();
    long time = 1_790_000_000_000_000_000L;
    int line = 1;
    for (int i = 0; i < 300_000; i++) {
      time += rnd.nextInt(10) == 0 ? -rnd.nextLong(5_000_000_000L) : rnd.nextLong(2_000_000L);
      line += rnd.nextInt(50) == 0 ? -rnd.nextInt(1000) : 1 + rnd.nextInt(3);
      long t = rnd.nextInt(1000) == 0 ? Long.MIN_VALUE : time;
      String gateway = switch (rnd.nextInt(7)) {
        case 0 -> null;
        case 1 -> "  ";
        case 2 -> "閘道" + rnd.nextInt(90); // UTF-8, and more values than a dictionary holds
        case 3 -> "GATEWAY-" + rnd.nextInt(12) + "-OF-THE-BROKER"; // long, differing only in the middle
        default -> "GW" + rnd.nextInt(rnd.nextInt(20) == 0 ? 500 : 4);
      };
      String desk = rnd.nextBoolean() ? "brokerage" : rnd.nextBoolean() ? "dealer" : null;
      rows.add(new Row(t, line, "C" + i, gateway, desk, rnd.nextInt(4) == 0 ? rnd.nextInt(1 << 10) : 0));
    }
    DaySpool spool = new DaySpool("r.csv");
    for (Row r : rows) {
      spool.writeTime(r.time());
      spool.writeLine(r.line());
      spool.writeString(r.id());
      if (r.gateway() != null && r.line() % 2 == 0) {
        byte[] b = (" " + r.gateway() + " ").getBytes(StandardCharsets.UTF_8);
        spool.writeCellDict(DaySpool.DICT_GATEWAY, b, 0, b.length, StandardCharsets.UTF_8);
      } else {
        spool.writeStringDict(DaySpool.DICT_GATEWAY, r.gateway());
      }
      if (r.desk() == null) {
        spool.writeStringDict(DaySpool.DICT_DESK, null);
      } else {
        spool.writeAsciiDict(DaySpool.DICT_DESK, r.desk().getBytes(StandardCharsets.US_ASCII));
      }
      spool.writeSmall(r.missing());
    }
    byte[] bytes = spool.bytes();
    assertThat(bytes.length).as("spilled: larger than the in-memory limit").isGreaterThan(DaySpool.SPILL_BYTES);

    DaySpool.Reader in = new DaySpool.Reader(bytes, null);
    List<Row> back = new ArrayList<>();
    while (in.more()) {
      back.add(new Row(in.readTime(), in.readLine(), in.readString(), in.readDictString(DaySpool.DICT_GATEWAY),
          in.readDictString(DaySpool.DICT_DESK), in.readSmall()));
    }
    List<Row> expected = rows.stream()
        .map(r -> new Row(r.time(), r.line(), r.id(), r.gateway() == null || r.gateway().isBlank() ? null : r.gateway(), r.desk(),
            r.missing()))
        .toList();
    assertThat(back).isEqualTo(expected);
    spool.release();
  }

  @Test
  void repeatedValuesAreWrittenOnce() {
    DaySpool spool = new DaySpool("x.log");
    for (int i = 0; i < 1000; i++) {
      spool.writeTime(1_790_000_000_000_000_000L + i * 1_000_000L);
      spool.writeLine(i + 2);
      spool.writeStringDict(DaySpool.DICT_GATEWAY, "9A00COLO" + (i % 4));
    }
    // The first time in full (8 bytes of varint) and a gateway a record once in full, then
    // 3 bytes of time difference, 1 of line and 2 of gateway reference per record.
    assertThat(spool.bytes().length).isLessThan(1000 * 6 + 64);
    spool.release();
  }
}
