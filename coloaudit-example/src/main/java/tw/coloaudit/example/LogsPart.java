package tw.coloaudit.example;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import tw.coloaudit.example.ExamplePack.ExpectedFinding;

/**
 * The login-log part of the example pack: login logs of the three important systems, the
 * privileged-use approvals and the log-review register, with planted deficiencies.
 */
final class LogsPart implements ExamplePart {

  @Override
  public Map<String, byte[]> files() {
    Map<String, byte[]> files = new TreeMap<>(LoginLogFiles.files());
    files.put("registers/privileged-approvals.csv", privilegedApprovals());
    files.put("registers/log-reviews.csv", logReviews());
    return files;
  }

  @Override
  public String manifestFiles() {
    return """
          - { path: logs/colo-gw-1/auth.log*, kind: login-log, system: colo-gw-1 }
          - { path: logs/colo-win-1/Security-*.xml.gz, kind: login-log, system: colo-win-1 }
          - { path: logs/colo-db-1/db-logins.csv.gz, kind: login-log, system: colo-db-1 }
          - { path: logs/colo-db-1/last-Fi.txt, kind: login-log, system: colo-db-1 }
          - { path: registers/privileged-approvals.csv, kind: privileged-approvals }
          - { path: registers/log-reviews.csv, kind: log-reviews }
        """;
  }

  /**
   * Superuser-use requests, approved by the IT supervisor 王大明 (E001). His own request of
   * 2026-10-15 he approved himself: ACC-PRIV-APPROVAL {colo-gw-1, root, start 2026-10-15T14:00:00+08:00}.
   * The request of 2026-03-16 came two days after the night login it would have covered.
   */
  private static byte[] privilegedApprovals() {
    String csv = """
        系統,帳號,申請人,起,迄,核准人,核准日期
        colo-win-1,Administrator,陳怡君,2024/06/12 16:00,2024/06/12 18:00,資訊主管 王大明,2024/06/12
        colo-gw-1,root,洪嘉穎,2025/06/20 09:00,2025/06/20 12:00,資訊主管 王大明,2025/06/19
        colo-gw-1,root,洪嘉穎,2026/03/16 09:00,2026/03/16 11:00,資訊主管 王大明,2026/03/16
        colo-gw-1,root,王大明,2026/10/15 14:00,2026/10/15 17:00,資訊主管 王大明,2026/10/15
        colo-db-1,root,陳怡君,2026/11/03 10:00,2026/11/03 12:00,資訊主管 王大明,2026/11/02
        """;
    return csv.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Monthly reviews on the 5th (gaps of 28 to 31 days: a 31-day gap equals the limit and passes).
   * colo-win-1's review of 2026-01-05 was skipped: LOG-REVIEW {colo-win-1, 2025-12-05, 2026-02-05}.
   */
  private static byte[] logReviews() {
    StringBuilder csv = new StringBuilder("系統,檢視日期,期間起,期間迄,檢視人\n");
    String[][] systems = {{"colo-gw-1", "洪嘉穎"}, {"colo-win-1", "陳怡君"}, {"colo-db-1", "陳怡君"}};
    for (String[] s : systems) {
      for (LocalDate d = LocalDate.of(2023, 12, 5); !d.isAfter(LocalDate.of(2026, 11, 5)); d = d.plusMonths(1)) {
        if (s[0].equals("colo-win-1") && d.equals(LocalDate.of(2026, 1, 5))) continue;
        LocalDate from = d.minusMonths(1).withDayOfMonth(1);
        LocalDate to = from.withDayOfMonth(from.lengthOfMonth());
        csv.append(s[0]).append(',').append(slashed(d)).append(',').append(slashed(from)).append(',').append(slashed(to))
            .append(',').append(s[1]).append('\n');
      }
    }
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String slashed(LocalDate d) {
    return d.getYear() + "/" + d.getMonthValue() + "/" + d.getDayOfMonth();
  }

  @Override
  public List<ExpectedFinding> answerKey() {
    List<ExpectedFinding> key = new ArrayList<>(List.of(
        finding("ACC-PRIV-APPROVAL", Map.of("system", "colo-gw-1", "account", "root", "login_at", "2026-03-14T02:13:45+08:00"),
            "auth.log-20260401.gz: root logged in over SSH at night from the vendor segment with no approved window; the request of 2026-03-16 came after it"),
        finding("ACC-PRIV-APPROVAL", Map.of("system", "colo-gw-1", "account", "root", "start", "2026-10-15T14:00:00+08:00"),
            "the IT supervisor 王大明 approved his own request for root (資訊主管 王大明 is E001 once the title is stripped)"),
        finding("LOG-FIELDS", Map.of("system", "colo-win-1", "field", "source"),
            "Security-2026.xml.gz: zhouml's network logons of 2026-09-01 to 09-10 carry IpAddress '-' and WorkstationName '-'"),
        finding("LOG-RETENTION", Map.of("system", "colo-gw-1", "from", "2025-03-09", "to", "2025-03-14"),
            "auth.log-20250401.gz has no line from 2025-03-09 16:17 to the rsyslogd restart of 2025-03-14 00:05 (disk full)"),
        finding("LOG-RETENTION", Map.of("system", "colo-db-1", "from", "2023-11-20", "to", "2024-01-15"),
            "the retention window starts 2023-11-20 (three years before the as-of date, later than since 2023-08-01) but the database login audit starts 2024-01-15"),
        finding("LOG-REVIEW", Map.of("system", "colo-win-1", "from", "2025-12-05", "to", "2026-02-05"),
            "the January 2026 log review of colo-win-1 is missing: 62 days between reviews, over 31"),
        finding("ACC-DORMANT", Map.of("system", "colo-gw-1", "account", "chenyj"),
            "auth.log shows chenyj's last login on 2026-07-30: 93 days idle at the review of 2026-10-31, which does not name it "
                + "(its password reset on 2026-09-28 is not a login)"),
        finding("PWD-DEFAULT", Map.of("system", "colo-db-1", "account", "root"),
            "last-Fi.txt: root logged in directly on tty1 on 2026-11-03 (inside an approved window, so ACC-PRIV-APPROVAL passes it)")));
    return List.copyOf(key);
  }

  @Override
  public List<ExpectedFinding> waivedFindings() {
    return List.of();
  }

  @Override
  public Map<String, String> expectedStatus() {
    SortedMap<String, String> status = new TreeMap<>();
    status.put("ACC-PRIV-APPROVAL", "fail");
    status.put("LOG-FIELDS", "fail");
    status.put("LOG-RETENTION", "fail");
    status.put("LOG-REVIEW", "fail");
    return Collections.unmodifiableSortedMap(status);
  }

  private static ExpectedFinding finding(String control, Map<String, String> subject, String why) {
    return new ExpectedFinding(control, subject, why);
  }
}
