package tw.coloaudit.controls;

import static tw.coloaudit.controls.PolicyKey.Looser.HIGHER;
import static tw.coloaudit.controls.PolicyKey.Looser.LOWER;
import static tw.coloaudit.controls.PolicyKey.Looser.NONE;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import tw.coloaudit.model.Localized;

/** Every policy key of CONTROLS.md with its default. */
public final class PolicyKeys {

  private PolicyKeys() {}

  private static PolicyKey key(String name, Object def, PolicyKey.Looser looser, String zh, String en) {
    return new PolicyKey(name, def, looser, Localized.of(zh, en));
  }

  public static final PolicyKey ELIGIBILITY_REVIEW_DAYS =
      key("eligibility_review_days", 183, HIGHER, "合格投資人名單檢視間隔上限（日）", "Longest gap between eligible-list reviews (days)");
  public static final PolicyKey PRIORITY_TOLERANCE_US =
      key("priority_tolerance_us", 1000, HIGHER, "經紀委託較自營委託慢之容許值（微秒）", "Tolerance for brokerage orders slower than dealer orders (µs)");
  public static final PolicyKey FIFO_TOLERANCE_US =
      key("fifo_tolerance_us", 100, HIGHER, "委託先後順序容許值（微秒）", "Tolerance for orders sent out of receipt order (µs)");
  public static final PolicyKey INVENTORY_DAYS =
      key("inventory_days", 183, HIGHER, "機櫃盤點間隔上限（日）", "Longest gap between rack inventories (days)");
  public static final PolicyKey CLOCK_TOLERANCE_US =
      key("clock_tolerance_us", 0, HIGHER, "委託接收晚於送出之容許值（微秒）", "Tolerance for receipt after sending (µs)");
  public static final PolicyKey MARKET_CLOSE =
      key("market_close", "13:30", NONE, "收盤時間（當地）", "Market close (local time)");
  public static final PolicyKey CLOCK_OFFSET_LIMIT_US =
      key("clock_offset_limit_us", 1000, HIGHER, "主機時鐘偏差上限（微秒）", "Largest clock offset from UTC (µs)");
  public static final PolicyKey ORDER_RETENTION_YEARS =
      key("order_retention_years", 5, LOWER, "委託紀錄保存年限", "Order record retention (years)");
  public static final PolicyKey FIREWALL_LOG_RETENTION_YEARS =
      key("firewall_log_retention_years", 3, LOWER, "防火牆紀錄保存年限", "Firewall log retention (years)");
  public static final PolicyKey LOG_GAP_HOURS =
      key("log_gap_hours", 24, HIGHER, "日誌中斷容許時數", "Longest tolerated gap in a log (hours)");
  public static final PolicyKey FIREWALL_REVIEW_DAYS =
      key("firewall_review_days", 366, HIGHER, "防火牆規則檢視間隔上限（日）", "Longest gap between firewall rule reviews (days)");
  public static final PolicyKey REMOTE_REVIEW_DAYS =
      key("remote_review_days", 31, HIGHER, "遠端連線覆核期限（日）", "Deadline to review a remote session (days)");
  public static final PolicyKey DORMANT_DAYS =
      key("dormant_days", 90, HIGHER, "閒置帳號認定天數", "Days without login that make an account dormant");
  public static final PolicyKey DORMANT_REVIEW_DAYS =
      key("dormant_review_days", 183, HIGHER, "閒置帳號清查間隔上限（日）", "Longest gap between dormant-account reviews (days)");
  public static final PolicyKey REVOKE_GRACE_DAYS =
      key("revoke_grace_days", 0, HIGHER, "合約到期後停用帳號之寬限日數", "Days after contract end to disable a vendor account");
  public static final PolicyKey PASSWORD_MIN_LENGTH =
      key("password_min_length", 6, LOWER, "密碼最小長度", "Minimum password length");
  public static final PolicyKey PASSWORD_MIN_CLASSES =
      key("password_min_classes", 2, LOWER, "密碼最少字元種類", "Minimum character classes in a password");
  public static final PolicyKey PASSWORD_MAX_AGE_DAYS =
      key("password_max_age_days", 90, HIGHER, "密碼最長使用天數", "Maximum password age (days)");
  public static final PolicyKey LOG_MISSING_FIELD_RATIO =
      key("log_missing_field_ratio", 0, HIGHER, "登入紀錄欄位缺漏容許比率", "Tolerated share of login records missing a field");
  public static final PolicyKey AUDIT_LOG_RETENTION_YEARS =
      key("audit_log_retention_years", 3, LOWER, "稽核日誌保存年限", "Audit log retention (years)");
  public static final PolicyKey LOG_REVIEW_DAYS =
      key("log_review_days", 31, HIGHER, "稽核日誌檢視間隔上限（日）", "Longest gap between audit-log reviews (days)");
  public static final PolicyKey SCAN_INTERVAL_DAYS =
      key("scan_interval_days", 183, HIGHER, "弱點掃描間隔上限（日）", "Longest gap between vulnerability scans (days)");
  public static final PolicyKey REMEDIATION_MIN_SEVERITY =
      key("remediation_min_severity", "high", NONE, "須處理之弱點最低風險等級", "Lowest severity that needs remediation");
  public static final PolicyKey REMEDIATION_DAYS =
      key("remediation_days", 30, HIGHER, "弱點處理期限（日）", "Deadline to remediate a finding (days)");
  public static final PolicyKey MAX_FINDINGS_PER_CONTROL =
      key("max_findings_per_control", 1000, NONE, "每項控制列出之缺失上限", "Most findings listed per control");

  public static final List<PolicyKey> ALL =
      List.of(
          ELIGIBILITY_REVIEW_DAYS, PRIORITY_TOLERANCE_US, FIFO_TOLERANCE_US, INVENTORY_DAYS,
          CLOCK_TOLERANCE_US, MARKET_CLOSE, CLOCK_OFFSET_LIMIT_US, ORDER_RETENTION_YEARS,
          FIREWALL_LOG_RETENTION_YEARS, LOG_GAP_HOURS, FIREWALL_REVIEW_DAYS, REMOTE_REVIEW_DAYS,
          DORMANT_DAYS, DORMANT_REVIEW_DAYS, REVOKE_GRACE_DAYS, PASSWORD_MIN_LENGTH,
          PASSWORD_MIN_CLASSES, PASSWORD_MAX_AGE_DAYS, LOG_MISSING_FIELD_RATIO,
          AUDIT_LOG_RETENTION_YEARS, LOG_REVIEW_DAYS, SCAN_INTERVAL_DAYS, REMEDIATION_MIN_SEVERITY,
          REMEDIATION_DAYS, MAX_FINDINGS_PER_CONTROL);

  private static final Map<String, PolicyKey> BY_NAME =
      ALL.stream().collect(Collectors.toUnmodifiableMap(PolicyKey::name, Function.identity()));

  public static Optional<PolicyKey> byName(String name) {
    return Optional.ofNullable(BY_NAME.get(name));
  }
}
