package tw.coloaudit.controls.orders;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import tw.coloaudit.controls.AuditControl;
import tw.coloaudit.controls.AuditInput;
import tw.coloaudit.controls.Control;
import tw.coloaudit.controls.Evaluation;
import tw.coloaudit.facts.orders.OrderSummary;
import tw.coloaudit.model.Localized;
import tw.coloaudit.model.Severity;
import tw.coloaudit.model.Subject;
import tw.coloaudit.model.orders.ColoRules;

/** COLO-RULES: the co-location rules of use were approved, put in internal control before first use, and state criteria, notification and review. */
@Control(
    id = "COLO-RULES",
    family = "colo",
    pattern = 1,
    titleZh = "主機共置使用規則經核准並納入內控",
    titleEn = "Co-location rules of use approved and in internal control",
    checksZh = "主機共置使用規則經核准（核准日及核准人）、納入內部控制制度，核准日不晚於首次經紀業務使用主機共置之日，"
        + "並載明投資人資格條件、通知方式及定期檢視。",
    checksEn = "The co-location rules of use were approved (date and approver), are part of internal control, were "
        + "approved no later than the first brokerage use of co-location, and state eligibility criteria, notification "
        + "and periodic review.",
    severity = Severity.HIGH,
    refs = {"主機共置服務管理辦法 art. 11, 18-19", "CA-11210", "TWSE 2020-12-31 co-location audit findings, pattern 1"},
    requires = {"colo-rules"},
    uses = {"client-orders"},
    subjects = {"rule"})
public final class ColoRulesApprovedBeforeUse implements AuditControl {

  @Override
  public void evaluate(AuditInput in, Evaluation out) {
    List<ColoRules> all = in.facts().records(ColoRules.class);
    if (all.isEmpty()) return;
    ColoRules r = all.get(0);
    check(out, r, "approval", r.approvedOn() != null && r.approvedBy() != null,
        "使用規則無核准日期或核准人", "the rules of use name no approval date or approver");
    check(out, r, "internal_control", Boolean.TRUE.equals(r.inInternalControl()),
        "使用規則未納入內部控制制度", "the rules of use are not part of internal control");
    LocalDate firstUse = r.firstBrokerageUseOn();
    if (firstUse == null) {
      OrderSummary s = OrderSupport.summary(in);
      for (var days : s.coloBrokerageDays().values()) {
        if (!days.isEmpty() && (firstUse == null || days.firstKey().isBefore(firstUse))) firstUse = days.firstKey();
      }
    }
    if (firstUse == null) {
      out.skip("first_use_unknown");
    } else if (r.approvedOn() == null) {
      check(out, r, "before_first_use", false, "無核准日期，無法確認於首次使用（" + firstUse + "）前核准",
          "no approval date to show approval before the first use on " + firstUse);
    } else {
      check(out, r, "before_first_use", !r.approvedOn().isAfter(firstUse),
          "使用規則於 " + r.approvedOn() + " 核准，晚於首次經紀業務使用 " + firstUse,
          "the rules were approved on " + r.approvedOn() + ", after the first brokerage use on " + firstUse);
    }
    check(out, r, "criteria", !r.criteria().isEmpty(), "未載明投資人資格條件", "no eligibility criteria are stated");
    check(out, r, "notification", r.notification() != null, "未載明通知合格投資人之方式", "no way of notifying eligible investors is stated");
    check(out, r, "review", r.reviewIntervalDays() != null, "未載明名單定期檢視", "no periodic review of the eligible list is stated");
  }

  private static void check(Evaluation out, ColoRules r, String rule, boolean ok, String zh, String en) {
    Subject subject = Subject.of("rule", rule);
    if (ok) {
      out.pass(subject);
      return;
    }
    out.fail(subject, Localized.of("主機共置使用規則：" + zh + "。", "Co-location rules of use: " + en + "."), Map.of(),
        List.of(r.source()));
  }
}
