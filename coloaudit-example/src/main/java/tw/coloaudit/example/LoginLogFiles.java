package tw.coloaudit.example;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

/**
 * The login logs of the three important systems, sparse (a few lines a day) so the pack stays
 * small: colo-gw-1's sshd {@code auth.log} rotated monthly with dateext, colo-win-1's Security
 * events in three export forms, colo-db-1's database login audit as CSV plus {@code last -F -i}
 * of its host.
 */
final class LoginLogFiles {

  private LoginLogFiles() {}

  static final ZoneId ZONE = ExamplePack.TIMEZONE;
  static final LocalDate AS_OF = ExamplePack.AS_OF;

  /** colo-gw-1's auth.log stops for four days while its disk was full: LOG-RETENTION {colo-gw-1, 2025-03-09, 2025-03-14}. */
  static final LocalDate GW_GAP_FIRST = LocalDate.of(2025, 3, 10);
  static final LocalDate GW_GAP_LAST = LocalDate.of(2025, 3, 13);
  /** The database's login audit was switched on late: LOG-RETENTION {colo-db-1, 2023-11-20, 2024-01-15}. */
  static final LocalDate DB_AUDIT_ON = LocalDate.of(2024, 1, 15);

  private static final DateTimeFormatter BSD = DateTimeFormatter.ofPattern("MMM ppd HH:mm:ss", Locale.US);

  static Map<String, byte[]> files() {
    Map<String, byte[]> files = new LinkedHashMap<>();
    gatewayAuthLog(files);
    windowsSecurity(files);
    files.put("logs/colo-db-1/db-logins.csv.gz", gzip(databaseLogins()));
    files.put("logs/colo-db-1/last-Fi.txt", databaseLast().getBytes(StandardCharsets.UTF_8));
    return files;
  }

  // ---- colo-gw-1: sshd in RFC 3164, one file a month (logrotate dateext), the current month in auth.log.

  private static void gatewayAuthLog(Map<String, byte[]> files) {
    Random random = new Random(0x9A00_0101L);
    int[] pid = {21_000};
    LocalDate first = LocalDate.of(2023, 10, 1);
    StringBuilder month = new StringBuilder();
    for (LocalDate d = first; d.isBefore(AS_OF); d = d.plusDays(1)) {
      if (d.getDayOfMonth() == 1 && d.isAfter(first)) {
        files.put("logs/colo-gw-1/auth.log-" + d.toString().replace("-", "") + ".gz", gzip(month.toString()));
        month.setLength(0);
      }
      if (!d.isBefore(GW_GAP_FIRST) && !d.isAfter(GW_GAP_LAST)) continue;
      if (d.equals(GW_GAP_LAST.plusDays(1))) {
        month.append(gw(d.atTime(0, 5, 12), "rsyslogd: [origin software=\"rsyslogd\" swVersion=\"8.2302.0\" x-pid=\"612\" "
            + "x-info=\"https://www.rsyslog.com\"] start"));
      }
      cron(month, d.atTime(0, 17, 1), pid);
      boolean weekday = d.getDayOfWeek().getValue() <= 5;
      if (weekday) {
        ssh(month, d.atTime(8, 31, random.nextInt(50)), "password", "trader", "10.20.5.31", random, pid, 1006);
        ssh(month, d.atTime(9, 2, random.nextInt(50)), "publickey", "wangdm", "10.20.5.12", random, pid, 1000);
      }
      // ACC-DORMANT {colo-gw-1, chenyj}: logs in twice a week until 2026-07-30, then never again;
      // its password was reset on 2026-09-28, which is not a login.
      if ((d.getDayOfWeek() == DayOfWeek.TUESDAY || d.getDayOfWeek() == DayOfWeek.THURSDAY)
          && !d.isAfter(LocalDate.of(2026, 7, 30))) {
        ssh(month, d.atTime(9, 40, random.nextInt(50)), "publickey", "chenyj", "10.20.5.22", random, pid, 1001);
      }
      // The vendor's monthly maintenance, first Wednesday of the month.
      if (d.getDayOfWeek() == DayOfWeek.WEDNESDAY && d.getDayOfMonth() <= 7) {
        ssh(month, d.atTime(14, 3, random.nextInt(50)), "password", "vendor01", "10.20.9.15", random, pid, 1005);
      }
      // A scanner on the vendor segment tries the default admin name now and then: failed, so not a login.
      if (d.getDayOfMonth() == 17) {
        month.append(gw(d.atTime(3, 11, 7), "sshd[" + (++pid[0]) + "]: Invalid user admin from 10.20.9.99 port "
            + (40_000 + random.nextInt(20_000))));
        month.append(gw(d.atTime(3, 11, 9), "sshd[" + pid[0] + "]: Failed password for invalid user admin from 10.20.9.99 port "
            + (40_000 + random.nextInt(20_000)) + " ssh2"));
      }
      rootLogin(month, d, random, pid);
      cron(month, d.atTime(8, 17, 1), pid);
      cron(month, d.atTime(16, 17, 1), pid);
    }
    files.put("logs/colo-gw-1/auth.log", month.toString().getBytes(StandardCharsets.UTF_8));
  }

