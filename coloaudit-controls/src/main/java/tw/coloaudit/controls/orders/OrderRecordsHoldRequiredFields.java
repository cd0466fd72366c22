package tw.coloaudit.controls.orders;

import java.util.Map;
import tw.coloaudit.controls.AuditControl;
import tw.coloaudit.controls.AuditInput;
import tw.coloaudit.controls.Control;
import tw.coloaudit.controls.Evaluation;
import tw.coloaudit.facts.orders.OrderFacts;
import tw.coloaudit.facts.orders.OrderSummary;
import tw.coloaudit.model.Localized;
import tw.coloaudit.model.Severity;
import tw.coloaudit.model.Subject;

/** ORD-FIELDS: receipt records hold the fields an order record must hold. */
@Control(
    id = "ORD-FIELDS",
    family = "orders",
    pattern = 3,
    titleZh = "委託紀錄欄位完整",
    titleEn = "Order records hold the required fields",
    checksZh = "委託紀錄須載明帳號、客戶姓名、委託時間、股票代號、買賣別、數量、價格別、委託條件及委託方式；網路及 API 委託另須載明來源 IP。",
    checksEn = "Receipt records hold account, customer name, order time, symbol, side, quantity, price type, validity and "
        + "channel; Internet and API orders also hold the source IP.",
    severity = Severity.MEDIUM,
    refs = {"FL007051", "Operating Rules art. 80", "TWSE 2020-12-31 co-location audit findings, pattern 3"},
    requires = {"client-orders"},
    subjects = {"trade_date,client_order_id,field"})
public final class OrderRecordsHoldRequiredFields implements AuditControl {

  @Override
  public void evaluate(AuditInput in, Evaluation out) {
    OrderSummary s = OrderSupport.summary(in);
    OrderFacts facts = in.facts().fact(OrderFacts.class);
    long receipts = facts == null ? 0 : facts.receiptCount();
    for (OrderSummary.FieldGap g : s.fieldGaps()) {
      out.fail(Subject.of("trade_date", g.tradeDate().toString(), "client_order_id", g.clientOrderId(), "field", g.field()),
          Localized.of("委託序號 " + g.clientOrderId() + "（" + g.tradeDate() + "）之委託紀錄缺少 " + g.field() + " 欄位。",
              "The receipt record of order " + g.clientOrderId() + " (" + g.tradeDate() + ") has no " + g.field() + "."),
          Map.of(), java.util.List.of(g.evidence()));
    }
    long failingRecords = s.fieldGaps().stream().map(g -> g.evidence()).distinct().count();
    out.passAll(Math.max(0, receipts - failingRecords));
    out.observe("missing_field_count", s.fieldGapCount());
  }
}
