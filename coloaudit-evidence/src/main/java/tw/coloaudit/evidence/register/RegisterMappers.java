package tw.coloaudit.evidence.register;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tw.coloaudit.evidence.change.ChangeRowMappers;
import tw.coloaudit.evidence.colo.ColoRowMappers;
import tw.coloaudit.model.account.AccessRequest;
import tw.coloaudit.model.account.AccountRecord;
import tw.coloaudit.model.account.DormantReview;
import tw.coloaudit.model.account.Person;
import tw.coloaudit.model.account.PolicySetting;
import tw.coloaudit.model.account.WeakPasswordResult;

/** The row mappers of the register kinds that have typed records, by kind. */
public final class RegisterMappers {

  /** The format name {@link AccountRecord}s read from a register carry. */
  public static final String ACCOUNT_FORMAT = "register";

  /** The origin {@link PolicySetting}s read from a register carry. */
  public static final String POLICY_ORIGIN = "register";

  /** Kind to mapper; register kinds not listed here are counted as skipped. */
  public static final Map<String, RowMapper> DEFAULT =
      plus(tw.coloaudit.evidence.orders.OrderRowMappers.ALL, Map.ofEntries(
          Map.entry("accounts", RegisterMappers::account),
          Map.entry("people", RegisterMappers::person),
          Map.entry("access-requests", RegisterMappers::accessRequest),
          Map.entry("dormant-reviews", RegisterMappers::dormantReview),
          Map.entry("weak-password-audit", RegisterMappers::weakPassword),
          Map.entry("password-policy", RegisterMappers::passwordPolicy),
          Map.entry("rack-inventory", ColoRowMappers::rackDevice),
          Map.entry("rack-discovery", ColoRowMappers::discoveredDevice),
          Map.entry("software-inventory", ColoRowMappers::installedSoftware),
          Map.entry("equipment-moves", ColoRowMappers::equipmentMove),
          Map.entry("shared-cabinet-approvals", ColoRowMappers::sharedCabinetApproval),
          Map.entry("change-requests", ChangeRowMappers::changeRequest),
          Map.entry("deployments", ChangeRowMappers::deployment),
          Map.entry("outsourcing-contracts", ChangeRowMappers::outsourcingContract),
          Map.entry("vuln-remediation", tw.coloaudit.evidence.vuln.RemediationRows::map),
          Map.entry("firewall-rules", tw.coloaudit.evidence.firewall.FirewallRegisterMappers::rule),
          Map.entry("firewall-reviews", tw.coloaudit.evidence.firewall.FirewallRegisterMappers::review),
          Map.entry("firewall-log-backup", tw.coloaudit.evidence.firewall.FirewallRegisterMappers::backup),
          Map.entry("remote-access", tw.coloaudit.evidence.firewall.FirewallRegisterMappers::remote),
          Map.entry("privileged-approvals", LogRegisterMappers::privilegedApproval),
          Map.entry("log-reviews", LogRegisterMappers::logReview)));

  /** The base mappers with a family's own added (a family's mapper wins for its kinds). */
  private static Map<String, RowMapper> plus(Map<String, RowMapper> family, Map<String, RowMapper> base) {
    Map<String, RowMapper> all = new java.util.HashMap<>(base);
    all.putAll(family);
    return Map.copyOf(all);
  }

  private RegisterMappers() {}

  static List<Object> account(RegisterRow r) throws ValueException {
    return List.of(
        new AccountRecord(
            r.system(),
            r.text("account"),
            r.text("holder"),
            r.party("holder_type"),
            r.yesNo("privileged"),
            List.of(),
            r.yesNo("enabled"),
            r.date("created_on"),
            r.date("password_changed_on"),
            r.timestamp("last_login_at"),
            r.date("disabled_on"),
            ACCOUNT_FORMAT,
            r.source()));
  }

  static List<Object> person(RegisterRow r) throws ValueException {
    return List.of(
        new Person(
            r.text("person"),
            r.text("name"),
            r.party("type"),
            r.text("company"),
            r.date("contract_end"),
            r.list("accounts"),
            r.source()));
  }

