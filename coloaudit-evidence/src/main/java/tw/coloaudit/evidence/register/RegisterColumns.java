package tw.coloaudit.evidence.register;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The columns of every register kind (EVIDENCE.md, registers table, plus the CSV form of
 * {@code exchange-orders}): canonical name, Chinese name, whether required, and what the cells
 * hold. Also matches header cells to columns.
 */
public final class RegisterColumns {

  /** What a column's cells hold, so a spreadsheet's numeric cell can be read as a date. */
  public enum Type {
    TEXT,
    DATE,
    TIMESTAMP,
    NUMBER,
    YES_NO,
    LIST,
    PARTY
  }

  /** One column of a register. */
  public record Column(String name, String chinese, boolean required, Type type) {

    /** {@code name (中文)}, as reject reasons name a column. */
    public String label() {
      return name + " (" + chinese + ")";
    }
  }

  private static final Map<String, List<Column>> KINDS = new LinkedHashMap<>();
  private static final Map<String, Map<String, Column>> LOOKUP = new HashMap<>();
  private static final Pattern PAREN = Pattern.compile("\\(([^)]*)\\)");

  static {
    kind("rack-inventory", "*rack 機櫃", "unit 位置", "*device 設備名稱", "hostname 主機名稱", "*serial 序號",
        "ip IP", "*owner 所有權人 P", "owner_name 所有權人名稱", "network 連線網路", "firewall 防火牆",
        "inventoried_on 盤點日期 D");
    kind("rack-discovery", "*ip IP", "mac MAC", "hostname 主機名稱", "serial 序號", "seen_at 發現時間 S");
    kind("software-inventory", "*host 主機", "*software 軟體名稱", "version 版本", "*supplier 提供者 P",
        "supplier_name 提供者名稱", "purpose 用途", "installed_on 安裝日期 D");
    kind("equipment-moves", "*date 日期 D", "*direction 進出", "*serial 序號", "device 設備名稱",
        "application_no 申請單號");
    kind("shared-cabinet-approvals", "*rack 機櫃", "*co_user 共用者", "*approved_on 核准日期 D", "document 文號");
    kind("colo-eligibility", "*account 帳號", "name 姓名", "*eligible_from 資格起日 D", "eligible_to 資格迄日 D",
        "notified_on 通知日期 D");
    kind("colo-eligibility-reviews", "*reviewed_on 檢視日期 D", "reviewer 檢視人", "approver 核准人");
    kind("client-orders", "*client_order_id 委託序號", "order_no 委託書編號", "parent_id 母單序號", "*account 帳號",
        "name 姓名", "*received_at 委託時間 S", "symbol 股票代號", "side 買賣別", "qty 數量 N", "price 價格 N",
        "price_type 價格別", "tif 委託條件", "channel 委託方式", "gateway 閘道", "source_ip 來源IP", "desk 業務別");
    kind("order-signoffs", "*trade_date 交易日期 D", "clerk 經辦", "clerk_signed_at 經辦簽章時間 S", "supervisor 主管",
        "supervisor_signed_at 主管簽章時間 S");
    kind("clock-sync", "*host 主機", "*time 時間 S", "*offset_us 偏差微秒 N");
    kind("firewall-rules", "*device 防火牆", "*rule 規則編號", "*source 來源", "*destination 目的", "service 服務",
        "*action 動作");
    kind("firewall-reviews", "*device 防火牆", "*reviewed_on 檢視日期 D", "reviewer 檢視人");
    kind("firewall-log-backup", "*file 檔名", "*sha256 雜湊值", "location 備份位置");
    kind("remote-access", "*user 使用者", "*start 開始時間 S", "end 結束時間 S", "source_ip 來源IP", "target 目標主機",
        "request_no 申請單號", "reviewed_by 覆核人", "reviewed_on 覆核日期 D");
    kind("accounts", "*system 系統", "*account 帳號", "holder 使用人", "holder_type 使用人類別 P", "privileged 最高權限 B",
        "enabled 啟用 B", "created_on 建立日期 D", "password_changed_on 密碼變更日期 D", "last_login_at 最後登入 S",
        "disabled_on 停用日期 D");
    kind("people", "*person 人員代號", "name 姓名", "*type 類別 P", "company 公司", "contract_end 合約到期日 D",
        "accounts 帳號 L");
    kind("password-policy", "*system 系統", "min_length 最小長度 N", "complexity 複雜度", "max_age_days 最長使用天數 N");
    kind("weak-password-audit", "*system 系統", "*account 帳號", "tested_on 測試日期 D", "*result 結果");
    kind("privileged-approvals", "*system 系統", "*account 帳號", "requester 申請人", "*start 起 S", "*end 迄 S",
        "approver 核准人", "approved_on 核准日期 D");
    kind("access-requests", "*system 系統", "*account 帳號", "purpose 用途", "rights 權限", "requested_on 申請日期 D",
        "unit_approved_on 單位主管核准日期 D", "it_approved_on 資訊主管核准日期 D");
    kind("dormant-reviews", "*system 系統", "*reviewed_on 檢視日期 D", "reviewer 檢視人", "accounts 檢視帳號 L");
    kind("log-reviews", "*system 系統", "*reviewed_on 檢視日期 D", "period_from 期間起 D", "period_to 期間迄 D",
        "reviewer 檢視人");
    kind("vuln-remediation", "*host 主機", "*finding 弱點", "*decision 處理方式", "decided_on 處理日期 D",
        "approver 核准人", "note 說明");
    kind("change-requests", "*change_id 變更單號", "*system 系統", "requester 申請人", "requested_on 申請日期 D",
        "approved_on 核准日期 D", "approver 核准人", "tested_on 測試日期 D", "implemented_on 實施日期 D",
        "implementer 實施人");
    kind("deployments", "*system 系統", "*time 時間 S", "*who 執行人", "change_id 變更單號");
    kind("outsourcing-contracts", "*vendor 廠商", "*contract_id 合約編號", "start 起 D", "end 迄 D",
        "security_clause 資安條款 B", "audit_clause 稽核權條款 B");
    kind("exchange-orders", "*client_order_id 委託序號", "order_no 委託書編號", "*account 帳號", "*sent_at 送出時間 S",
        "symbol 股票代號", "side 買賣別", "qty 數量 N", "price 價格 N", "gateway 閘道");
  }

