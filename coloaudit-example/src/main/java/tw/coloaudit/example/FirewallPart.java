package tw.coloaudit.example;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;
import tw.coloaudit.example.ExamplePack.ExpectedFinding;

/**
 * The firewall part of the example pack: colo-fw-1, a Linux netfilter firewall in front of the
 * co-location systems, with three years of daily rotated kernel logs (gzip, dated names), its
 * {@code iptables-save} rules, the rule reviews, a backup manifest of SHA-256 sums and the
 * remote-access register.
 */
final class FirewallPart implements ExamplePart {

  // Planted: the logs of 2025-03-11 and 2025-03-12 are missing (a 54-hour gap); the backup
  // manifest has no row for kern.log-20250618.gz and a wrong hash for kern.log-20260204.gz;
  // COLO-IN:3 accepts anything (any -> any, so also the Internet -> every important host);
  // 203.0.113.45 reached colo-gw-1 on 2026-10-07; rule reviews 2023-12-05 -> 2025-01-10 are 402
  // days apart; vendor01's session has no request and linzh's was reviewed after its deadline.
  // Traps: the RELATED,ESTABLISHED and loopback rules; Internet lines that were dropped, and one
  // accepted to colo-mon-1, which is not important; reviews 2025-01-10 -> 2026-01-11 are exactly
  // 366 days; wangdm's session was reviewed on its deadline day; chenyj's session of 2026-11-15
  // is not reviewed yet, but its deadline is after the as-of date.

  static final String DEVICE = "colo-fw-1";
  private static final LocalDate FIRST = LocalDate.of(2023, 11, 20);
  private static final LocalDate LAST = LocalDate.of(2026, 11, 19);
  private static final List<LocalDate> GAP = List.of(LocalDate.of(2025, 3, 11), LocalDate.of(2025, 3, 12));
  private static final LocalDate NO_BACKUP = LocalDate.of(2025, 6, 17);
  private static final LocalDate TAMPERED = LocalDate.of(2026, 2, 3);
  private static final LocalDate INTERNET_ACCEPT = LocalDate.of(2026, 10, 7);
  private static final LocalDate MONITOR_ACCEPT = LocalDate.of(2026, 5, 12);
  private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyyMMdd", Locale.ROOT);
  private static final DateTimeFormatter SYSLOG = DateTimeFormatter.ofPattern("MMM ppd", Locale.ENGLISH);

  @Override
  public String systems() {
    return """
        - id: colo-fw-1
          name: 主機共置防火牆
          role: firewall
          important: false
          hosts: [10.20.0.1, colo-fw-1]
          since: 2023-08-01
        """;
  }

  @Override
  public String manifestFiles() {
    return """
          - { path: fw/colo-fw-1/kern.log-*.gz, kind: firewall-log, device: colo-fw-1 }
          - { path: fw/colo-fw-1/iptables-save.rules, kind: firewall-rules, device: colo-fw-1 }
          - { path: registers/firewall-reviews.csv, kind: firewall-reviews }
          - { path: registers/firewall-log-backup.csv, kind: firewall-log-backup, device: colo-fw-1 }
          - { path: registers/remote-access.csv, kind: remote-access }
        """;
  }

