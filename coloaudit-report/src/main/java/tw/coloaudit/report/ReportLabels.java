package tw.coloaudit.report;

import java.util.List;
import java.util.Locale;
import tw.coloaudit.model.ControlResult;
import tw.coloaudit.model.Localized;
import tw.coloaudit.model.Outcome;
import tw.coloaudit.model.Severity;

/** The words reports share: the seed deck's eight deficiency patterns, control families, statuses. */
public final class ReportLabels {

  /** The deficiency patterns of the TWSE 2020-12-31 co-location audit deck, in its order (1–8). */
  private static final List<Localized> PATTERNS =
      List.of(
          Localized.of("未公平對待投資人", "Investors not treated fairly"),
          Localized.of("主機共置機櫃存放客戶軟、硬體或提供第三人使用",
              "Customers' software or hardware in the co-location racks, or racks used by third parties"),
          Localized.of("交易指令由軟體自行運算產生並傳送至證交所，未留存接收客戶委託時間",
              "Software-generated orders sent to the exchange without the customer's order receipt time kept"),
          Localized.of("連接證交所之設備未裝置防火牆，或防火牆進出紀錄及備份未完整保存",
              "No firewall in front of equipment connected to the exchange, or firewall logs and backups not fully kept"),
          Localized.of("最高權限帳號提供廠商使用", "Highest-privilege accounts used by vendors"),
          Localized.of("系統使用密碼未依規定時間變更", "System passwords not changed within the required time"),
          Localized.of("系統稽核日誌紀錄內容（使用者識別碼、登入日期時間等）未依規完整保存",
              "Audit log content (user ID, login date and time …) not fully kept as required"),
          Localized.of("未依規定時間辦理弱點掃描，未評估所辨識弱點之風險及安裝修補程式並留存紀錄",
              "Vulnerability scans not run on time; weaknesses found not assessed or patched with a record"));

  private static final Localized BEYOND_PATTERNS = Localized.of("其他查核項目", "Beyond the eight patterns");

  /** Control families in the catalog's order. */
  public static final List<String> FAMILIES = List.of("colo", "orders", "network", "accounts", "logs", "vuln", "change");

  private ReportLabels() {}

  /** The title of seed pattern {@code n} (1–8); anything else is "beyond the patterns". */
  public static Localized pattern(int n) {
    return n >= 1 && n <= PATTERNS.size() ? PATTERNS.get(n - 1) : BEYOND_PATTERNS;
  }

  public static int patternCount() {
    return PATTERNS.size();
  }

  public static Localized family(String family) {
    return switch (family) {
      case "colo" -> Localized.of("主機共置使用與公平待客", "Co-location use and fair treatment");
      case "orders" -> Localized.of("委託紀錄", "Orders");
      case "network" -> Localized.of("網路與防火牆", "Network and firewalls");
      case "accounts" -> Localized.of("帳號與密碼", "Accounts and passwords");
      case "logs" -> Localized.of("稽核日誌", "Audit logs");
      case "vuln" -> Localized.of("弱點管理", "Vulnerability management");
      case "change" -> Localized.of("變更與委外管理", "Change and outsourcing management");
      default -> Localized.of("其他", "Other");
    };
  }

  /** The control's family, from its metadata or, for results that carry none, from its ID prefix. */
  public static String familyOf(ControlResult c) {
    if (!c.family().isBlank()) return c.family();
    String id = c.id();
    if (id.startsWith("COLO-")) return "colo";
    if (id.startsWith("ORD-")) return "orders";
    if (id.startsWith("NET-")) return "network";
    if (id.startsWith("ACC-") || id.startsWith("PWD-")) return "accounts";
    if (id.startsWith("LOG-")) return "logs";
    if (id.startsWith("VULN-")) return "vuln";
    if (id.startsWith("CHG-") || id.startsWith("OUT-")) return "change";
    return "other";
  }

  public static Localized status(Outcome o) {
    return switch (o) {
      case PASS -> Localized.of("通過", "Pass");
      case FAIL -> Localized.of("未通過", "Fail");
      case NOT_APPLICABLE -> Localized.of("不適用", "Not applicable");
      case INSUFFICIENT_EVIDENCE -> Localized.of("證據不足", "Insufficient evidence");
      case WAIVED -> Localized.of("豁免", "Waived");
      case ERROR -> Localized.of("錯誤", "Error");
    };
  }

  public static Localized severity(Severity s) {
    return switch (s) {
      case CRITICAL -> Localized.of("重大", "Critical");
      case HIGH -> Localized.of("高", "High");
      case MEDIUM -> Localized.of("中", "Medium");
      case LOW -> Localized.of("低", "Low");
    };
  }

  /** Lower-case identifier of a family for use in file or sheet names. */
  public static String key(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
