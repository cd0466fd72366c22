package tw.coloaudit.controls.orders;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
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

/** ORD-RETENTION: receipt records cover every business day of the retention window. */
@Control(
    id = "ORD-RETENTION",
    family = "orders",
    pattern = 3,
    titleZh = "委託紀錄保存年限",
    titleEn = "Order records retained for the period",
    checksZh = "委託紀錄涵蓋保存期間（查核基準日前之年限）內每一營業日（非週末且非清單所列假日）；連續缺漏之營業日列為一項缺失，"
        + "from/to 為缺漏前後有紀錄之日期（或期間起訖）。",
    checksEn = "Receipt records cover every business day (weekdays not in the manifest's holidays) of the retention window "
        + "before the as-of date; each run of missing business days is one finding, from/to being the dates with records "
        + "on either side (or the window's edges).",
    severity = Severity.MEDIUM,
    refs = {"FL007051", "Brokerage Contract rules art. 4", "TWSE 2020-12-31 co-location audit findings, pattern 3"},
    requires = {"client-orders"},
    policy = {"order_retention_years"},
    subjects = {"from,to"})
public final class OrderRecordsRetained implements AuditControl {

  @Override
  public void evaluate(AuditInput in, Evaluation out) {
    OrderSummary s = OrderSupport.summary(in);
    SortedMap<LocalDate, Provenance> days = s.receiptDays();
    int years = in.policy().intValue(PolicyKeys.ORDER_RETENTION_YEARS);
    LocalDate start = in.asOf().minusYears(years);
    LocalDate prev = start;
    List<LocalDate> missing = new ArrayList<>();
    for (LocalDate d = start; d.isBefore(in.asOf()); d = d.plusDays(1)) {
      if (days.containsKey(d)) {
        report(in, out, prev, d, missing, days);
        prev = d;
      } else if (OrderSupport.businessDay(in, d)) {
        missing.add(d);
      }
    }
    report(in, out, prev, in.asOf(), missing, days);
    out.observe("window_from", start.toString());
    out.observe("days_with_receipts", days.subMap(start, in.asOf()).size());
    if (!days.isEmpty()) out.observe("first_receipt_day", days.firstKey().toString());
  }

  private static void report(AuditInput in, Evaluation out, LocalDate from, LocalDate to, List<LocalDate> missing,
      SortedMap<LocalDate, Provenance> days) {
    if (missing.isEmpty()) {
      if (days.containsKey(to)) out.pass(null);
      return;
    }
    Map<String, Object> obs = new LinkedHashMap<>();
    obs.put("missing_business_days", missing.size());
    obs.put("first_missing", missing.get(0).toString());
    obs.put("last_missing", missing.get(missing.size() - 1).toString());
    List<Provenance> ev = new ArrayList<>();
    if (days.containsKey(from)) ev.add(days.get(from));
    if (days.containsKey(to)) ev.add(days.get(to));
    if (ev.isEmpty() && !days.isEmpty()) ev.add(days.get(days.firstKey()));
    out.fail(Subject.of("from", from.toString(), "to", to.toString()),
        Localized.of("委託紀錄自 " + from + " 至 " + to + " 缺少 " + missing.size() + " 個營業日（" + missing.get(0) + " 起）。",
            "Receipt records between " + from + " and " + to + " miss " + missing.size() + " business "
                + (missing.size() == 1 ? "day" : "days") + " (from " + missing.get(0) + ")."),
        obs, ev);
    missing.clear();
  }
}
