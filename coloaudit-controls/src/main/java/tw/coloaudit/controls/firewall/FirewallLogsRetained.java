package tw.coloaudit.controls.firewall;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import tw.coloaudit.controls.AuditControl;
import tw.coloaudit.controls.AuditInput;
import tw.coloaudit.controls.Control;
import tw.coloaudit.controls.Evaluation;
import tw.coloaudit.controls.PolicyKeys;
import tw.coloaudit.facts.coverage.LogCoverage;
import tw.coloaudit.model.Localized;
import tw.coloaudit.model.Provenance;
import tw.coloaudit.model.Severity;
import tw.coloaudit.model.Subject;
import tw.coloaudit.model.SystemDef;

/** NET-FW-LOG-RETENTION: each firewall's logs cover the retention window without a gap over the tolerance. */
@Control(
    id = "NET-FW-LOG-RETENTION",
    family = "network",
    pattern = 4,
    titleZh = "防火牆紀錄保存三年",
    titleEn = "Firewall logs kept for the retention period",
    checksZh = "每台防火牆的紀錄須涵蓋保存期間（查核基準日前 3 年的 00:00，或系統啟用日較晚者，至基準日 00:00），"
        + "相鄰兩筆有時間戳記的紀錄間隔不得超過容許時數；期間起點與終點亦視為邊界。逐一列出每段中斷。",
    checksEn = "Each firewall's logs cover the retention window (00:00 of the as-of date minus 3 years, or the system's "
        + "go-live date when later, to 00:00 of the as-of date) with no gap between consecutive timestamped lines longer "
        + "than the tolerance; the window's start and end count as edges. Every gap is listed.",
    severity = Severity.HIGH,
    refs = {"CC-17010", "TWSE 2020-12-31 co-location audit findings, pattern 4"},
    requires = {"firewall-log"},
    policy = {"firewall_log_retention_years", "log_gap_hours"},
    subjects = {"device,from,to"})
public final class FirewallLogsRetained implements AuditControl {

  @Override
  public void evaluate(AuditInput in, Evaluation out) {
    LogCoverage coverage = FirewallSupport.logs(in).coverage();
    int years = in.policy().intValue(PolicyKeys.FIREWALL_LOG_RETENTION_YEARS);
    int gapHours = in.policy().intValue(PolicyKeys.LOG_GAP_HOURS);
    Duration tolerance = Duration.ofHours(gapHours);
    TreeSet<String> devices = new TreeSet<>(coverage.sources());
    TreeSet<String> declared = FirewallSupport.declaredFirewalls(in);
    Map<String, Object> lines = new TreeMap<>();
    for (String fw : declared) {
      if (!devices.contains(fw)) out.noEvidence(Subject.of("system", fw), "firewall-log");
    }
    for (String device : devices) {
      LocalDate start = in.asOf().minusYears(years);
      LocalDate since = in.system(device).map(SystemDef::since).orElse(null);
      if (since != null && since.isAfter(start)) start = since;
      Instant from = start.atStartOfDay(in.zone()).toInstant();
      Instant to = in.asOf().atStartOfDay(in.zone()).toInstant();
      long rejects = coverage.hours(device).values().stream().mapToLong(LogCoverage.Hour::rejects).sum();
      lines.put(device, Map.of("lines", coverage.lines(device), "rejected", rejects, "window_from", start.toString()));
      List<LogCoverage.Gap> gaps = coverage.gaps(device, from, to, tolerance);
      if (gaps.isEmpty()) {
        out.pass(Subject.of("device", device));
        continue;
      }
      for (LogCoverage.Gap g : gaps) {
        LocalDate d1 = FirewallSupport.date(g.from(), in.zone());
        LocalDate d2 = FirewallSupport.date(g.to(), in.zone());
        long hours = g.length().toHours();
        Map<String, Object> observed = new LinkedHashMap<>();
        observed.put("gap_from", FirewallSupport.iso(g.from(), in.zone()));
        observed.put("gap_to", FirewallSupport.iso(g.to(), in.zone()));
        observed.put("gap_hours", hours);
        observed.put("limit_hours", gapHours);
        observed.put("window_from", start.toString());
        if (g.before() == null) observed.put("edge", "window_start");
        if (g.after() == null) observed.put("edge", g.before() == null ? "whole_window" : "as_of");
        List<Provenance> evidence = new ArrayList<>();
        if (g.before() != null) evidence.add(g.before());
        if (g.after() != null) evidence.add(g.after());
        out.fail(
            Subject.of("device", device, "from", d1.toString(), "to", d2.toString()),
            Localized.of(
                "防火牆 " + device + " 的紀錄自 " + observed.get("gap_from") + " 至 " + observed.get("gap_to") + " 中斷 " + hours
                    + " 小時（容許 " + gapHours + " 小時）。",
                "Firewall " + device + " has no log line from " + observed.get("gap_from") + " to " + observed.get("gap_to")
                    + ": " + hours + " hours (tolerance " + gapHours + ")."),
            observed,
            evidence);
      }
    }
    out.observe("devices", lines);
  }
}
