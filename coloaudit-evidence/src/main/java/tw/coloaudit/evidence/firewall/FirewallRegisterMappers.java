package tw.coloaudit.evidence.firewall;

import java.util.List;
import java.util.Locale;
import tw.coloaudit.evidence.register.RegisterRow;
import tw.coloaudit.evidence.register.ValueException;
import tw.coloaudit.model.firewall.FirewallLogBackup;
import tw.coloaudit.model.firewall.FirewallReview;
import tw.coloaudit.model.firewall.FirewallRule;
import tw.coloaudit.model.firewall.RemoteSession;

/** Row mappers of the firewall registers: rules, reviews, log backups and remote access. */
public final class FirewallRegisterMappers {

  /** The format name {@link FirewallRule}s read from a register carry. */
  public static final String RULE_FORMAT = "register";

  private FirewallRegisterMappers() {}

  /** An accept rule becomes a {@link FirewallRule}; a deny rule says nothing a control uses (skipped). */
  public static List<Object> rule(RegisterRow r) throws ValueException {
    Boolean accept = r.read("action", FirewallRegisterMappers::action);
    if (!Boolean.TRUE.equals(accept)) return List.of();
    return List.of(
        new FirewallRule(
            r.text("device"), r.text("rule"), r.text("source"), r.text("destination"), r.text("service"), RULE_FORMAT, r.source()));
  }

  /** accept/allow/permit (允許, 通過) or deny/drop/reject (拒絕, 阻擋); true means accept. */
  static Boolean action(String t) throws ValueException {
    return switch (t.strip().toLowerCase(Locale.ROOT)) {
      case "accept", "allow", "permit", "pass", "允許", "通過", "放行" -> true;
      case "deny", "drop", "reject", "block", "拒絕", "阻擋", "丟棄" -> false;
      default -> throw new ValueException(
          "無法將 '" + t + "' 讀為動作（accept/allow/permit 或 deny/drop/reject）",
          "cannot read '" + t + "' as an action (accept/allow/permit or deny/drop/reject)");
    };
  }

  public static List<Object> review(RegisterRow r) throws ValueException {
    return List.of(new FirewallReview(r.text("device"), r.date("reviewed_on"), r.text("reviewer"), r.source()));
  }

  public static List<Object> backup(RegisterRow r) throws ValueException {
    String sha = r.text("sha256").toLowerCase(Locale.ROOT);
    if (!sha.matches("[0-9a-f]{64}")) throw r.fail("sha256", "'" + r.text("sha256") + "' 不是 64 位十六進位數字", "'" + r.text("sha256") + "' is not 64 hexadecimal digits");
    return List.of(new FirewallLogBackup(r.text("file"), sha, r.text("location"), r.source()));
  }

  public static List<Object> remote(RegisterRow r) throws ValueException {
    return List.of(
        new RemoteSession(
            r.text("user"),
            r.timestamp("start"),
            r.timestamp("end"),
            r.text("source_ip"),
            r.text("target"),
            r.text("request_no"),
            r.text("reviewed_by"),
            r.date("reviewed_on"),
            r.source()));
  }
}
