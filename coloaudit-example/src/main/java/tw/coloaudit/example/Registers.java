package tw.coloaudit.example;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The registers people keep in Excel: people, access requests, dormant-account reviews, the
 * weak-password test, and the database's accounts register and password policy.
 */
final class Registers {

  private Registers() {}

  static Map<String, byte[]> files() {
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("registers/people.csv", people());
    files.put("registers/access-requests.xlsx", accessRequests());
    files.put("registers/dormant-reviews.csv", dormantReviews());
    files.put("registers/weak-password-audit.csv", weakPasswordAudit());
    files.put("accounts/colo-db-1/accounts.xlsx", databaseAccounts());
    files.put("config/colo-db-1/password-policy.csv", databasePasswordPolicy());
    return files;
  }

  /**
   * Saved from Excel on a Taiwanese Windows machine: Big5 (code page 950), CRLF, ROC dates. The
   * accounts column links the native account files (passwd, Get-LocalUser) to people; the
   * database register names its holders itself.
   */
  private static byte[] people() {
    String csv = """
        人員代號,姓名,類別,公司,合約到期日,帳號
        E001,王大明,員工,範例證券,,colo-gw-1:root;colo-gw-1:wangdm;colo-win-1:wangdm
        E002,陳怡君,員工,範例證券,,colo-gw-1:chenyj;colo-win-1:chenyj
        E003,林志豪,員工,範例證券,,colo-gw-1:linzh
        E004,張淑芬,員工,範例證券,,colo-gw-1:changesf
        E005,周美玲,員工,範例證券,,colo-win-1:zhouml
        E005,吳俊傑,員工,範例證券,,
        E006,洪嘉穎,員工,範例證券,,colo-gw-1:hungcy
        E007,許文彬,員工,範例證券,,
        E008,蔡雅婷,員工,範例證券,,colo-gw-1:tsaiyt
        E009,李冠廷,員工,範例證券,,
        E010,黃淑惠,員工,範例證券,,
        V001,黃建國,廠商,瑞達系統整合股份有限公司,116/12/31,colo-gw-1:vendor01
        V002,劉家宏,廠商,信網科技股份有限公司,115/06/30,colo-win-1:vendor02
        V003,鄭志明,委外,信網科技股份有限公司,115/03/31,
        """;
    // ACC-UNIQUE {person: E005}: the id is given to 周美玲 and to 吳俊傑.
    // V002's contract ended 115/06/30 (2026-06-30): see vendor02 on colo-win-1.
    // V003's contract ended 115/03/31 (2026-03-31), the day its database account was disabled:
    // on the deadline, so ACC-OUTSOURCE-REVOKE passes.
    return encodeStrictly(csv.replace("\n", "\r\n"), Charset.forName("x-windows-950"));
  }

  private static byte[] encodeStrictly(String text, Charset charset) {
    try {
      ByteBuffer b = charset.newEncoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .encode(CharBuffer.wrap(text));
      return Arrays.copyOf(b.array(), b.limit());
    } catch (CharacterCodingException e) {
      throw new IllegalStateException("people register is not encodable in " + charset, e);
    }
  }