  private RegisterColumns() {}

  private static void kind(String kind, String... specs) {
    List<Column> cols = new ArrayList<>();
    Map<String, Column> lookup = new HashMap<>();
    for (String spec : specs) {
      String[] p = spec.split(" ");
      boolean required = p[0].startsWith("*");
      String name = required ? p[0].substring(1) : p[0];
      Type type = Type.TEXT;
      if (p.length > 2) {
        type = switch (p[2]) {
          case "D" -> Type.DATE;
          case "S" -> Type.TIMESTAMP;
          case "N" -> Type.NUMBER;
          case "B" -> Type.YES_NO;
          case "L" -> Type.LIST;
          case "P" -> Type.PARTY;
          default -> throw new IllegalArgumentException(spec);
        };
      }
      Column c = new Column(name, p[1], required, type);
      cols.add(c);
      lookup.putIfAbsent(normalize(name), c);
      lookup.putIfAbsent(normalize(c.chinese()), c);
    }
    KINDS.put(kind, List.copyOf(cols));
    LOOKUP.put(kind, lookup);
  }

  /** Every register kind this class knows. */
  public static Set<String> kinds() {
    return Collections.unmodifiableSet(KINDS.keySet());
  }

  /** The columns of a register kind, in table order; empty when the kind is not a register. */
  public static List<Column> of(String kind) {
    return KINDS.getOrDefault(kind, List.of());
  }

  /** One column of a kind by canonical name. */
  public static Optional<Column> column(String kind, String name) {
    return of(kind).stream().filter(c -> c.name().equals(name)).findFirst();
  }

  /**
   * The column a header cell names: case, spaces, {@code _} and {@code -} are ignored, full-width
   * forms are folded, a trailing {@code *} is dropped, and a parenthesised note is tried both
   * away and alone ({@code 帳號（account）}, {@code 密碼變更日期(yyyy/mm/dd)}).
   */
  public static Optional<Column> match(String kind, String header) {
    Map<String, Column> lookup = LOOKUP.get(kind);
    if (lookup == null || header == null) return Optional.empty();
    String folded = Normalizer.normalize(header, Normalizer.Form.NFKC).strip();
    while (folded.endsWith("*")) folded = folded.substring(0, folded.length() - 1).strip();
    Column c = lookup.get(normalize(folded));
    if (c != null) return Optional.of(c);
    String outside = PAREN.matcher(folded).replaceAll("");
    c = lookup.get(normalize(outside));
    if (c != null) return Optional.of(c);
    Matcher m = PAREN.matcher(folded);
    while (m.find()) {
      c = lookup.get(normalize(m.group(1)));
      if (c != null) return Optional.of(c);
    }
    return Optional.empty();
  }

  /** Folds a header for comparison: NFKC, lower case, no whitespace, {@code _} or {@code -}. */
  public static String normalize(String header) {
    String n = Normalizer.normalize(header, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    StringBuilder sb = new StringBuilder(n.length());
    for (int i = 0; i < n.length(); i++) {
      char ch = n.charAt(i);
      if (Character.isWhitespace(ch) || Character.isSpaceChar(ch) || ch == '_' || ch == '-' || ch == '\uFEFF') continue;
      sb.append(ch);
    }
    return sb.toString();
  }
}
