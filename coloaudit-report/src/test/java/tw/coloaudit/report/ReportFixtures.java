package tw.coloaudit.report;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tw.coloaudit.model.AuditResult;
import tw.coloaudit.model.Broker;
import tw.coloaudit.model.ControlResult;
import tw.coloaudit.model.Finding;
import tw.coloaudit.model.InputReport;
import tw.coloaudit.model.Localized;
import tw.coloaudit.model.Outcome;
import tw.coloaudit.model.Problem;
import tw.coloaudit.model.Provenance;
import tw.coloaudit.model.Reject;
import tw.coloaudit.model.RunInfo;
import tw.coloaudit.model.Severity;
import tw.coloaudit.model.Subject;
import tw.coloaudit.model.Summary;
import tw.coloaudit.model.Waiver;

/**
 * Hand-built audit results for the writer tests: every chart shape of docs/ARCHITECTURE.md, hostile
 * evidence text, customer data to mask, waivers, rejects and problems.
 */
final class ReportFixtures {

  static final String SCRIPT = "<script>alert('x')</script>";
  static final String CUSTOMER_ACCOUNT = "9801234";
  static final String CUSTOMER_NAME = "王小明";
  static final LocalDate AS_OF = LocalDate.of(2026, 11, 20);

  private ReportFixtures() {}

  static String sha(int seed) {
    return String.format("%064x", seed);
  }