  private static byte[] accessRequests() {
    List<String> headers = List.of("申請單號", "系統", "帳號", "用途", "權限", "申請日期", "單位主管核准日期", "資訊主管核准日期");
    List<List<Object>> rows = List.of(
        request("AR-2023-014", "colo-gw-1", "root", "系統管理（緊急使用，密碼彌封保管）", "最高權限", d(2023, 7, 20), d(2023, 7, 21), d(2023, 7, 24)),
        request("AR-2023-015", "colo-gw-1", "wangdm", "系統管理", "sudo", d(2023, 7, 20), d(2023, 7, 21), d(2023, 7, 24)),
        request("AR-2023-016", "colo-gw-1", "chenyj", "下單閘道維運", "fixops", d(2023, 7, 20), d(2023, 7, 21), d(2023, 7, 24)),
        request("AR-2023-017", "colo-gw-1", "kaoyc", "行情監控", "一般使用者", d(2023, 7, 25), d(2023, 7, 26), d(2023, 7, 27)),
        request("AR-2023-018", "colo-win-1", "wangdm", "伺服器管理", "Administrators", d(2023, 7, 25), d(2023, 7, 26), d(2023, 7, 27)),
        // Created 2023-08-02 (accounts.xlsx): approved before creation, clean.
        request("AR-2023-019", "colo-db-1", "chenyj", "資料庫管理", "sysadmin", d(2023, 7, 25), d(2023, 7, 26), d(2023, 7, 27)),
        request("AR-2024-005", "colo-gw-1", "linzh", "行情監控", "一般使用者", d(2024, 1, 15), d(2024, 1, 16), d(2024, 1, 17)),
        request("AR-2024-011", "colo-db-1", "hsuwb", "報表查詢", "唯讀", d(2024, 3, 5), d(2024, 3, 5), d(2024, 3, 6)),
        request("AR-2024-020", "colo-gw-1", "changesf", "交易監控", "一般使用者", d(2024, 4, 10), d(2024, 4, 11), d(2024, 4, 12)),
        request("AR-2024-033", "colo-gw-1", "hungcy", "部署作業（金鑰登入）", "fixops", d(2024, 9, 2), d(2024, 9, 3), d(2024, 9, 4)),
        request("AR-2024-041", "colo-gw-1", "trader", "交易員共用", "一般使用者", d(2024, 11, 18), d(2024, 11, 19), d(2024, 11, 20)),
        request("AR-2025-003", "colo-db-1", "v_sysops", "廠商維護", "sysadmin", d(2025, 3, 24), d(2025, 3, 25), d(2025, 3, 26)),
        request("AR-2025-008", "colo-gw-1", "vendor01", "廠商維護", "sudo", d(2025, 4, 7), d(2025, 4, 8), d(2025, 4, 9)),
        request("AR-2025-011", "colo-win-1", "vendor02", "廠商維護", "Remote Desktop Users", d(2025, 5, 12), d(2025, 5, 13), d(2025, 5, 14)),
        request("AR-2025-019", "colo-gw-1", "tsaiyt", "交易監控", "一般使用者", d(2025, 5, 20), d(2025, 5, 21), d(2025, 5, 22)),
        // ACC-REQUEST {colo-win-1, zhouml}: approved by the unit supervisor only.
        request("AR-2025-024", "colo-win-1", "zhouml", "報表作業", "Users", d(2025, 6, 2), d(2025, 6, 3), null),
        // IT approval on the creation day itself (2025-07-01): on or before creation, clean.
        request("AR-2025-027", "colo-db-1", "huangsh", "報表查詢", "唯讀", d(2025, 6, 25), d(2025, 6, 26), d(2025, 7, 1)),
        // ACC-REQUEST {colo-db-1, liket}: created 2026-02-02, approved on 2026-02-03 and 2026-02-05.
        request("AR-2026-003", "colo-db-1", "liket", "報表查詢", "唯讀", d(2026, 2, 2), d(2026, 2, 3), d(2026, 2, 5)));
    // No request at all for colo-win-1 chenyj and colo-win-1 Guest: ACC-REQUEST findings.
    return Xlsx.sheet("帳號申請", headers, rows);
  }

  private static List<Object> request(String no, String system, String account, String purpose, String rights,
      LocalDate requested, LocalDate unit, LocalDate it) {
    return Arrays.asList(no, system, account, purpose, rights, requested, unit, it);
  }

