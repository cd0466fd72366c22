package tw.coloaudit.controls.orders;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tw.coloaudit.controls.AuditControl;
import tw.coloaudit.controls.AuditInput;
import tw.coloaudit.controls.Control;
import tw.coloaudit.controls.Evaluation;
import tw.coloaudit.model.Localized;
import tw.coloaudit.model.Severity;
import tw.coloaudit.model.Subject;
import tw.coloaudit.model.orders.ColoEligibility;

/** COLO-NOTIFY: every eligible investor was notified, with a record dated no later than the start of eligibility. */
@Control(
    id = "COLO-NOTIFY",
    family = "colo",
    pattern = 1,
    titleZh = "合格投資人已於資格生效前通知",
    titleEn = "Eligible investors notified before eligibility starts",
    checksZh = "合格投資人名單中每一帳號皆有通知紀錄，且通知日期不晚於資格起日。",
    checksEn = "Every eligible investor has a notification record dated on or before the start of eligibility.",
    severity = Severity.MEDIUM,
    refs = {"主機共置服務管理辦法 art. 19", "TWSE 2020-12-31 co-location audit findings, pattern 1"},
    requires = {"colo-eligibility"},
    subjects = {"account"})
public final class EligibleInvestorsNotified implements AuditControl {

  @Override
  public void evaluate(AuditInput in, Evaluation out) {
    Set<String> failed = new HashSet<>();
    for (ColoEligibility e : in.facts().records(ColoEligibility.class)) {
      if (e.account() == null || e.eligibleFrom() == null) continue;
      Subject subject = Subject.of("account", e.account().strip());
      if (e.notifiedOn() != null && !e.notifiedOn().isAfter(e.eligibleFrom())) {
        out.pass(subject);
        continue;
      }
      if (!failed.add(e.account().strip())) continue;
      String zh = e.notifiedOn() == null ? "無通知紀錄" : "通知日 " + e.notifiedOn() + " 晚於資格起日 " + e.eligibleFrom();
      String en = e.notifiedOn() == null ? "has no notification record"
          : "was notified on " + e.notifiedOn() + ", after eligibility started on " + e.eligibleFrom();
      out.fail(subject, Localized.of("合格投資人帳號 " + e.account() + " " + zh + "。", "Eligible account " + e.account() + " " + en + "."),
          e.notifiedOn() == null ? Map.of("eligible_from", e.eligibleFrom().toString())
              : Map.of("eligible_from", e.eligibleFrom().toString(), "notified_on", e.notifiedOn().toString()),
          List.of(e.source()));
    }
  }
}
