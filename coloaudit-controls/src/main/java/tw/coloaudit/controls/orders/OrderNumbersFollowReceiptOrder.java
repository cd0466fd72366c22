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

/** ORD-SEQUENCE: order serial numbers are unique per trading day and increase in receipt order within their range. */
@Control(
    id = "ORD-SEQUENCE",
    family = "orders",
    pattern = 3,
    titleZh = "委託書編號依接收順序編列",
    titleEn = "Order serial numbers assigned in the order received",
    checksZh = "委託書編號於同一交易日內不重複，且依委託時間排序後，於同一編號區段（編號開頭之英文字母）內遞增。",
    checksEn = "Order serial numbers are unique per trading day and, sorted by receipt time, increase within each number "
        + "range (the leading letters of the number).",
    severity = Severity.MEDIUM,
    refs = {"FL007051", "Operating Rules art. 80", "TWSE 2020-12-31 co-location audit findings, pattern 3"},
    requires = {"client-orders"},
    subjects = {"trade_date,order_no"})
public final class OrderNumbersFollowReceiptOrder implements AuditControl {

  @Override
  public void evaluate(AuditInput in, Evaluation out) {
    OrderSummary s = OrderSupport.summary(in);
    for (OrderSummary.SequenceBreak b : s.sequenceBreaks()) {
      Map<String, Object> obs = new LinkedHashMap<>();
      obs.put("kind", b.kind());
      Subject subject = Subject.of("trade_date", b.tradeDate().toString(), "order_no", b.orderNo());
      if (b.kind().equals("duplicate")) {
        out.fail(subject,
            Localized.of("委託書編號 " + b.orderNo() + " 於 " + b.tradeDate() + " 重複使用。",
                "Order number " + b.orderNo() + " is used more than once on " + b.tradeDate() + "."),
            obs, b.evidence());
      } else {
        obs.put("previous_order_no", b.previousOrderNo());
        out.fail(subject,
            Localized.of("委託書編號 " + b.orderNo() + "（" + b.tradeDate() + "）小於較早接收之委託書編號 " + b.previousOrderNo() + "。",
                "Order number " + b.orderNo() + " (" + b.tradeDate() + ") is lower than " + b.previousOrderNo()
                    + ", which was received earlier."),
            obs, b.evidence());
      }
    }
    for (var d : s.days().entrySet()) if (d.getValue().receipts > 0) out.pass(null);
    out.observe("sequence_break_count", s.sequenceBreakCount());
  }
}
