package tw.coloaudit.controls.orders;

import java.util.LinkedHashMap;
import java.util.Map;
import tw.coloaudit.controls.AuditControl;
import tw.coloaudit.controls.AuditInput;
import tw.coloaudit.controls.Control;
import tw.coloaudit.controls.Evaluation;
import tw.coloaudit.facts.orders.OrderSummary;
import tw.coloaudit.model.Localized;
import tw.coloaudit.model.Severity;
import tw.coloaudit.model.Subject;

/** ORD-RECEIPT: every order sent to the exchange joins a receipt record holding a receipt time. */
@Control(
    id = "ORD-RECEIPT",
    family = "orders",
    pattern = 3,
    titleZh = "送出委託皆有接收紀錄與時間",
    titleEn = "Every order sent has a receipt record and time",
    checksZh = "每筆送交易所之新委託（FIX 35=D 或 CSV）皆能以委託序號（跨日）或委託書編號加帳號對應到含接收時間之委託紀錄；"
        + "程式拆單之子單無自身接收時間者，以母單之接收時間為準。",
    checksEn = "Every new order sent to the exchange (FIX 35=D or CSV) joins a receipt record, on client order ID across "
        + "days or else on order number and account, that holds a receipt time; a software-generated child order "
        + "without its own receipt time takes its parent's.",
    severity = Severity.HIGH,
    refs = {"CA-11210 item 22", "FL007051", "TWSE 2020-12-31 co-location audit findings, pattern 3"},
    requires = {"exchange-orders", "client-orders"},
    subjects = {"trade_date,client_order_id"})
public final class OrdersJoinReceipts implements AuditControl {

  @Override
  public void evaluate(AuditInput in, Evaluation out) {
    OrderSummary s = OrderSupport.summary(in);
    long matched = 0;
    for (OrderSummary.Day d : s.days().values()) matched += d.matched;
    out.passAll(Math.max(0, matched - s.untimedCount()));
    for (OrderSummary.Example e : s.orphans()) {
      Map<String, Object> obs = new LinkedHashMap<>();
      obs.put("sent_at", OrderSupport.time(in, e.sentNanos()));
      if (e.gateway() != null) obs.put("gateway", e.gateway());
      out.fail(subject(e),
          Localized.of("委託序號 " + e.clientOrderId() + "（" + e.tradeDate() + "）已送交易所，但查無對應之委託紀錄。",
              "Order " + e.clientOrderId() + " (" + e.tradeDate() + ") was sent to the exchange but joins no receipt record."),
          obs, e.evidence());
    }
    for (OrderSummary.Example e : s.untimed()) {
      out.fail(subject(e),
          Localized.of("委託序號 " + e.clientOrderId() + "（" + e.tradeDate() + "）之委託紀錄無接收時間，亦無可用之母單時間。",
              "The receipt record of order " + e.clientOrderId() + " (" + e.tradeDate() + ") holds no receipt time, nor does a parent instruction."),
          Map.of("sent_at", OrderSupport.time(in, e.sentNanos())), e.evidence());
    }
    out.observe("orphan_exchange_orders", s.orphanCount());
    out.observe("receipts_without_time", s.untimedCount());
    Map<String, Long> receiptsOnly = new LinkedHashMap<>();
    s.days().forEach((d, day) -> {
      if (day.receiptsWithoutOrder > 0) receiptsOnly.put(d.toString(), day.receiptsWithoutOrder);
    });
    out.observe("receipts_without_exchange_order", receiptsOnly);
    out.observe("input_issues", OrderSupport.issues(s, 100));
    out.observe("input_issue_count", s.issueCount());
  }

  private static Subject subject(OrderSummary.Example e) {
    return Subject.of("trade_date", e.tradeDate().toString(), "client_order_id", e.clientOrderId());
  }
}