  static List<Object> accessRequest(RegisterRow r) throws ValueException {
    return List.of(
        new AccessRequest(
            r.system(),
            r.text("account"),
            r.text("purpose"),
            r.text("rights"),
            r.date("requested_on"),
            r.date("unit_approved_on"),
            r.date("it_approved_on"),
            r.source()));
  }

  static List<Object> dormantReview(RegisterRow r) throws ValueException {
    return List.of(
        new DormantReview(r.system(), r.date("reviewed_on"), r.text("reviewer"), r.list("accounts"), r.source()));
  }

  static List<Object> weakPassword(RegisterRow r) throws ValueException {
    Boolean weak = r.read("result", RegisterMappers::weakResult);
    return List.of(new WeakPasswordResult(r.system(), r.text("account"), r.date("tested_on"), weak, r.source()));
  }

  /** {@code weak}/{@code ok}, 弱密碼/通過, and their usual synonyms; true means weak. */
  static Boolean weakResult(String t) throws ValueException {
    return switch (t.strip().toLowerCase(Locale.ROOT)) {
      case "weak", "fail", "failed", "弱密碼", "弱", "不通過", "未通過", "不合格", "x" -> true;
      case "ok", "pass", "passed", "strong", "通過", "合格", "正常" -> false;
      default -> throw new ValueException(
          "無法將 '" + t + "' 讀為測試結果（weak/ok、弱密碼/通過）", "cannot read '" + t + "' as a test result (weak/ok, 弱密碼/通過)");
    };
  }

  static List<Object> passwordPolicy(RegisterRow r) throws ValueException {
    List<Object> out = new ArrayList<>();
    Integer minLength = r.integer("min_length");
    if (minLength != null) {
      if (minLength < 0) throw r.fail("min_length", "長度不可為負數：" + minLength, "a length cannot be negative: " + minLength);
      out.add(new PolicySetting(r.system(), PolicySetting.MIN_LENGTH, minLength, POLICY_ORIGIN, r.source()));
    }
    Integer classes = r.read("complexity", RegisterMappers::complexity);
    if (classes != null) {
      out.add(new PolicySetting(r.system(), PolicySetting.MIN_CLASSES, classes, POLICY_ORIGIN, r.source()));
    }
    Integer maxAge = r.read("max_age_days", RegisterMappers::maxAge);
    if (maxAge != null) {
      out.add(new PolicySetting(r.system(), PolicySetting.MAX_AGE_DAYS, maxAge, POLICY_ORIGIN, r.source()));
    }
    return out;
  }

  /** A number of character classes 1–4 as given, else yes (3) or no (1). */
  static Integer complexity(String t) throws ValueException {
    String s = t.strip();
    if (s.matches("[1-4](\\.0+)?")) return Integer.parseInt(s.substring(0, 1));
    if (s.matches("\\d+(\\.\\d+)?") && !s.equals("0")) {
      throw new ValueException(
          "無法將 '" + t + "' 讀為複雜度：字元類別數須為 1 到 4",
          "cannot read '" + t + "' as a complexity: a number of character classes is 1 to 4");
    }
    try {
      return Values.yesNo(s) ? 3 : 1;
    } catch (ValueException e) {
      throw new ValueException(
          "無法將 '" + t + "' 讀為複雜度（是/否，或 1 到 4 種字元類別）",
          "cannot read '" + t + "' as a complexity (yes/no, or 1 to 4 character classes)");
    }
  }

  /** Days; never, unlimited, 無限制, 0 or a negative number mean the password never expires. */
  static Integer maxAge(String t) throws ValueException {
    String s = t.strip().toLowerCase(Locale.ROOT);
    switch (s) {
      case "never", "none", "unlimited", "無", "無限制", "不限", "不限制", "永不過期", "永久" -> {
        return Integer.MAX_VALUE;
      }
      default -> {
        Integer days = Values.integer(s);
        return days <= 0 ? Integer.MAX_VALUE : days;
      }
    }
  }
}
