package tw.coloaudit.controls.orders;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tw.coloaudit.controls.AuditControl;
import tw.coloaudit.controls.AuditInput;
import tw.coloaudit.controls.Control;
import tw.coloaudit.controls.Evaluation;
import tw.coloaudit.controls.PolicyKeys;
import tw.coloaudit.controls.support.Cadence;
import tw.coloaudit.model.Localized;
import tw.coloaudit.model.Provenance;
import tw.coloaudit.model.Severity;
import tw.coloaudit.model.Subject;
import tw.coloaudit.model.orders.EligibilityReview;

/** COLO-LIST-REVIEW: the eligible-investor list was reviewed with a record, with no gap longer than the limit. */
@Control(
    id = "COLO-LIST-REVIEW",
    family = "colo",
    pattern = 1,
    titleZh = "合格投資人名單定期檢視",
    titleEn = "Eligible-investor list reviewed periodically",
    checksZh = "合格投資人名單之檢視紀錄，相鄰兩次（及最後一次至查核基準日）間隔不超過上限。",
    checksEn = "The eligible-investor list was reviewed with a record; no gap between reviews, nor from the last review to "
        + "the as-of date, is longer than the limit.",
    severity = Severity.MEDIUM,
    refs = {"主機共置服務管理辦法 art. 19", "TWSE 2020-12-31 co-location audit findings, pattern 1"},
    requires = {"colo-eligibility-reviews"},
    policy = {"eligibility_review_days"},
    subjects = {"from,to"})
public final class EligibleListReviewed implements AuditControl {

  @Override
  public void evaluate(AuditInput in, Evaluation out) {
    int limit = in.policy().intValue(PolicyKeys.ELIGIBILITY_REVIEW_DAYS);
    List<EligibilityReview> reviews = in.facts().records(EligibilityReview.class);
    List<java.time.LocalDate> dates = new ArrayList<>();
    for (EligibilityReview r : reviews) dates.add(r.reviewedOn());
    List<Cadence.Gap> gaps = Cadence.gaps(dates, in.asOf(), limit);
    long intervals = dates.stream().filter(d -> d != null && !d.isAfter(in.asOf())).distinct().count();
    out.passAll(Math.max(0, intervals - gaps.size()));
    for (Cadence.Gap g : gaps) {
      List<Provenance> ev = reviews.stream().filter(r -> g.from().equals(r.reviewedOn()) || g.to().equals(r.reviewedOn()))
          .map(EligibilityReview::source).toList();
      out.fail(Subject.of("from", g.from().toString(), "to", g.to().toString()),
          Localized.of("合格投資人名單檢視自 " + g.from() + " 至 " + g.to() + " 相隔 " + g.days() + " 天（上限 " + limit + " 天）。",
              "The eligible-investor list went unreviewed from " + g.from() + " to " + g.to() + ", " + g.days() + " days (limit "
                  + limit + ")."),
          Map.of("days", g.days()), ev);
    }
  }
}