  /**
   * root's direct SSH logins (PermitRootLogin yes): 2025-06-20 and 2026-10-15 inside approved
   * windows; ACC-PRIV-APPROVAL {colo-gw-1, root, 2026-03-14T02:13:45+08:00} at night with none (the
   * request of 2026-03-16 came after it). Each is also a direct login by a default account.
   */
  private static void rootLogin(StringBuilder out, LocalDate d, Random random, int[] pid) {
    LocalDateTime at = switch (d.toString()) {
      case "2025-06-20" -> d.atTime(10, 5, 11);
      case "2026-03-14" -> d.atTime(2, 13, 45);
      case "2026-10-15" -> d.atTime(14, 22, 8);
      default -> null;
    };
    if (at == null) return;
    String from = d.toString().equals("2026-03-14") ? "10.20.9.15" : "10.20.5.12";
    ssh(out, at, "password", "root", from, random, pid, 0);
  }

  private static void ssh(StringBuilder out, LocalDateTime at, String method, String user, String from, Random random, int[] pid, int uid) {
    int p = ++pid[0];
    out.append(gw(at, "sshd[" + p + "]: Accepted " + method + " for " + user + " from " + from + " port "
        + (49_152 + random.nextInt(16_000)) + " ssh2" + (method.equals("publickey") ? ": ED25519 SHA256:" + key(user) : "")));
    out.append(gw(at, "sshd[" + p + "]: pam_unix(sshd:session): session opened for user " + user + "(uid=" + uid + ") by (uid=0)"));
    out.append(gw(at.plusMinutes(25 + random.nextInt(60)), "sshd[" + p + "]: pam_unix(sshd:session): session closed for user " + user));
  }

  private static String key(String user) {
    return Integer.toHexString(user.hashCode()) + "Qm9zc2VkIGtleSBmb3IgY29sby1ndy0x" + user.length();
  }

  private static void cron(StringBuilder out, LocalDateTime at, int[] pid) {
    int p = ++pid[0];
    out.append(gw(at, "CRON[" + p + "]: pam_unix(cron:session): session opened for user root(uid=0) by (uid=0)"));
    out.append(gw(at.plusSeconds(1), "CRON[" + p + "]: pam_unix(cron:session): session closed for user root"));
  }

  private static String gw(LocalDateTime at, String message) {
    return BSD.format(at) + " colo-gw-1 " + message + "\n";
  }

  // ---- colo-win-1: Security events, three export forms.

