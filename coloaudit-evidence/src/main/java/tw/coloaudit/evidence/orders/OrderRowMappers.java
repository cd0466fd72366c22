package tw.coloaudit.evidence.orders;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import tw.coloaudit.evidence.register.RegisterRow;
import tw.coloaudit.evidence.register.RowMapper;
import tw.coloaudit.evidence.register.ValueException;
import tw.coloaudit.model.orders.ClientOrder;
import tw.coloaudit.model.orders.ClockSample;
import tw.coloaudit.model.orders.ColoEligibility;
import tw.coloaudit.model.orders.EligibilityReview;
import tw.coloaudit.model.orders.ExchangeOrder;
import tw.coloaudit.model.orders.OrderSignoff;

/** Row mappers of the order family's register kinds (receipts in XLSX, exchange orders as CSV, the registers). */
public final class OrderRowMappers {

  private OrderRowMappers() {}

  public static final Map<String, RowMapper> ALL =
      Map.of(
          "colo-eligibility", OrderRowMappers::eligibility,
          "colo-eligibility-reviews", OrderRowMappers::review,
          "order-signoffs", OrderRowMappers::signoff,
          "clock-sync", OrderRowMappers::clock,
          "exchange-orders", OrderRowMappers::exchange,
          "client-orders", OrderRowMappers::receipt);

  static List<Object> eligibility(RegisterRow r) throws ValueException {
    return List.of(new ColoEligibility(r.text("account"), r.text("name"), r.date("eligible_from"), r.date("eligible_to"),
        r.date("notified_on"), r.source()));
  }

  static List<Object> review(RegisterRow r) throws ValueException {
    return List.of(new EligibilityReview(r.date("reviewed_on"), r.text("reviewer"), r.text("approver"), r.source()));
  }

  static List<Object> signoff(RegisterRow r) throws ValueException {
    return List.of(new OrderSignoff(r.date("trade_date"), r.text("clerk"), r.timestamp("clerk_signed_at"), r.text("supervisor"),
        r.timestamp("supervisor_signed_at"), r.source()));
  }

  static List<Object> clock(RegisterRow r) throws ValueException {
    Instant t = r.timestamp("time");
    String offset = r.text("offset_us");
    double us;
    try {
      us = Double.parseDouble(offset.strip());
    } catch (NumberFormatException e) {
      throw r.fail("offset_us", "無法將 '" + offset + "' 讀為微秒數", "cannot read '" + offset + "' as a number of microseconds");
    }
    return List.of(new ClockSample(r.text("host"), t, us, r.source()));
  }

  static List<Object> exchange(RegisterRow r) throws ValueException {
    return List.of(new ExchangeOrder(r.text("client_order_id"), r.text("order_no"), r.text("account"), r.timestamp("sent_at"),
        r.text("symbol"), r.text("gateway"), r.source()));
  }

  static List<Object> receipt(RegisterRow r) throws ValueException {
    return List.of(new ClientOrder(r.text("client_order_id"), r.text("order_no"), r.text("parent_id"), r.text("account"),
        r.text("name"), r.timestamp("received_at"), r.text("symbol"), r.text("side"), r.text("qty"), r.text("price"),
        r.text("price_type"), r.text("tif"), r.text("channel"), r.text("gateway"), r.text("source_ip"), r.text("desk"),
        r.source()));
  }
}
