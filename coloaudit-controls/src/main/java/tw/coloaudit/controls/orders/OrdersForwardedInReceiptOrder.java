package tw.coloaudit.controls.orders;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import tw.coloaudit.controls.AuditControl;
import tw.coloaudit.controls.AuditInput;
import tw.coloaudit.controls.Control;
import tw.coloaudit.controls.Evaluation;
import tw.coloaudit.facts.orders.OrderSummary;
import tw.coloaudit.model.Localized;
import tw.coloaudit.model.Severity;
import tw.coloaudit.model.Subject;

/** COLO-FIFO: within a gateway and trading day, no order was sent before one received earlier (beyond the tolerance). */
@Control(
    id = "COLO-FIFO",
    family = "colo",
    pattern = 1,
    titleZh = "委託依接收順序送出",
    titleEn = "Orders forwarded in the order received",
    checksZh = "同一閘道同一交易日內，委託依接收先後送出（無自身接收時間之子單除外）：較晚接收之委託早於先接收者送出逾容許值，"
        + "即為插隊，每筆插隊委託列為一項缺失；每閘道每日之插隊筆數列於 observed。",
    checksEn = "Within one gateway and trading day, orders (child orders without their own receipt time aside) are sent in "
        + "the order received: an order sent more than the tolerance before an order received earlier overtook it; one "
        + "finding per overtaking order, with counts per gateway and day in observed.",
    severity = Severity.HIGH,
    refs = {"主機共置服務管理辦法 art. 11", "Operating Rules art. 80", "TWSE 2020-12-31 co-location audit findings, pattern 1"},
    requires = {"client-orders", "exchange-orders"},
    policy = {"fifo_tolerance_us"},
    subjects = {"gateway,trade_date,client_order_id"})
public final class OrdersForwardedInReceiptOrder implements AuditControl {

  @Override
  public void evaluate(AuditInput in, Evaluation out) {
    OrderSummary s = OrderSupport.summary(in);
    Map<String, Map<String, Long>> overtakes = new TreeMap<>();
    long matched = 0;
    for (var d : s.days().entrySet()) {
      matched += d.getValue().matched;
      d.getValue().overtakes.forEach((gw, n) -> overtakes.computeIfAbsent(gw, k -> new TreeMap<>()).put(d.getKey().toString(), n));
    }
    for (OrderSummary.Example e : s.overtakes()) {
      String[] over = e.overtaken().split("\u0000");
      long earlierSent = Long.parseLong(over[2]);
      long aheadUs = (earlierSent - e.sentNanos()) / 1000;
      Map<String, Object> obs = new LinkedHashMap<>();
      obs.put("received_at", OrderSupport.time(in, e.receivedNanos()));
      obs.put("sent_at", OrderSupport.time(in, e.sentNanos()));
      obs.put("overtaken_client_order_id", over[0]);
      obs.put("overtaken_received_at", OrderSupport.time(in, Long.parseLong(over[1])));
      obs.put("overtaken_sent_at", OrderSupport.time(in, earlierSent));
      obs.put("ahead_us", aheadUs);
      out.fail(Subject.of("gateway", e.gateway(), "trade_date", e.tradeDate().toString(), "client_order_id", e.clientOrderId()),
          Localized.of("閘道 " + e.gateway() + " 於 " + e.tradeDate() + " 之委託 " + e.clientOrderId() + " 較先接收之委託 " + over[0]
                  + " 早 " + aheadUs + " 微秒送出。",
              "On gateway " + e.gateway() + " on " + e.tradeDate() + ", order " + e.clientOrderId() + " was sent " + aheadUs
                  + " µs before order " + over[0] + ", which was received earlier."),
          obs, e.evidence());
    }
    out.passAll(Math.max(0, matched - s.overtakeCount()));
    out.observe("overtakes", overtakes);
    out.observe("overtake_count", s.overtakeCount());
  }
}