  private static void windowsSecurity(Map<String, byte[]> files) {
    Random random = new Random(0x9A00_0201L);
    int[] record = {180_000};
    StringBuilder viewer = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Events>\n");
    StringBuilder wevtutil = new StringBuilder();
    StringBuilder getWinEvent = new StringBuilder();
    for (LocalDate d = LocalDate.of(2023, 11, 1); d.isBefore(AS_OF); d = d.plusDays(1)) {
      StringBuilder out = d.getYear() <= 2024 ? viewer : d.getYear() == 2025 ? wevtutil : getWinEvent;
      boolean pretty = d.getYear() <= 2024;
      out.append(event(d.atTime(3, 0, 4), 4624, "SYSTEM", "S-1-5-18", "5", "-", "-", record, pretty));
      boolean weekday = d.getDayOfWeek().getValue() <= 5;
      if (weekday) {
        out.append(event(d.atTime(9, 12, random.nextInt(50)), 4624, "wangdm", SID + "-1001", "10", "10.20.5.12", "ADMIN-PC01", record, pretty));
        // LOG-FIELDS {colo-win-1, source}: in September 2026 the report share was reached by NTLM
        // logons that recorded neither IpAddress nor WorkstationName.
        boolean blind = d.getYear() == 2026 && d.getMonthValue() == 9 && d.getDayOfMonth() <= 10;
        out.append(event(d.atTime(10, 30, random.nextInt(50)), 4624, "zhouml", SID + "-1003", "3",
            blind ? "-" : "10.20.5.40", blind ? "-" : "TRADE-PC07", record, pretty));
      }
      if (d.getDayOfWeek() == DayOfWeek.MONDAY) {
        out.append(event(d.atTime(11, 5, random.nextInt(50)), 4624, "chenyj", SID + "-1002", "10", "10.20.5.22", "IT-PC03", record, pretty));
      }
      if (d.getDayOfMonth() == 10 && !d.isAfter(LocalDate.of(2026, 11, 10))) {
        out.append(event(d.atTime(19, 45, 18), 4624, "vendor02", SID + "-1004", "10", "10.20.9.21", "XINWANG-NB", record, pretty));
      }
      // A failed guess at the built-in Administrator from the vendor segment: not a login.
      if (d.getDayOfMonth() == 21) {
        out.append(event(d.atTime(2, 40, 12), 4625, "administrator", "S-1-0-0", "3", "10.20.9.99", "-", record, pretty));
      }
      // The built-in Administrator's last use, inside the approved window of 2024-06-12 16:00–18:00.
      if (d.equals(LocalDate.of(2024, 6, 12))) {
        out.append(event(d.atTime(16, 41, 5), 4624, "Administrator", SID + "-500", "2", "127.0.0.1", "COLO-WIN-1", record, pretty));
      }
      out.append(event(d.atTime(12, 0, 31), 4634, "wangdm", SID + "-1001", "10", null, null, record, pretty));
      out.append(event(d.atTime(19, 0, 2), 4624, "SYSTEM", "S-1-5-18", "5", "-", "-", record, pretty));
    }
    viewer.append("</Events>\n");
    files.put("logs/colo-win-1/Security-2023-2024.xml.gz", gzip(viewer.toString()));
    files.put("logs/colo-win-1/Security-2025.xml.gz", gzip(wevtutil.toString()));
    files.put("logs/colo-win-1/Security-2026.xml.gz", gzip(getWinEvent.toString()));
  }

  /** The domain part of colo-win-1's local SIDs (as in localusers.csv's generator, which is random: any will do). */
  private static final String SID = "S-1-5-21-1840311412-1573090912-1103877290";

  private static String event(
      LocalDateTime local, int id, String user, String sid, String logonType, String ip, String workstation, int[] record,
      boolean pretty) {
    Instant t = local.atZone(ZONE).toInstant();
    String nl = pretty ? "\n" : "";
    String in1 = pretty ? "  " : "";
    String in2 = pretty ? "    " : "";
    StringBuilder e = new StringBuilder();
    e.append("<Event xmlns=\"http://schemas.microsoft.com/win/2004/08/events/event\">").append(nl);
    e.append(in1).append("<System>").append(nl);
    e.append(in2).append("<Provider Name=\"Microsoft-Windows-Security-Auditing\" Guid=\"{54849625-5478-4994-a5ba-3e3b0328c30d}\"/>").append(nl);
    e.append(in2).append("<EventID>").append(id).append("</EventID>").append(nl);
    e.append(in2).append("<Version>2</Version><Level>0</Level><Task>").append(id == 4634 ? 12545 : 12544)
        .append("</Task><Opcode>0</Opcode><Keywords>").append(id == 4625 ? "0x8010000000000000" : "0x8020000000000000")
        .append("</Keywords>").append(nl);
    e.append(in2).append("<TimeCreated SystemTime=\"").append(t).append("\"/>").append(nl);
    e.append(in2).append("<EventRecordID>").append(++record[0]).append("</EventRecordID>").append(nl);
    e.append(in2).append("<Channel>Security</Channel><Computer>colo-win-1</Computer><Security/>").append(nl);
    e.append(in1).append("</System>").append(nl);
    e.append(in1).append("<EventData>").append(nl);
    data(e, in2, nl, "TargetUserSid", sid);
    data(e, in2, nl, "TargetUserName", user);
    data(e, in2, nl, "TargetDomainName", user.equals("SYSTEM") ? "NT AUTHORITY" : "COLO-WIN-1");
    data(e, in2, nl, "LogonType", logonType);
    if (id != 4634) {
      data(e, in2, nl, "LogonProcessName", logonType.equals("3") ? "NtLmSsp" : "User32");
      data(e, in2, nl, "WorkstationName", workstation);
      data(e, in2, nl, "IpAddress", ip);
      data(e, in2, nl, "IpPort", ip == null || ip.equals("-") ? "-" : "0");
    }
    e.append(in1).append("</EventData>").append(nl);
    e.append("</Event>\n");
    return e.toString();
  }

