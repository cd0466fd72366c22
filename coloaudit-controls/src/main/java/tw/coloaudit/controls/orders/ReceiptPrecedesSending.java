package tw.coloaudit.controls.orders;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import tw.coloaudit.controls.AuditControl;
import tw.coloaudit.controls.AuditInput;
import tw.coloaudit.controls.Control;
import tw.coloaudit.controls.Evaluation;
import tw.coloaudit.controls.PolicyKeys;
import tw.coloaudit.facts.orders.OrderSummary;
import tw.coloaudit.model.Localized;
import tw.coloaudit.model.Severity;
import tw.coloaudit.model.Subject;

/** ORD-CAUSALITY: no matched order was received after it was sent (beyond the tolerance). */
@Control(
    id = "ORD-CAUSALITY",
    family = "orders",
    pattern = 3,
    titleZh = "委託接收時間不晚於送出時間",
    titleEn = "Receipt time not after send time",
    checksZh = "每筆已對應之委託，其接收時間（子單無自身時間者以母單為準）不晚於送交易所之時間；負延遲代表時鐘或紀錄錯誤。",
    checksEn = "For every matched order, the receipt time (a child's own, else its parent's) is not after the time it was "
        + "sent to the exchange; a negative latency is a clock or record fault.",
    severity = Severity.HIGH,
    refs = {"CA-11210 item 22", "FL007051", "TWSE 2020-12-31 co-location audit findings, pattern 3"},
    requires = {"exchange-orders", "client-orders"},
    policy = {"clock_tolerance_us"},
    subjects = {"trade_date,client_order_id"})
public final class ReceiptPrecedesSending implements AuditControl {

  @Override
  public void evaluate(AuditInput in, Evaluation out) {
    OrderSummary s = OrderSupport.summary(in);
    long tolNanos = in.policy().longValue(PolicyKeys.CLOCK_TOLERANCE_US) * 1000L;
    long matched = 0;
    for (OrderSummary.Day d : s.days().values()) matched += d.matched - 0;
    long failed = 0;
    Map<String, Long> perDay = new TreeMap<>();
    for (OrderSummary.Example e : s.negatives()) {
      long late = -e.latencyNanos();
      if (late <= tolNanos) continue;
      failed++;
      perDay.merge(e.tradeDate().toString(), 1L, Long::sum);
      Map<String, Object> obs = new LinkedHashMap<>();
      obs.put("received_at", OrderSupport.time(in, e.receivedNanos()));
      obs.put("sent_at", OrderSupport.time(in, e.sentNanos()));
      obs.put("latency_us", e.latencyMicros());
      if (e.gateway() != null) obs.put("gateway", e.gateway());
      out.fail(Subject.of("trade_date", e.tradeDate().toString(), "client_order_id", e.clientOrderId()),
          Localized.of("委託序號 " + e.clientOrderId() + "（" + e.tradeDate() + "）接收時間晚於送出時間 " + (late / 1000) + " 微秒。",
              "Order " + e.clientOrderId() + " (" + e.tradeDate() + ") was received " + (late / 1000) + " µs after it was sent."),
          obs, e.evidence());
    }
    out.passAll(Math.max(0, matched - s.untimedCount() - failed));
    out.observe("negative_latencies", perDay);
    out.observe("negative_latency_count", s.negativeCount());
  }
}
