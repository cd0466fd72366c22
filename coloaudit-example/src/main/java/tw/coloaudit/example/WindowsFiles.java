package tw.coloaudit.example;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * The Windows server colo-win-1: its local users as {@code Get-LocalUser | Select * |
 * Export-Csv} writes them in Windows PowerShell 5.1 (en-US), and its {@code secedit /export}.
 */
final class WindowsFiles {

  static final String SYSTEM = "colo-win-1";

  private static final DateTimeFormatter EN_US = DateTimeFormatter.ofPattern("M/d/yyyy h:mm:ss a", Locale.US);

  /** secpol.inf: MinimumPasswordAge and MaximumPasswordAge, as the export below says. */
  private static final int MIN_AGE_DAYS = 1;

  private static final int MAX_AGE_DAYS = 90;

  private WindowsFiles() {}

  static Map<String, byte[]> files() {
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("accounts/colo-win-1/localusers.csv", localUsers(new Random(0x9A00_0002L)));
    files.put("config/colo-win-1/secpol.inf", secpol());
    return files;
  }

  private record LocalUser(
      String name, String description, boolean enabled, String fullName, boolean mayChange,
      boolean required, boolean expires, LocalDateTime lastSet, LocalDateTime lastLogon, int rid,
      String groups) {}

  private static byte[] localUsers(Random random) {
    String domain = "S-1-5-21-" + (1_000_000_000L + random.nextInt(1_000_000_000)) + "-"
        + (1_000_000_000L + random.nextInt(1_000_000_000)) + "-"
        + (1_000_000_000L + random.nextInt(1_000_000_000));
    List<LocalUser> users = new ArrayList<>();
    // Built-in Administrator disabled: the default account passes PWD-DEFAULT; skipped elsewhere.
    users.add(new LocalUser("Administrator", "Built-in account for administering the computer/domain",
        false, "", true, true, true, at(2023, 8, 1, 10, 15, 22), at(2024, 6, 12, 16, 41, 5), 500,
        "Administrators"));
    users.add(new LocalUser("DefaultAccount", "A user account managed by the system.", false, "",
        true, false, false, null, null, 503, "System Managed Accounts Group"));
    // PWD-DEFAULT {colo-win-1, Guest}: the built-in Guest is enabled.
    // ACC-REQUEST {colo-win-1, Guest}: no access request. ACC-UNIQUE {colo-win-1, Guest}: no holder.
    // Its password was set on 2026-09-10 (71 days: PWD-AGE passes; 50 days idle on the latest
    // review date 2026-10-30: not dormant under dormant_days 60).
    users.add(new LocalUser("Guest", "Built-in account for guest access to the computer/domain",
        true, "", false, false, false, at(2026, 9, 10, 15, 20, 41), null, 501, "Guests"));
    users.add(new LocalUser("WDAGUtilityAccount",
        "A user account managed and used by the system for Windows Defender Application Guard scenarios.",
        false, "", true, true, true, at(2023, 8, 1, 9, 58, 3), null, 504, ""));
    users.add(new LocalUser("wangdm", "資訊部 系統管理", true, "王大明", true, true, true,
        at(2026, 10, 20, 8, 30, 12), at(2026, 11, 18, 9, 2, 11), 1001, "Administrators;Users"));
    // ACC-REQUEST {colo-win-1, chenyj}: the register holds no request for this account.
    users.add(new LocalUser("chenyj", "資訊部", true, "陳怡君", true, true, true,
        at(2026, 10, 1, 17, 47, 9), at(2026, 11, 19, 10, 14, 33), 1002, "Remote Desktop Users;Users"));
    // ACC-REQUEST {colo-win-1, zhouml}: request AR-2025-024 has no IT supervisor approval.
    users.add(new LocalUser("zhouml", "交易部 報表", true, "周美玲", true, true, true,
        at(2026, 9, 15, 11, 3, 54), at(2026, 11, 12, 14, 5, 0), 1003, "Users"));
    // ACC-OUTSOURCE-REVOKE {colo-win-1, vendor02}: the contract of V002 ended 2026-06-30 and the
    // account is still enabled. A waiver in force until 2026-12-31 covers it.
    users.add(new LocalUser("vendor02", "信網科技 維護", true, "劉家宏", true, true, true,
        at(2026, 9, 25, 16, 12, 40), at(2026, 11, 10, 19, 45, 18), 1004, "Remote Desktop Users;Users"));

    StringBuilder csv = new StringBuilder();
    csv.append("#TYPE Microsoft.PowerShell.Commands.LocalUser\r\n");
    csv.append(quoted("AccountExpires", "Description", "Enabled", "FullName", "PasswordChangeableDate",
        "PasswordExpires", "UserMayChangePassword", "PasswordRequired", "PasswordLastSet", "LastLogon",
        "Name", "SID", "PrincipalSource", "ObjectClass", "Groups"));
    for (LocalUser u : users) {
      String changeable = u.lastSet() == null ? "" : EN_US.format(u.lastSet().plusDays(MIN_AGE_DAYS));
      String expiresAt = u.lastSet() == null || !u.expires() ? "" : EN_US.format(u.lastSet().plusDays(MAX_AGE_DAYS));
      csv.append(quoted("", u.description(), bool(u.enabled()), u.fullName(), changeable, expiresAt,
          bool(u.mayChange()), bool(u.required()), format(u.lastSet()), format(u.lastLogon()), u.name(),
          domain + "-" + u.rid(), "Local", "User", u.groups()));
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    // Export-Csv -Encoding UTF8 in Windows PowerShell writes a byte order mark.
    out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    out.writeBytes(csv.toString().getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  private static LocalDateTime at(int y, int mo, int d, int h, int mi, int s) {
    return LocalDateTime.of(y, mo, d, h, mi, s);
  }

  private static String format(LocalDateTime t) {
    return t == null ? "" : EN_US.format(t);
  }

  private static String bool(boolean b) {
    return b ? "True" : "False";
  }

  private static String quoted(String... fields) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < fields.length; i++) {
      if (i > 0) line.append(',');
      line.append('"').append(fields[i].replace("\"", "\"\"")).append('"');
    }
    return line.append("\r\n").toString();
  }

  // PWD-POLICY {colo-win-1, min_length}: MinimumPasswordLength 4 against 6. PasswordComplexity 1
  // counts as 3 classes and MaximumPasswordAge 90 equals the limit: both pass.
  private static byte[] secpol() {
    String inf = """
        [Unicode]
        Unicode=yes
        [System Access]
        MinimumPasswordAge = 1
        MaximumPasswordAge = 90
        MinimumPasswordLength = 4
        PasswordComplexity = 1
        PasswordHistorySize = 5
        LockoutBadCount = 5
        ResetLockoutCount = 30
        LockoutDuration = 30
        AllowAdministratorLockout = 1
        RequireLogonToChangePassword = 0
        ForceLogoffWhenHourExpire = 0
        NewAdministratorName = "Administrator"
        NewGuestName = "Guest"
        ClearTextPassword = 0
        LSAAnonymousNameLookup = 0
        EnableAdminAccount = 0
        EnableGuestAccount = 1
        [Event Audit]
        AuditSystemEvents = 3
        AuditLogonEvents = 3
        AuditObjectAccess = 0
        AuditPrivilegeUse = 0
        AuditPolicyChange = 1
        AuditAccountManage = 3
        AuditProcessTracking = 0
        AuditDSAccess = 0
        AuditAccountLogon = 3
        [Registry Values]
        MACHINE\\System\\CurrentControlSet\\Control\\Lsa\\LimitBlankPasswordUse=4,1
        MACHINE\\System\\CurrentControlSet\\Control\\Lsa\\NoLMHash=4,1
        MACHINE\\System\\CurrentControlSet\\Services\\LanManServer\\Parameters\\RequireSecuritySignature=4,1
        [Privilege Rights]
        SeNetworkLogonRight = *S-1-1-0,*S-1-5-32-544,*S-1-5-32-545,*S-1-5-32-551
        SeInteractiveLogonRight = Guest,*S-1-5-32-544,*S-1-5-32-545,*S-1-5-32-551
        SeRemoteInteractiveLogonRight = *S-1-5-32-544,*S-1-5-32-555
        [Version]
        signature="$CHICAGO$"
        Revision=1
        """.replace("\n", "\r\n");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xFE});
    out.writeBytes(inf.getBytes(StandardCharsets.UTF_16LE));
    return out.toByteArray();
  }
}