  private static void data(StringBuilder e, String indent, String nl, String name, String value) {
    e.append(indent).append("<Data Name=\"").append(name).append("\">").append(value).append("</Data>").append(nl);
  }

  // ---- colo-db-1: the database's login audit (CSV) and last -F -i of its host.

  private static String databaseLogins() {
    Random random = new Random(0x9A00_0301L);
    StringBuilder csv = new StringBuilder("system,user,time,source\n");
    for (LocalDate d = DB_AUDIT_ON; d.isBefore(AS_OF); d = d.plusDays(1)) {
      boolean weekday = d.getDayOfWeek().getValue() <= 5;
      db(csv, d.atTime(6, 30, random.nextInt(60)), "app_order", "10.20.1.11");
      if (weekday) db(csv, d.atTime(9, 12, random.nextInt(60)), "chenyj", "10.20.5.22");
      // hsuwb and huangsh stop logging in on the dates the accounts register gives as their last
      // login, so ACC-DORMANT's findings for them stand.
      if (weekday && d.getDayOfWeek() != DayOfWeek.FRIDAY && !d.isAfter(LocalDate.of(2026, 7, 14))) {
        db(csv, d.atTime(9, 5, random.nextInt(60)), "hsuwb", "10.20.5.23");
      }
      if (d.equals(LocalDate.of(2026, 7, 15))) db(csv, d.atTime(9, 5, 0), "hsuwb", "10.20.5.23");
      if (d.getDayOfWeek() == DayOfWeek.MONDAY && d.isBefore(LocalDate.of(2026, 8, 24))) {
        db(csv, d.atTime(14, 20, random.nextInt(60)), "huangsh", "10.20.5.24");
      }
      if (d.equals(LocalDate.of(2026, 8, 24))) db(csv, d.atTime(14, 20, 0), "huangsh", "10.20.5.24");
      if (!d.isBefore(LocalDate.of(2026, 2, 9)) && weekday) db(csv, d.atTime(16, 40, random.nextInt(60)), "liket", "10.20.5.25");
      db(csv, d.atTime(14, 30, random.nextInt(60)), "app_order", "10.20.1.11");
      db(csv, d.atTime(22, 30, random.nextInt(60)), "app_order", "10.20.1.11");
    }
    return csv.toString();
  }

  private static void db(StringBuilder csv, LocalDateTime at, String user, String source) {
    csv.append("colo-db-1,").append(user).append(',').append(at.toLocalDate()).append(' ').append(at.toLocalTime()).append(',')
        .append(source).append('\n');
  }

  /**
   * PWD-DEFAULT {colo-db-1, root}: root logged in directly on the console on 2026-11-03, inside
   * an approved window (so ACC-PRIV-APPROVAL passes it) but as the default account itself.
   */
  private static String databaseLast() {
    return """
        chenyj   pts/0        10.20.5.22       Wed Nov 18 09:20:11 2026 - Wed Nov 18 09:41:52 2026  (00:21)
        chenyj   pts/0        10.20.5.22       Mon Nov  9 14:02:40 2026 - Mon Nov  9 14:30:05 2026  (00:27)
        root     tty1         0.0.0.0          Tue Nov  3 10:15:22 2026 - Tue Nov  3 10:48:40 2026  (00:33)
        reboot   system boot  0.0.0.0          Tue Nov  3 10:12:03 2026   still running
        chenyj   pts/0        10.20.5.22       Mon Nov  2 09:31:17 2026 - Mon Nov  2 10:02:44 2026  (00:31)

        wtmp begins Sun Nov  1 00:00:02 2026
        """;
  }

  static byte[] gzip(String text) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
      gz.write(text.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