  /**
   * Excel's "CSV UTF-8": a byte order mark, CRLF, dates as zh-TW Excel shows them. Accounts
   * named are those the reviewer found dormant, split by semicolons.
   */
  private static byte[] dormantReviews() {
    String csv = """
        系統,檢視日期,檢視人,檢視帳號
        colo-gw-1,2025/11/5,王大明,kaoyc
        colo-gw-1,2026/5/4,王大明,linzh;hungcy
        colo-gw-1,2026/10/31,王大明,linzh;changesf;hungcy;tsaiyt
        colo-win-1,2025/11/10,陳怡君,
        colo-win-1,2026/5/25,陳怡君,
        colo-win-1,2026/10/30,陳怡君,
        colo-db-1,2025/11/12,陳怡君,cust_api01
        colo-db-1,2026/5/8,陳怡君,cust_api01
        colo-db-1,2026/10/30,陳怡君,cust_api01
        """;
    // colo-gw-1: gaps of 180, 180 and 20 days. The latest review names every account that was
    // dormant on 2026-10-31 with dormant_days 60 (no login is known on Linux, so the last
    // password change counts): linzh (164 days), changesf (70), hungcy (334), tsaiyt (reset).
    // ACC-DORMANT {system: colo-win-1, from: 2025-11-10, to: 2026-05-25}: 196 days against 183.
    // colo-db-1: gaps of 177, 175 and 21 days. The latest review (2026-10-30) misses
    // ACC-DORMANT {colo-db-1, hsuwb} (last login 2026-07-15, 107 days) and
    // ACC-DORMANT {colo-db-1, huangsh} (last login 2026-08-24, 67 days: dormant only under the
    // pack's dormant_days 60). cust_api01 belongs to a customer, outside the rule.
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    out.writeBytes(csv.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  private static byte[] weakPasswordAudit() {
    String csv = """
        系統,帳號,測試日期,結果
        colo-gw-1,root,2026-11-05,通過
        colo-gw-1,wangdm,2026-11-05,通過
        colo-gw-1,trader,2026-11-05,通過
        colo-gw-1,vendor01,2026-11-05,通過
        colo-win-1,wangdm,2026-11-05,通過
        colo-win-1,vendor02,2026-11-05,通過
        colo-db-1,sa,2026-11-05,通過
        colo-db-1,app_order,2026-11-05,弱密碼
        colo-db-1,v_sysops,2026-11-05,弱密碼
        """;
    // PWD-DEFAULT {colo-db-1, app_order}: marked weak, and the account is enabled.
    // v_sysops is marked weak too but was disabled on 2026-03-31: PWD-DEFAULT passes it.
    return csv.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] databaseAccounts() {
    List<String> headers = List.of("系統", "帳號", "使用人", "使用人類別", "最高權限", "啟用", "建立日期", "密碼變更日期", "最後登入", "停用日期");
    List<List<Object>> rows = List.of(
        // Default account disabled: PWD-DEFAULT passes; every other control skips it.
        account("sa", null, "系統", "Y", "N", d(2023, 8, 1), d(2023, 8, 1), null, d(2023, 8, 15)),
        account("chenyj", "E002", "員工", "Y", "Y", d(2023, 8, 2), d(2026, 10, 5), t(2026, 11, 19, 9, 12), null),
        // PWD-DEFAULT {colo-db-1, app_order}: see weak-password-audit.csv. A system account:
        // ACC-REQUEST, ACC-UNIQUE, ACC-DORMANT and PWD-AGE skip it (its password is 445 days old).
        account("app_order", null, "系統", "N", "Y", d(2023, 8, 1), d(2025, 9, 1), t(2026, 11, 20, 8, 30), null),
        // A customer's API login: no holder in people, no request, an old password, idle since
        // March; every rule that excludes customers skips it.
        account("cust_api01", "1234567", "客戶", "N", "Y", d(2024, 6, 1), d(2025, 1, 10), t(2026, 3, 2, 10, 0), null),
        // ACC-REQUEST {colo-db-1, liket}: created before its request was approved.
        account("liket", "E009", "員工", "N", "Y", d(2026, 2, 2), d(2026, 10, 12), t(2026, 11, 17, 16, 40), null),
        // ACC-DORMANT {colo-db-1, hsuwb}: 107 days idle on the review of 2026-10-30, not named.
        // PWD-AGE {colo-db-1, hsuwb}: last changed 2026-07-15, 128 days.
        account("hsuwb", "E007", "員工", "N", "Y", d(2024, 3, 11), d(2026, 7, 15), t(2026, 7, 15, 9, 5), null),
        // ACC-DORMANT {colo-db-1, huangsh}: 67 days idle on 2026-10-30, over the pack's 60.
        // Password 88 days old: PWD-AGE passes.
        account("huangsh", "E010", "員工", "N", "Y", d(2025, 7, 1), d(2026, 8, 24), t(2026, 8, 24, 14, 20), null),
        // A vendor with sysadmin, disabled on its contract's last day: ACC-PRIV-VENDOR skips it
        // (disabled), ACC-OUTSOURCE-REVOKE passes it (disabled on the deadline).
        account("v_sysops", "V003", "委外", "Y", "N", d(2025, 4, 1), d(2025, 4, 1), t(2026, 3, 30, 18, 22), d(2026, 3, 31)));
    return Xlsx.sheet("帳號清冊", headers, rows);
  }

  private static List<Object> account(String account, String holder, String holderType, String privileged,
      String enabled, LocalDate created, LocalDate changed, LocalDateTime lastLogin, LocalDate disabled) {
    return Arrays.asList("colo-db-1", account, holder, holderType, privileged, enabled, created, changed, lastLogin, disabled);
  }

  /** The database has no exportable policy file: its DBA keeps the login policy as a register. */
  private static byte[] databasePasswordPolicy() {
    String csv = """
        系統,最小長度,複雜度,最長使用天數
        colo-db-1,8,Y,90
        """;
    return csv.getBytes(StandardCharsets.UTF_8);
  }

  private static LocalDate d(int y, int m, int day) {
    return LocalDate.of(y, m, day);
  }

  private static LocalDateTime t(int y, int m, int day, int h, int min) {
    return LocalDateTime.of(y, m, day, h, min);
  }
}
