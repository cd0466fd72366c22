package tw.coloaudit.controls.log;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tw.coloaudit.controls.AuditControl;
import tw.coloaudit.controls.AuditInput;
import tw.coloaudit.controls.Control;
import tw.coloaudit.controls.Evaluation;
import tw.coloaudit.controls.PolicyKeys;
import tw.coloaudit.controls.support.Cadence;
import tw.coloaudit.controls.support.Days;
import tw.coloaudit.model.Localized;
import tw.coloaudit.model.Provenance;
import tw.coloaudit.model.Severity;
import tw.coloaudit.model.Subject;
import tw.coloaudit.model.SystemDef;
import tw.coloaudit.model.log.LogReview;

/** LOG-REVIEW: each important system's audit logs were reviewed at least at the stated interval. */
@Control(
    id = "LOG-REVIEW",
    family = "logs",
    pattern = 7,
    titleZh = "稽核日誌定期檢視",
    titleEn = "Audit logs reviewed periodically",
    checksZh = "每個重要系統的稽核日誌須由指定人員定期檢視並留有紀錄：自第一次檢視起，相鄰兩次檢視之間及最後一次檢視至查核基準日，"
        + "間隔不得超過上限天數。",
    checksEn = "A designated person reviewed each important system's audit logs, with a record: from the first review "
        + "on, no two consecutive reviews, nor the last review and the as-of date, are further apart than the limit.",
    severity = Severity.MEDIUM,
    refs = {"CC-18000", "TWSE 2020-12-31 co-location audit findings, pattern 7"},
    requires = {"log-reviews"},
    policy = {"log_review_days"},
    subjects = {"system,from,to"})
public final class AuditLogsReviewed implements AuditControl {

  @Override
  public void evaluate(AuditInput in, Evaluation out) {
    int limit = in.policy().intValue(PolicyKeys.LOG_REVIEW_DAYS);
    Map<String, TreeMap<LocalDate, List<LogReview>>> bySystem = new TreeMap<>();
    for (LogReview r : in.facts().records(LogReview.class)) {
      if (r.system() == null || r.reviewedOn() == null || r.reviewedOn().isAfter(in.asOf())) continue;
      bySystem.computeIfAbsent(r.system(), s -> new TreeMap<>()).computeIfAbsent(r.reviewedOn(), d -> new ArrayList<>()).add(r);
    }
    for (SystemDef s : in.importantSystems()) {
      TreeMap<LocalDate, List<LogReview>> dates = bySystem.get(s.id());
      if (dates == null || dates.isEmpty()) continue; // the engine reports "no evidence"
      List<Cadence.Gap> gaps = Cadence.gaps(dates.keySet(), in.asOf(), limit);
      if (gaps.isEmpty()) {
        out.pass(Subject.of("system", s.id()));
        continue;
      }
      for (Cadence.Gap g : gaps) {
        List<Provenance> evidence = new ArrayList<>();
        dates.getOrDefault(g.from(), List.of()).forEach(r -> evidence.add(r.source()));
        dates.getOrDefault(g.to(), List.of()).forEach(r -> evidence.add(r.source()));
        boolean toAsOf = !dates.containsKey(g.to());
        out.fail(
            Subject.of("system", s.id(), "from", g.from().toString(), "to", g.to().toString()),
            Localized.of(
                "系統 " + s.id() + " 的稽核日誌檢視自 " + g.from() + " 至 " + g.to() + (toAsOf ? "（查核基準日）" : "") + " 相隔 " + g.days()
                    + " 天（上限 " + limit + " 天）。",
                "System " + s.id() + "'s audit logs went " + Days.en(g.days()) + " without a review, from " + g.from() + " to "
                    + g.to() + (toAsOf ? " (the as-of date)" : "") + " (limit " + limit + ")."),
            Map.of("gap_days", g.days(), "limit_days", limit),
            evidence);
      }
    }
  }
}