  @Override
  public Map<String, byte[]> files() {
    SortedMap<String, byte[]> files = new TreeMap<>();
    StringBuilder backup = new StringBuilder("檔名,雜湊值,備份位置\n");
    for (LocalDate day = FIRST; !day.isAfter(LAST); day = day.plusDays(1)) {
      if (GAP.contains(day)) continue;
      // logrotate's dateext names a file by the day it was rotated: the morning after its lines.
      String name = "kern.log-" + NAME.format(day.plusDays(1)) + ".gz";
      byte[] gz = gzip(day(day));
      files.put("fw/colo-fw-1/" + name, gz);
      if (day.equals(NO_BACKUP)) continue;
      String sha = sha256(gz);
      if (day.equals(TAMPERED)) sha = sha256(gzip(day(day).replace("DPT=443", "DPT=8443")));
      backup.append(name).append(',').append(sha).append(",nas-bk-01:/backup/fw/colo-fw-1/\n");
    }
    files.put("registers/firewall-log-backup.csv", backup.toString().getBytes(StandardCharsets.UTF_8));
    files.put("fw/colo-fw-1/iptables-save.rules", RULES.getBytes(StandardCharsets.UTF_8));
    files.put("registers/firewall-reviews.csv", """
        防火牆,檢視日期,檢視人
        colo-fw-1,2023-12-05,資訊主管 王大明
        colo-fw-1,2025-01-10,資訊主管 王大明
        colo-fw-1,2026-01-11,資安專員 陳怡君
        """.getBytes(StandardCharsets.UTF_8));
    files.put("registers/remote-access.csv", """
        user,start,end,source_ip,target,request_no,reviewed_by,reviewed_on
        chenyj,2026-09-01 09:00,2026-09-01 10:30,10.88.1.23,colo-win-1,RA-2026-031,資訊主管 王大明,2026-09-05
        vendor01,2026-08-12 22:10,2026-08-12 23:40,10.88.7.9,colo-gw-1,,資訊主管 王大明,2026-08-14
        linzh,2026-06-03 14:00,2026-06-03 15:10,10.88.1.31,colo-db-1,RA-2026-019,資訊主管 王大明,2026-07-20
        wangdm,2026-07-01 10:00,2026-07-01 10:45,10.88.1.8,colo-gw-1,RA-2026-022,資安專員 陳怡君,2026-08-01
        chenyj,2026-11-15 20:30,2026-11-15 21:00,10.88.1.23,colo-win-1,RA-2026-044,,
        """.getBytes(StandardCharsets.UTF_8));
    return files;
  }

  /** One day of kernel log lines: four every day, and the planted connections on their days. */
  private static String day(LocalDate day) {
    String d = SYSLOG.format(day);
    long uptime = (day.toEpochDay() - FIRST.toEpochDay()) * 86_400L + 4_000;
    StringBuilder b = new StringBuilder();
    b.append(line(d, "00:15:02", uptime, "FW-ACCEPT", "10.20.9.15", "10.20.1.11", 443));
    b.append(line(d, "06:15:41", uptime + 21_639, "FW-DROP", "198.51.100.23", "10.20.1.11", 22));
    if (day.equals(INTERNET_ACCEPT)) b.append(line(d, "09:42:17", uptime + 33_435, "FW-ACCEPT", "203.0.113.45", "10.20.1.11", 443));
    if (day.equals(MONITOR_ACCEPT)) b.append(line(d, "10:05:33", uptime + 34_831, "FW-ACCEPT", "192.0.2.77", "10.20.1.51", 161));
    b.append(line(d, "12:15:09", uptime + 43_207, "FW-ACCEPT", "10.20.1.11", "10.20.1.41", 1521));
    b.append(line(d, "18:15:55", uptime + 64_853, "FW-ACCEPT", "10.20.9.20", "10.20.1.21", 3389));
    return b.toString();
  }

  private static String line(String date, String time, long uptime, String prefix, String src, String dst, int port) {
    String in = src.startsWith("10.20.9.") || src.startsWith("10.20.1.") ? "eth1" : "eth0";
    String out = dst.startsWith("10.20.1.") ? "eth2" : "eth1";
    return date + " " + time + " colo-fw-1 kernel: [" + uptime + ".204113] " + prefix + ": IN=" + in + " OUT=" + out
        + " MAC=00:1b:21:3a:4f:10:00:1b:21:3a:4f:22:08:00 SRC=" + src + " DST=" + dst
        + " LEN=60 TOS=0x00 PREC=0x00 TTL=63 ID=" + (port * 7 % 65_536) + " DF PROTO=TCP SPT=" + (40_000 + port % 20_000)
        + " DPT=" + port + " WINDOW=64240 RES=0x00 SYN URGP=0\n";
  }

