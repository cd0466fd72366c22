package tw.coloaudit.controls.orders;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tw.coloaudit.controls.AuditControl;
import tw.coloaudit.controls.AuditInput;
import tw.coloaudit.controls.Control;
import tw.coloaudit.controls.Evaluation;
import tw.coloaudit.facts.orders.OrderSummary;
import tw.coloaudit.model.Localized;
import tw.coloaudit.model.Provenance;
import tw.coloaudit.model.Severity;
import tw.coloaudit.model.Subject;
import tw.coloaudit.model.orders.ColoEligibility;

/** COLO-ELIGIBILITY: every brokerage account with co-location orders was eligible on each order's date. */
@Control(
    id = "COLO-ELIGIBILITY",
    family = "colo",
    pattern = 1,
    titleZh = "主機共置委託帳戶皆具使用資格",
    titleEn = "Co-location orders come from eligible accounts",
    checksZh = "以主機共置方式委託之經紀客戶帳號，於每筆委託日期皆列於合格投資人名單之資格期間內；自營帳戶不在範圍內。",
    checksEn = "Every brokerage customer account with orders received on the co-location channel was on the eligible list "
        + "on each such order's date; the firm's own dealer accounts are out of scope.",
    severity = Severity.HIGH,
    refs = {"主機共置服務管理辦法 art. 19", "TWSE 2020-12-31 co-location audit findings, pattern 1"},
    requires = {"colo-eligibility", "client-orders"},
    subjects = {"account"})
public final class ColoOrdersFromEligibleAccounts implements AuditControl {

  @Override
  public void evaluate(AuditInput in, Evaluation out) {
    OrderSummary s = OrderSupport.summary(in);
    Map<String, List<ColoEligibility>> byAccount = new LinkedHashMap<>();
    for (ColoEligibility e : in.facts().records(ColoEligibility.class)) {
      if (e.account() != null) byAccount.computeIfAbsent(e.account().strip(), k -> new ArrayList<>()).add(e);
    }
    for (var a : s.coloBrokerageDays().entrySet()) {
      List<ColoEligibility> rows = byAccount.getOrDefault(a.getKey(), List.of());
      List<LocalDate> outside = new ArrayList<>();
      for (LocalDate d : a.getValue().keySet()) {
        if (rows.stream().noneMatch(r -> r.covers(d))) outside.add(d);
      }
      Subject subject = Subject.of("account", a.getKey());
      if (outside.isEmpty()) {
        out.pass(subject);
        continue;
      }
      Map<String, Object> obs = new LinkedHashMap<>();
      obs.put("days_not_eligible", outside.size());
      obs.put("first_day", outside.get(0).toString());
      obs.put("last_day", outside.get(outside.size() - 1).toString());
      List<Provenance> ev = new ArrayList<>();
      ev.add(a.getValue().get(outside.get(0)));
      rows.forEach(r -> ev.add(r.source()));
      String why = rows.isEmpty() ? "不在合格投資人名單" : "資格期間未涵蓋";
      String whyEn = rows.isEmpty() ? "is not on the eligible list" : "was outside its eligibility period";
      out.fail(subject,
          Localized.of("帳號 " + a.getKey() + " 於 " + outside.size() + " 個交易日（" + outside.get(0) + " 起）以主機共置委託，但" + why + "。",
              "Account " + a.getKey() + " placed co-location orders on " + outside.size() + " "
                  + (outside.size() == 1 ? "day" : "days") + " (from " + outside.get(0) + ") but " + whyEn + "."),
          obs, ev);
    }
  }
}
