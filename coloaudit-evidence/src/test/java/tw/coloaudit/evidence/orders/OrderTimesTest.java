package tw.coloaudit.evidence.orders;

import tw.coloaudit.evidence.register.ValueException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Receipt times are local to the manifest's zone: read from bytes, with the zone's offset applied
 * directly once its last transition is past (Asia/Taipei since 1979), they must be the instants the
 * zone rules give, on either side of every transition.
 */
class OrderTimesTest {

  private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

  private static long receipt(OrderTimes t, String text) throws ValueException {
    byte[] b = text.getBytes(StandardCharsets.US_ASCII);
    return t.receipt(b, 0, b.length);
  }

  private static long nanos(Instant i) {
    return i.getEpochSecond() * 1_000_000_000L + i.getNano();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Asia/Taipei", "Asia/Shanghai", "Asia/Tokyo", "America/New_York", "Europe/London", "UTC", "+08:00"})
  void readsLocalTimesAsTheZoneRulesDo(String id) throws ValueException {
    ZoneId zone = ZoneId.of(id);
    OrderTimes times = new OrderTimes(zone);
    List<LocalDateTime> local = new ArrayList<>();
    for (ZoneOffsetTransition tr : zone.getRules().getTransitions()) {
      if (tr.getDateTimeBefore().getYear() < 1900) continue;
      for (long minutes = -90; minutes <= 90; minutes += 15) {
        local.add(tr.getDateTimeBefore().plusMinutes(minutes));
        local.add(tr.getDateTimeAfter().plusMinutes(minutes).plusNanos(123_456_000));
      }
    }
    SplittableRandom rnd = new SplittableRandom(1979);
    for (int i = 0; i < 2000; i++) {
      local.add(LocalDateTime.of(1950, 1, 1, 0, 0).plusSeconds(rnd.nextLong(100L * 365 * 86400)).plusNanos(rnd.nextInt(1_000_000) * 1000L));
    }
    for (LocalDateTime t : local) {
      assertThat(receipt(times, t.format(ISO))).as("%s in %s", t, id).isEqualTo(nanos(t.atZone(zone).toInstant()));
    }
  }

  @Test
  void readsFractionsOfAnyLengthAndRejectsBadOnes() throws ValueException {
    OrderTimes t = new OrderTimes(ZoneId.of("Asia/Taipei"));
    long base = nanos(Instant.parse("2026-11-18T01:00:00Z"));
    assertThat(receipt(t, "2026-11-18 09:00:00")).isEqualTo(base);
    assertThat(receipt(t, "2026-11-18 09:00:00.5")).isEqualTo(base + 500_000_000L);
    assertThat(receipt(t, "2026/11/18T09:00:00.000001")).isEqualTo(base + 1_000L);
    assertThat(receipt(t, "2026-11-18 09:00:00.123456789")).isEqualTo(base + 123_456_789L);
    assertThat(receipt(t, "2026-11-18 09:00:00.1234567891")).isEqualTo(base + 123_456_789L);
    assertThat(receipt(t, "2024-02-29 09:00:00")).isEqualTo(nanos(Instant.parse("2024-02-29T01:00:00Z")));
    assertThatThrownBy(() -> receipt(t, "09:00:01")).isInstanceOf(ValueException.class)
        .satisfies(e -> assertThat(((ValueException) e).reason().zh()).isEqualTo("無法將 '09:00:01' 讀為日期時間"));
    assertThatThrownBy(() -> receipt(t, "20261118 09:00:01")).isInstanceOf(ValueException.class)
        .satisfies(e -> assertThat(((ValueException) e).reason().en()).endsWith(": no date"))
        .satisfies(e -> assertThat(((ValueException) e).reason().zh()).isEqualTo("無法將 '20261118 09:00:01' 讀為日期時間（缺少日期）"));
    assertThatThrownBy(() -> receipt(t, "2026-13-45 09:00:00")).isInstanceOf(ValueException.class)
        .satisfies(e -> assertThat(((ValueException) e).reason().zh()).isEqualTo("無法將 '2026-13-45 09:00:00' 讀為日期時間"));
  }

  @Test
  void readsFixTimestampsInUtc() {
    OrderTimes t = new OrderTimes(java.time.ZoneOffset.UTC);
    for (String[] c : new String[][] {
      {"20261118-01:00:00.123456789", "2026-11-18T01:00:00.123456789Z"},
      {"20261118-01:00:00", "2026-11-18T01:00:00Z"},
      {"20240229-23:59:59.5", "2024-02-29T23:59:59.5Z"},
      {"20261231-23:59:60", "2027-01-01T00:00:00Z"},
      {"20261118-01:00:00.123", "2026-11-18T01:00:00.123Z"}}) {
      byte[] b = c[0].getBytes(StandardCharsets.US_ASCII);
      assertThat(t.fix(b, 0, b.length)).as(c[0]).isEqualTo(nanos(Instant.parse(c[1])));
    }
    for (String bad : new String[] {"20261131-01:00:00", "20250229-01:00:00", "20261118-24:00:00", "20261118-01:00:00.", "20261118-01:00:00.1x",
        "2026111801:00:00.123"}) {
      byte[] b = bad.getBytes(StandardCharsets.US_ASCII);
      assertThat(t.fix(b, 0, b.length)).as(bad).isEqualTo(Long.MIN_VALUE);
    }
  }
}