  private static final String RULES = """
      # Generated by iptables-save v1.8.9 (nf_tables) on Thu Nov 19 09:00:01 2026
      *nat
      :PREROUTING ACCEPT [0:0]
      :INPUT ACCEPT [0:0]
      :OUTPUT ACCEPT [0:0]
      :POSTROUTING ACCEPT [0:0]
      -A POSTROUTING -s 10.20.1.0/24 -o eth0 -j MASQUERADE
      COMMIT
      # Completed on Thu Nov 19 09:00:01 2026
      # Generated by iptables-save v1.8.9 (nf_tables) on Thu Nov 19 09:00:01 2026
      *filter
      :INPUT DROP [0:0]
      :FORWARD DROP [0:0]
      :OUTPUT ACCEPT [1043:98211]
      :COLO-IN - [0:0]
      -A INPUT -i lo -j ACCEPT
      -A INPUT -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
      -A INPUT -s 10.20.9.0/24 -p tcp -m tcp --dport 22 -j ACCEPT
      -A INPUT -j LOG --log-prefix "FW-DROP: "
      -A FORWARD -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
      -A FORWARD -j COLO-IN
      -A FORWARD -j LOG --log-prefix "FW-DROP: "
      -A COLO-IN -s 10.20.0.0/16 -d 10.20.1.0/24 -p tcp -m multiport --dports 443,1521,3389 -j ACCEPT
      -A COLO-IN -s 10.30.5.0/24 -d 10.20.1.11/32 -p tcp -m tcp --dport 9000 -m comment --comment "TWSE FIX session" -j ACCEPT
      -A COLO-IN -m comment --comment "temporary: vendor troubleshooting 2026-03" -j ACCEPT
      COMMIT
      # Completed on Thu Nov 19 09:00:01 2026
      """;

  @Override
  public List<ExpectedFinding> answerKey() {
    List<ExpectedFinding> key = new ArrayList<>(List.of(
        finding("NET-FW-LOG-RETENTION", Map.of("device", DEVICE, "from", "2025-03-10", "to", "2025-03-13"),
            "the logs of 2025-03-11 and 2025-03-12 are missing: 54 hours from 2025-03-10 18:15:55 to 2025-03-13 00:15:02"),
        finding("NET-FW-LOG-BACKUP", Map.of("device", DEVICE, "file", "fw/colo-fw-1/kern.log-20250618.gz"),
            "the backup manifest has no row for kern.log-20250618.gz"),
        finding("NET-FW-LOG-BACKUP", Map.of("device", DEVICE, "file", "fw/colo-fw-1/kern.log-20260204.gz"),
            "the backup of kern.log-20260204.gz has another SHA-256: the copy differs from the log"),
        finding("NET-FW-RULE-REVIEW", Map.of("device", DEVICE, "from", "2023-12-05", "to", "2025-01-10"),
            "402 days between rule reviews, over 366 (2025-01-10 to 2026-01-11 is exactly 366 and passes)"),
        finding("NET-FW-RULE-REVIEW", Map.of("device", DEVICE, "rule", "COLO-IN:3"),
            "-A COLO-IN -j ACCEPT, reached from FORWARD: any source, any destination, any service"),
        finding("NET-ISOLATION", Map.of("device", DEVICE, "rule", "COLO-IN:3"),
            "an accept rule from any source lets the Internet reach every important host"),
        finding("NET-ISOLATION", Map.of("device", DEVICE, "src", "203.0.113.45", "dst", "colo-gw-1"),
            "a FW-ACCEPT line of 2026-10-07 09:42:17 from 203.0.113.45 to 10.20.1.11:443"),
        finding("NET-REMOTE", Map.of("user", "vendor01", "session_start", "2026-08-12T22:10:00+08:00"),
            "the session has no request number"),
        finding("NET-REMOTE", Map.of("user", "linzh", "session_start", "2026-06-03T14:00:00+08:00"),
            "reviewed on 2026-07-20, after its deadline 2026-07-04 (31 days)")));
    return List.copyOf(key);
  }

  @Override
  public List<ExpectedFinding> waivedFindings() {
    return List.of();
  }

  @Override
  public Map<String, String> expectedStatus() {
    SortedMap<String, String> status = new TreeMap<>();
    status.put("NET-FW-LOG-RETENTION", "fail");
    status.put("NET-FW-LOG-BACKUP", "fail");
    status.put("NET-FW-RULE-REVIEW", "fail");
    status.put("NET-ISOLATION", "fail");
    status.put("NET-REMOTE", "fail");
    return Collections.unmodifiableSortedMap(status);
  }

  private static ExpectedFinding finding(String control, Map<String, String> subject, String why) {
    return new ExpectedFinding(control, subject, why);
  }

  private static byte[] gzip(String text) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
        gz.write(text.getBytes(StandardCharsets.UTF_8));
      }
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
