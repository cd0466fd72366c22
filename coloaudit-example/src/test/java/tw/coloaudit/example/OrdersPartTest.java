package tw.coloaudit.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tw.coloaudit.example.ExamplePack.ExpectedFinding;

class OrdersPartTest {

  private static final Map<String, List<Set<String>>> SUBJECT_FORMS = Map.ofEntries(
      Map.entry("COLO-RULES", List.of(Set.of("rule"))),
      Map.entry("COLO-ELIGIBILITY", List.of(Set.of("account"))),
      Map.entry("COLO-NOTIFY", List.of(Set.of("account"))),
      Map.entry("COLO-LIST-REVIEW", List.of(Set.of("from", "to"))),
      Map.entry("COLO-PRIORITY", List.of(Set.of("gateway", "trade_date"))),
      Map.entry("COLO-FIFO", List.of(Set.of("gateway", "trade_date", "client_order_id"))),
      Map.entry("ORD-RECEIPT", List.of(Set.of("trade_date", "client_order_id"))),
      Map.entry("ORD-CAUSALITY", List.of(Set.of("trade_date", "client_order_id"))),
      Map.entry("ORD-FIELDS", List.of(Set.of("trade_date", "client_order_id", "field"))),
      Map.entry("ORD-SEQUENCE", List.of(Set.of("trade_date", "order_no"))),
      Map.entry("ORD-SIGNOFF", List.of(Set.of("trade_date"))),
      Map.entry("ORD-CLOCK", List.of(Set.of("host", "from", "to"))),
      Map.entry("ORD-RETENTION", List.of(Set.of("from", "to"))));

  private final OrdersPart part = new OrdersPart();

  @Test
  void answerKeyUsesTheSubjectFormsOfTheCatalog() {
    for (ExpectedFinding f : part.answerKey()) {
      assertThat(SUBJECT_FORMS.get(f.control())).as(f.toString()).contains(f.subject().keySet());
    }
    assertThat(part.expectedStatus().keySet()).isEqualTo(SUBJECT_FORMS.keySet());
  }

  @Test
  void everyFailingControlHasAKeyFindingAndEveryPassingOneNone() {
    part.expectedStatus().forEach((control, status) -> {
      boolean found = part.answerKey().stream().anyMatch(f -> f.control().equals(control));
      assertThat(found).as(control).isEqualTo(status.equals("fail"));
    });
  }

  @Test
  void writesTheFirstReceiptsInBig5WithChineseHeadersAndCrlf() {
    byte[] b = part.files().get("orders/receipts/receipts-2026-11-17.csv");
    String text = new String(b, Charset.forName("x-windows-950"));
    assertThat(text).startsWith("委託序號,委託書編號,母單序號,帳號").contains("\r\n").contains("主機共置");
    assertThat(new String(b, StandardCharsets.UTF_8)).doesNotContain("委託序號");
  }

  @Test
  void theArchiveCoversEveryBusinessDayOfFiveYearsButTheMissingOne() {
    String archive = new String(part.files().get("orders/archive/receipts-2021-2026.csv"), StandardCharsets.UTF_8);
    for (LocalDate d = LocalDate.of(2021, 11, 22); d.isBefore(LocalDate.of(2026, 11, 17)); d = d.plusDays(1)) {
      boolean weekday = d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
      boolean expected = weekday && !OrdersPart.HOLIDAYS.contains(d) && !d.equals(OrdersPart.MISSING_DAY);
      assertThat(archive.contains("," + d + " 10:00:00")).as(d.toString()).isEqualTo(expected);
    }
  }

  @Test
  void fixLogsCarryTheQuickFixPrefixAndSoh() {
    String log = new String(part.files().get("orders/fix/9A00COLO1.messages.20261118.log"), StandardCharsets.US_ASCII);
    assertThat(log.lines().findFirst().orElseThrow()).matches("20261118-00:30:00\\.000: 8=FIX\\.4\\.4\u00019=\\d+\u000135=A.*10=\\d{3}\u0001");
    assertThat(log).contains("35=D\u0001").contains("11=R20261118-0102\u0001");
  }
}
