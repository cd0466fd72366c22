package tw.coloaudit.evidence.orders;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import tw.coloaudit.model.orders.ClockSample;
import tw.coloaudit.model.orders.ColoRules;

class ChronyAndRulesParsersTest {

  @Test
  void readsChronyTrackingAndMeasurementsLogsInMicroseconds() {
    String tracking = """
           Date (UTC) Time     IP Address   St   Freq ppm   Skew ppm     Offset L Co  Offset sd Rem. corr. Root delay Root disp. Max. error
        ===============================================================================================================================================
        2026-11-18 01:00:00 10.20.1.1        2     -3.211      0.012 -1.250e-03 N  1  2.112e-06  1.403e-06  3.021e-04  1.122e-04  4.404e-04\r
        2026-11-18 02:00:00 10.20.1.1        2     -3.211
        """;
    var r = OrderParsing.parse(new ChronyClockParser(), "tracking.log", tracking.getBytes(StandardCharsets.UTF_8),
        StandardCharsets.UTF_8, "colo-gw-1");
    assertThat(r.counts()).isEqualTo("1 used, 2 skipped, 1 rejected");
    assertThat(r.rejects.get(4)).isEqualTo("too few columns for a chrony log line");
    assertThat(r.rejectsZh.get(4)).isEqualTo("chrony 日誌行的欄位數不足");
    ClockSample s = r.records(ClockSample.class).get(0);
    assertThat(s.host()).isEqualTo("colo-gw-1");
    assertThat(s.offsetMicros()).isCloseTo(-1250.0, org.assertj.core.data.Offset.offset(1e-6));
    assertThat(s.time()).isEqualTo(Instant.parse("2026-11-18T01:00:00Z"));

    String measurements = """
           Date (UTC) Time     IP Address   L St 123 567 ABCD  LP RP Score    Offset  Peer del. Peer disp.  Root del. Root disp. Refid     MTxRx
        ====================================================================================================================================
        2016-11-09 05:40:50 203.0.113.15    N  2 111 111 1111  10 10 1.0  -4.966e-05  2.296e-01  1.577e-05  1.615e-04  2.611e-03 7F7F0101 00 4B 4B
        """;
    var m = OrderParsing.parse(new ChronyClockParser(), "measurements.log", measurements.getBytes(StandardCharsets.UTF_8),
        StandardCharsets.UTF_8, "colo-gw-1");
    assertThat(m.counts()).isEqualTo("1 used, 2 skipped, 0 rejected");
    assertThat(m.records(ClockSample.class).get(0).offsetMicros()).isCloseTo(-49.66, org.assertj.core.data.Offset.offset(1e-6));
    var noHost = OrderParsing.parse(new ChronyClockParser(), "measurements.log", measurements.getBytes(StandardCharsets.UTF_8),
        StandardCharsets.UTF_8, null);
    assertThat(noHost.rejects.get(3)).isEqualTo("no host: the manifest entry names no system or device");
    assertThat(noHost.rejectsZh.get(3)).isEqualTo("缺少主機：清單中此檔案的項目未指定 system 或 device");
    var unreadable = OrderParsing.parse(new ChronyClockParser(), "tracking.log",
        "2026-11-18 01:00:00 10.20.1.1 2 -3.211 0.012 -1.2x0e-03 N\n".getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, "gw");
    assertThat(unreadable.rejects.get(1)).isEqualTo("cannot read the time or offset of a chrony log line");
    assertThat(unreadable.rejectsZh.get(1)).isEqualTo("無法讀取 chrony 日誌行的時間或偏移量");
    assertThat(new ChronyClockParser().probe(OrderParsing.sample("tracking.log", tracking))).isTrue();
    assertThat(new ChronyClockParser().probe(OrderParsing.sample("c.csv", "host,time,offset_us\n"))).isFalse();
  }

  @Test
  void readsTheRulesOfUse() {
    var r = OrderParsing.parse(new ColoRulesYamlParser(), "colo-rules.yaml", """
        # rules
        approved_on: 112/07/15
        approved_by: 董事會
        in_internal_control: 是
        criteria: [業務規模, 客戶結構]
        notification: { method: 書面 }
        review_interval_days: 180
        """);
    assertThat(r.counts()).isEqualTo("7 used, 0 skipped, 0 rejected");
    ColoRules c = r.records(ColoRules.class).get(0);
    assertThat(c.approvedOn()).isEqualTo(LocalDate.of(2023, 7, 15));
    assertThat(c.inInternalControl()).isTrue();
    assertThat(c.criteria()).containsExactly("業務規模", "客戶結構");
    assertThat(c.notification()).contains("書面");
    assertThat(c.reviewIntervalDays()).isEqualTo(180);
    assertThat(c.firstBrokerageUseOn()).isNull();
  }

  @Test
  void rejectsEveryLineOfRulesThatCannotBeRead() {
    var r = OrderParsing.parse(new ColoRulesYamlParser(), "colo-rules.yaml", "approved_on: [\nx: 1\n");
    assertThat(r.counts()).isEqualTo("0 used, 0 skipped, 2 rejected");
    var bad = OrderParsing.parse(new ColoRulesYamlParser(), "colo-rules.yaml", "approved_on: someday\n");
    assertThat(bad.rejects.get(1)).startsWith("cannot read the co-location rules: cannot read 'someday'");
    assertThat(bad.rejectsZh.get(1)).isEqualTo("無法讀取主機共置使用規則：無法將 'someday' 讀為日期");
    assertThat(r.rejects.get(1)).startsWith("cannot read the co-location rules: ");
    assertThat(r.rejectsZh.get(1)).isEqualTo("無法讀取主機共置使用規則：YAML 語法錯誤，無法解析");
    var list = OrderParsing.parse(new ColoRulesYamlParser(), "colo-rules.yaml", "- approved_on: 2023-07-15\n");
    assertThat(list.rejects.get(1)).isEqualTo("cannot read the co-location rules: the file is not a YAML mapping");
    assertThat(list.rejectsZh.get(1)).isEqualTo("無法讀取主機共置使用規則：檔案不是 YAML 對應表（key: value）");
    var yesNo = OrderParsing.parse(new ColoRulesYamlParser(), "colo-rules.yaml", "in_internal_control: maybe\nreview_interval_days: 180\n");
    assertThat(yesNo.rejects.get(2)).isEqualTo("cannot read the co-location rules: cannot read 'maybe' as yes or no");
    assertThat(yesNo.rejectsZh.get(2)).isEqualTo("無法讀取主機共置使用規則：無法將 'maybe' 讀為是或否");
    var days = OrderParsing.parse(new ColoRulesYamlParser(), "colo-rules.yaml", "review_interval_days: half a year\n");
    assertThat(days.rejectsZh.get(1)).isEqualTo("無法讀取主機共置使用規則：無法將 'half a year' 讀為整數");
  }
}
