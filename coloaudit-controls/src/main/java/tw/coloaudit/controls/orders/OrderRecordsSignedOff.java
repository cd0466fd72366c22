package tw.coloaudit.controls.orders;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tw.coloaudit.controls.AuditControl;
import tw.coloaudit.controls.AuditInput;
import tw.coloaudit.controls.Control;
import tw.coloaudit.controls.Evaluation;
import tw.coloaudit.controls.PolicyKeys;
import tw.coloaudit.facts.orders.OrderSummary;
import tw.coloaudit.model.Localized;
import tw.coloaudit.model.Provenance;
import tw.coloaudit.model.Severity;
import tw.coloaudit.model.Subject;
import tw.coloaudit.model.orders.OrderSignoff;

/** ORD-SIGNOFF: each trading day's order record was signed by the clerk and a different supervisor, after the close and by the next business day. */
@Control(
    id = "ORD-SIGNOFF",
    family = "orders",
    pattern = 3,
    titleZh = "委託紀錄經經辦及主管簽章",
    titleEn = "Order records signed by clerk and supervisor",
    checksZh = "證據中有委託之每一交易日，依時序列印之委託紀錄經經辦及主管（不同人）簽章，簽章時間在當日收盤後、次一營業日結束前；"
        + "期限在查核基準日之後者尚不列為缺失。",
    checksEn = "For every trading day with orders in the evidence, the time-sequenced order record was signed by the "
        + "handling clerk and by a different supervisor, both after that day's close and no later than the next business "
        + "day; a deadline after the as-of date is not a finding yet.",
    severity = Severity.MEDIUM,
    refs = {"CA-11210 item 22", "FL007051", "TWSE 2020-12-31 co-location audit findings, pattern 3"},
    requires = {"order-signoffs", "exchange-orders"},
    uses = {"client-orders"},
    policy = {"market_close"},
    subjects = {"trade_date"})
public final class OrderRecordsSignedOff implements AuditControl {

  @Override
  public void evaluate(AuditInput in, Evaluation out) {
    OrderSummary s = OrderSupport.summary(in);
    LocalTime close = LocalTime.parse(in.policy().stringValue(PolicyKeys.MARKET_CLOSE));
    Map<LocalDate, OrderSignoff> byDay = new LinkedHashMap<>();
    for (OrderSignoff o : in.facts().records(OrderSignoff.class)) if (o.tradeDate() != null) byDay.putIfAbsent(o.tradeDate(), o);
    for (var e : s.days().entrySet()) {
      LocalDate day = e.getKey();
      if (e.getValue().receipts + e.getValue().exchangeOrders == 0) continue;
      LocalDate deadline = day.plusDays(1);
      while (!OrderSupport.businessDay(in, deadline)) deadline = deadline.plusDays(1);
      if (deadline.isAfter(in.asOf())) {
        out.skip("deadline_after_as_of");
        continue;
      }
      Instant after = day.atTime(close).atZone(in.zone()).toInstant();
      Instant by = deadline.plusDays(1).atStartOfDay(in.zone()).toInstant();
      OrderSignoff o = byDay.get(day);
      List<String> zh = new ArrayList<>();
      List<String> en = new ArrayList<>();
      if (o == null) {
        zh.add("無簽章紀錄");
        en.add("no sign-off record");
      } else {
        check("經辦", "clerk", o.clerk(), o.clerkSignedAt(), after, by, zh, en);
        check("主管", "supervisor", o.supervisor(), o.supervisorSignedAt(), after, by, zh, en);
        if (o.clerk() != null && o.clerk().strip().equalsIgnoreCase(o.supervisor() == null ? "" : o.supervisor().strip())) {
          zh.add("經辦與主管為同一人");
          en.add("clerk and supervisor are the same person");
        }
      }
      Subject subject = Subject.of("trade_date", day.toString());
      if (zh.isEmpty()) {
        out.pass(subject);
        continue;
      }
      Map<String, Object> obs = new LinkedHashMap<>();
      obs.put("deadline", deadline.toString());
      List<Provenance> ev = o != null ? List.of(o.source()) : receiptOf(s, day);
      out.fail(subject,
          Localized.of(day + " 之委託紀錄簽章不符：" + String.join("；", zh) + "。",
              "The order record of " + day + " is not properly signed: " + String.join("; ", en) + "."),
          obs, ev);
    }
  }

  private static List<Provenance> receiptOf(OrderSummary s, LocalDate day) {
    Provenance p = s.receiptDays().get(day);
    if (p != null) return List.of(p);
    var d = s.days().get(day);
    return d == null ? List.of() : d.firstReceipt.values().stream().limit(1).toList();
  }

  private static void check(String roleZh, String roleEn, String who, Instant at, Instant after, Instant by, List<String> zh,
      List<String> en) {
    if (who == null || at == null) {
      zh.add("缺" + roleZh + "簽章");
      en.add("no " + roleEn + " signature");
    } else if (!at.isAfter(after)) {
      zh.add(roleZh + "於收盤前簽章");
      en.add(roleEn + " signed before the close");
    } else if (!at.isBefore(by)) {
      zh.add(roleZh + "逾次一營業日始簽章");
      en.add(roleEn + " signed after the next business day");
    }
  }
}
