package tw.coloaudit.controls.log;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tw.coloaudit.controls.AuditControl;
import tw.coloaudit.controls.AuditInput;
import tw.coloaudit.controls.Control;
import tw.coloaudit.controls.Evaluation;
import tw.coloaudit.controls.PolicyKeys;
import tw.coloaudit.controls.support.Days;
import tw.coloaudit.controls.support.LoginSupport;
import tw.coloaudit.facts.coverage.LogCoverage;
import tw.coloaudit.model.Localized;
import tw.coloaudit.model.Provenance;
import tw.coloaudit.model.Severity;
import tw.coloaudit.model.Subject;
import tw.coloaudit.model.SystemDef;

/** LOG-RETENTION: the login logs of each important system cover the retention window without gaps. */
@Control(
    id = "LOG-RETENTION",
    family = "logs",
    pattern = 7,
    titleZh = "稽核日誌保存三年",
    titleEn = "Audit logs kept for the retention period",
    checksZh = "每個重要系統的登入日誌須涵蓋保存期間（查核基準日前推保存年限之 00:00，或系統啟用日若較晚，至基準日 00:00），"
        + "且相鄰兩筆有時間戳記之紀錄（任何一行，不限登入）間隔不得超過容許時數；期間起點與終點亦視為邊界。列出每一段中斷。",
    checksEn = "The login logs of each important system cover the retention window (00:00 of the as-of date less the "
        + "retention period, or the system's since date when later, to 00:00 of the as-of date) with no gap longer than "
        + "the tolerance between consecutive timestamped lines (any line, not only logins); the window's start and end "
        + "count as edges. Every gap is listed.",
    severity = Severity.HIGH,
    refs = {"CC-18000", "TWSE 2020-12-31 co-location audit findings, pattern 7"},
    requires = {"login-log"},
    policy = {"audit_log_retention_years", "log_gap_hours"},
    subjects = {"system,from,to"})
public final class LoginLogsRetained implements AuditControl {

  @Override
  public void evaluate(AuditInput in, Evaluation out) {
    LogCoverage coverage = LoginSupport.logins(in).coverage();
    int years = in.policy().intValue(PolicyKeys.AUDIT_LOG_RETENTION_YEARS);
    int hours = in.policy().intValue(PolicyKeys.LOG_GAP_HOURS);
    Duration tolerance = Duration.ofHours(hours);
    for (SystemDef s : in.importantSystems()) {
      if (!in.facts().presence().has("login-log", s.id())) continue; // the engine reports "no evidence"
      LocalDate startDate = in.asOf().minusYears(years);
      if (s.since() != null && s.since().isAfter(startDate)) startDate = s.since();
      if (!startDate.isBefore(in.asOf())) {
        out.skip("window_empty");
        continue;
      }
      Instant start = startDate.atStartOfDay(in.zone()).toInstant();
      Instant end = in.asOf().atStartOfDay(in.zone()).toInstant();
      List<LogCoverage.Gap> gaps = coverage.gaps(s.id(), start, end, tolerance);
      if (gaps.isEmpty()) {
        out.pass(Subject.of("system", s.id()));
        continue;
      }
      Set<Subject> seen = new LinkedHashSet<>();
      for (LogCoverage.Gap g : gaps) {
        LocalDate from = Days.localDate(g.from(), in.zone());
        LocalDate to = Days.localDate(g.to(), in.zone());
        Subject subject = Subject.of("system", s.id(), "from", from.toString(), "to", to.toString());
        if (!seen.add(subject)) continue;
        double gapHours = Math.round(g.length().toMinutes() / 6.0) / 10.0;
        Map<String, Object> observed = new LinkedHashMap<>();
        observed.put("gap_start", LoginSupport.time(g.from(), in.zone()));
        observed.put("gap_end", LoginSupport.time(g.to(), in.zone()));
        observed.put("gap_hours", gapHours);
        observed.put("limit_hours", hours);
        observed.put("window_start", startDate.toString());
        List<Provenance> evidence = new ArrayList<>();
        if (g.before() != null) evidence.add(g.before());
        if (g.after() != null) evidence.add(g.after());
        String zhEdge = g.before() == null ? "（保存期間起點 " + startDate + " 之後）" : g.after() == null ? "（至查核基準日）" : "";
        String enEdge = g.before() == null ? " (from the start of the window, " + startDate + ")" : g.after() == null ? " (up to the as-of date)" : "";
        out.fail(
            subject,
            Localized.of(
                "系統 " + s.id() + " 的登入日誌自 " + LoginSupport.time(g.from(), in.zone()) + " 至 " + LoginSupport.time(g.to(), in.zone())
                    + " 中斷 " + gapHours + " 小時" + zhEdge + "，超過容許的 " + hours + " 小時。",
                "System " + s.id() + "'s login logs have no line from " + LoginSupport.time(g.from(), in.zone()) + " to "
                    + LoginSupport.time(g.to(), in.zone()) + enEdge + ": " + gapHours + " hours, over the " + hours + "-hour limit."),
            observed,
            evidence);
      }
    }
  }
}
