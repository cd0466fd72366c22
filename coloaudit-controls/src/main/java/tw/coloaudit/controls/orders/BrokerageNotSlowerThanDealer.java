package tw.coloaudit.controls.orders;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.HdrHistogram.Histogram;
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

/** COLO-PRIORITY: brokerage orders are not handled later than the firm's dealer orders on the same gateway. */
@Control(
    id = "COLO-PRIORITY",
    family = "colo",
    pattern = 1,
    titleZh = "經紀委託未較自營委託慢",
    titleEn = "Brokerage orders not handled later than dealer orders",
    checksZh = "同一主機共置閘道同一交易日，比較經紀與自營委託自接收至送出之延遲：經紀之中位數或第 99 百分位數較自營多出逾容許值者，列為缺失。",
    checksEn = "Per co-location gateway and trading day, compares receipt-to-send latency of brokerage and dealer orders; "
        + "fails when the brokerage median or 99th percentile exceeds the dealer's by more than the tolerance.",
    severity = Severity.HIGH,
    refs = {"主機共置服務管理辦法 art. 11", "TWSE 2020-12-31 co-location audit findings, pattern 1"},
    requires = {"client-orders", "exchange-orders"},
    policy = {"priority_tolerance_us"},
    subjects = {"gateway,trade_date"})
public final class BrokerageNotSlowerThanDealer implements AuditControl {

  @Override
  public void evaluate(AuditInput in, Evaluation out) {
    OrderSummary s = OrderSupport.summary(in);
    long tol = in.policy().longValue(PolicyKeys.PRIORITY_TOLERANCE_US);
    Map<String, Map<String, Map<String, Object>>> latency = new TreeMap<>();
    for (var d : s.days().entrySet()) {
      String date = d.getKey().toString();
      for (var g : d.getValue().latency.entrySet()) {
        Map<String, Object> desks = new TreeMap<>();
        g.getValue().forEach((desk, h) -> desks.put(desk, figures(h)));
        latency.computeIfAbsent(g.getKey(), k -> new TreeMap<>()).put(date, desks);
        Histogram b = g.getValue().get("brokerage");
        Histogram dl = g.getValue().get("dealer");
        if (b == null || dl == null) {
          out.skip("one_desk_only");
          continue;
        }
        long bp50 = at(b, 50), bp99 = at(b, 99);
        long dp50 = at(dl, 50), dp99 = at(dl, 99);
        Subject subject = Subject.of("gateway", g.getKey(), "trade_date", date);
        if (bp50 - dp50 <= tol && bp99 - dp99 <= tol) {
          out.pass(subject);
          continue;
        }
        Map<String, Object> obs = new LinkedHashMap<>();
        obs.put("brokerage", figures(b));
        obs.put("dealer", figures(dl));
        obs.put("tolerance_us", tol);
        out.fail(subject,
            Localized.of("閘道 " + g.getKey() + " 於 " + date + " 經紀委託延遲（中位數 " + bp50 + "、p99 " + bp99 + " 微秒）較自營（中位數 "
                    + dp50 + "、p99 " + dp99 + " 微秒）多出逾 " + tol + " 微秒。",
                "On gateway " + g.getKey() + " on " + date + ", brokerage latency (median " + bp50 + " µs, p99 " + bp99
                    + " µs) exceeds dealer latency (median " + dp50 + " µs, p99 " + dp99 + " µs) by more than " + tol + " µs."),
            obs, evidence(d.getValue(), g.getKey()));
      }
    }
    out.observe("latency", latency);
  }

  private static List<Provenance> evidence(OrderSummary.Day day, String gateway) {
    List<Provenance> out = new java.util.ArrayList<>();
    Provenance b = day.firstReceipt.get(gateway + "/brokerage");
    Provenance d = day.firstReceipt.get(gateway + "/dealer");
    if (b != null) out.add(b);
    if (d != null) out.add(d);
    return out;
  }

  /** A percentile as the lowest value of its bucket (three significant digits), so a recorded value reads back as itself. */
  private static long at(Histogram h, double percentile) {
    return h.lowestEquivalentValue(h.getValueAtPercentile(percentile));
  }

  private static Map<String, Object> figures(Histogram h) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("p50_us", at(h, 50));
    m.put("p99_us", at(h, 99));
    m.put("count", h.getTotalCount());
    return m;
  }
}