  static Map<String, Object> counts(int checked, int failed) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("checked", checked);
    m.put("passed", checked - failed);
    m.put("failed", failed);
    m.put("skipped", Map.of());
    m.put("truncated", false);
    return m;
  }

  static Finding finding(int seed, Subject subject, String zh, String en, Map<String, Object> observed, Provenance... ev) {
    return new Finding(sha(seed), subject, Localized.of(zh, en), observed, List.of(ev), null, false);
  }

  static ControlResult control(String id, String family, int pattern, Outcome status, String zh, String en,
      Map<String, Object> policy, Map<String, Object> observed, List<Finding> findings) {
    return new ControlResult(id, status, Severity.HIGH, Localized.of(zh, en), List.of("CC-18000"), policy, observed,
        findings, List.of(), family, pattern);
  }

  /** A result with every chart's data, a hostile log line, a customer and a waiver. */
  static AuditResult rich() {
    List<ControlResult> controls = new ArrayList<>();

    Map<String, Object> elig = counts(3, 1);
    controls.add(control("COLO-ELIGIBILITY", "colo", 1, Outcome.FAIL, "主機共置委託帳戶皆具使用資格",
        "Co-location orders come from eligible accounts", Map.of(), elig,
        List.of(finding(1, Subject.of("account", CUSTOMER_ACCOUNT),
            "帳號 " + CUSTOMER_ACCOUNT + "（" + CUSTOMER_NAME + "）於 2026-10-05 以主機共置下單但不在合格名單。",
            "Account " + CUSTOMER_ACCOUNT + " (" + CUSTOMER_NAME + ") ordered through co-location on 2026-10-05 while not eligible.",
            Map.of("name", CUSTOMER_NAME, "first_order", "2026-10-05"),
            Provenance.line("orders/receipts-20261005.csv", 17)))));

    Map<String, Object> prio = counts(4, 1);
    Map<String, Object> latency = new TreeMap<>();
    Map<String, Object> gw1 = new TreeMap<>();
    for (int d = 1; d <= 5; d++) {
      String day = "2026-10-0" + (d + 4);
      gw1.put(day, Map.of(
          "brokerage", Map.of("p50_us", 180 + d * 10, "p99_us", 900 + d * 40, "count", 12000),
          "dealer", Map.of("p50_us", 150 + d * 5, "p99_us", 700 + d * 20, "count", 3000)));
    }
    latency.put("GW01", gw1);
    prio.put("latency", latency);
    controls.add(control("COLO-PRIORITY", "colo", 1, Outcome.FAIL, "經紀委託未較自營委託慢",
        "Brokerage orders not slower than dealer orders", Map.of("priority_tolerance_us", 1000), prio,
        List.of(finding(2, Subject.of("gateway", "GW01", "trade_date", "2026-10-09"),
            "閘道 GW01 於 2026-10-09 經紀委託 p99 較自營慢 1320 微秒。",
            "On gateway GW01 on 2026-10-09 the brokerage p99 exceeded the dealer's by 1320 µs.", Map.of("p99_gap_us", 1320),
            Provenance.file("orders/fix.log")))));

    Map<String, Object> fifo = counts(5, 0);
    fifo.put("overtakes", Map.of("GW01", Map.of("2026-10-05", 0, "2026-10-06", 3, "2026-10-07", 1)));
    controls.add(control("COLO-FIFO", "colo", 1, Outcome.PASS, "委託依接收順序送出", "Orders forwarded in the order received",
        Map.of("fifo_tolerance_us", 100), fifo, List.of()));

    Map<String, Object> fw = counts(2, 1);
    Map<String, Object> days1 = new TreeMap<>();
    Map<String, Object> days2 = new TreeMap<>();
    for (LocalDate d = LocalDate.of(2026, 9, 1); d.isBefore(AS_OF); d = d.plusDays(1)) {
      if (d.isBefore(LocalDate.of(2026, 10, 3)) || d.isAfter(LocalDate.of(2026, 10, 9))) days1.put(d.toString(), 4000 + d.getDayOfMonth() * 37);
      days2.put(d.toString(), 2500 + d.getDayOfYear() % 7 * 90);
    }
    fw.put("coverage", Map.of("colo-fw-1", Map.of("days", days1), "colo-fw-2", Map.of("days", days2)));
    controls.add(control("NET-FW-LOG-RETENTION", "network", 4, Outcome.FAIL, "防火牆紀錄保存三年",
        "Firewall logs kept for three years", Map.of("firewall_log_retention_years", 3, "log_gap_hours", 24), fw,
        List.of(finding(3, Subject.of("device", "colo-fw-1", "from", "2026-10-02", "to", "2026-10-10"),
            "防火牆 colo-fw-1 的紀錄於 2026-10-02 至 2026-10-10 間中斷。",
            "Firewall colo-fw-1 logged nothing from 2026-10-02 to 2026-10-10.", Map.of("gap_hours", 192),
            Provenance.line("fw/colo-fw-1/fw.log", 88231), Provenance.line("fw/colo-fw-1/fw.log", 88232)))));

    Map<String, Object> pwd = counts(6, 2);
    pwd.put("skipped", Map.of("cannot_log_in", 4));
    pwd.put("password_ages", List.of(
        Map.of("system", "colo-gw-1", "account", "vendor01", "age_days", 184),
        Map.of("system", "colo-db-1", "account", "dba", "age_days", 120),
        Map.of("system", "colo-gw-1", "account", "alice", "age_days", 90),
        Map.of("system", "colo-win-1", "account", "ops", "age_days", 45),
        Map.of("system", "colo-db-1", "account", "report", "age_days", 12),
        Map.of("system", "colo-win-1", "account", "svc_fix", "age_days", 3)));
    pwd.put("password_ages_total", 6);
    Waiver waiver = new Waiver("PWD-AGE", Subject.of("system", "colo-db-1", "account", "dba"), "服務帳號由金鑰登入",
        "資訊主管 王大明", LocalDate.of(2026, 10, 1), LocalDate.of(2027, 3, 31));
    controls.add(control("PWD-AGE", "accounts", 6, Outcome.FAIL, "密碼於最長使用期限內變更",
        "Passwords changed within the maximum age", Map.of("password_max_age_days", 90), pwd,
        List.of(
            finding(4, Subject.of("system", "colo-gw-1", "account", "vendor01"),
                "colo-gw-1 上的帳號 vendor01 的密碼已 184 天未變更（上限 90 天）。",
                "Account vendor01 on colo-gw-1 last changed its password 184 days ago (limit 90).",
                Map.of("password_age_days", 184), Provenance.line("accounts/colo-gw-1/shadow", 12)),
            new Finding(sha(5), Subject.of("system", "colo-db-1", "account", "dba"),
                Localized.of("colo-db-1 上的帳號 dba 的密碼已 120 天未變更（上限 90 天）。",
                    "Account dba on colo-db-1 last changed its password 120 days ago (limit 90)."),
                Map.of("password_age_days", 120), List.of(Provenance.cell("registers/accounts.xlsx", "帳號", 7)), waiver, true))));

    controls.add(control("PWD-POLICY", "accounts", 6, Outcome.PASS, "密碼原則符合最低要求",
        "Password policy meets the minimums", Map.of("password_min_length", 6), counts(3, 0), List.of()));

    Map<String, Object> logRet = counts(1, 1);
    controls.add(control("LOG-FIELDS", "logs", 7, Outcome.FAIL, "登入紀錄欄位完整", "Login records carry the required fields",
        Map.of(), logRet,
        List.of(finding(6, Subject.of("system", "colo-gw-1", "field", "source"),
            "colo-gw-1 有 3 筆登入紀錄缺少來源：" + SCRIPT,
            "3 login records on colo-gw-1 lack a source: " + SCRIPT, Map.of("line", SCRIPT),
            Provenance.line("logs/colo-gw-1/auth.log", 42)))));

    Map<String, Object> vuln = counts(3, 1);
    vuln.put("scans", Map.of(
        "colo-gw-1", List.of("2025-06-10", "2025-12-05", "2026-05-30"),
        "colo-db-1", List.of("2025-06-10", "2026-03-02"),
        "10.20.1.77", List.of("2025-11-20", "2026-05-18", "2026-11-02")));
    controls.add(control("VULN-CADENCE", "vuln", 8, Outcome.FAIL, "弱點掃描至少每半年一次",
        "Vulnerability scans at least every six months", Map.of("scan_interval_days", 183), vuln,
        List.of(finding(7, Subject.of("host", "colo-db-1", "from", "2025-06-10", "to", "2026-03-02"),
            "主機 colo-db-1 於 2025-06-10 至 2026-03-02 間 265 天未掃描（上限 183 天）。",
            "Host colo-db-1 went 265 days without a scan from 2025-06-10 to 2026-03-02 (limit 183).",
            Map.of("days", 265), Provenance.line("vuln/scans.csv", 4)))));

    controls.add(control("CHG-APPROVAL", "change", 0, Outcome.INSUFFICIENT_EVIDENCE, "上線變更經核准及測試",
        "Production changes approved and tested", Map.of(), counts(0, 0), List.of()));

    List<InputReport> inputs = List.of(
        new InputReport("accounts/colo-gw-1/shadow", "accounts", "shadow", "UTF-8", sha(100), 31, 0, 1,
            List.of(new Reject(7, Localized.of("shadow 行有 3 個欄位：" + SCRIPT, "shadow line has 3 fields: " + SCRIPT))), 0, List.of()),
        new InputReport("registers/accounts.xlsx", "accounts", "register", "xlsx", sha(101), 12, 1, 0, List.of(), 0, List.of()),
        new InputReport("orders/receipts-20261005.csv", "client-orders", "register", "Big5", sha(102), 52000, 0, 0,
            List.of(), 1, List.of(Localized.of("帳號 " + CUSTOMER_ACCOUNT + " 的委託缺少閘道", "orders of account " + CUSTOMER_ACCOUNT + " name no gateway"))));
    List<Problem> problems = List.of(
        new Problem("unused", "notes/" + SCRIPT + ".txt", Localized.of("未列於 evidence.yaml", "not listed in evidence.yaml")),
        new Problem("missing", "fw/colo-fw-3/*.log.gz", Localized.of("沒有符合的檔案", "no file matches")));
    int findings = controls.stream().mapToInt(c -> c.findings().size()).sum();
    return new AuditResult("coloaudit", "0.1.0",
        new RunInfo("run-7", AS_OF, new Broker("9A00", "範例證券"),
            OffsetDateTime.of(2026, 11, 20, 9, 0, 0, 0, ZoneOffset.ofHours(8)),
            OffsetDateTime.of(2026, 11, 20, 9, 0, 2, 0, ZoneOffset.ofHours(8)), sha(99)),
        new Summary(3, 5, 0, 1, 0, 0, findings), controls, inputs, problems);
  }

  /** The same kind of result with no chart data at all. */
  static AuditResult plain() {
    ControlResult c = control("PWD-POLICY", "accounts", 6, Outcome.PASS, "密碼原則符合最低要求",
        "Password policy meets the minimums", Map.of("password_min_length", 6), counts(3, 0), List.of());
    return new AuditResult("coloaudit", "0.1.0",
        new RunInfo("run-8", AS_OF, new Broker("9A00", "範例證券"), null, null, sha(99)),
        new Summary(1, 0, 0, 0, 0, 0, 0), List.of(c), List.of(), List.of());
  }
}
