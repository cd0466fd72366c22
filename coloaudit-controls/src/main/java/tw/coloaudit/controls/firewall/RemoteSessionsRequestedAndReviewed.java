package tw.coloaudit.controls.firewall;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tw.coloaudit.controls.AuditControl;
import tw.coloaudit.controls.AuditInput;
import tw.coloaudit.controls.Control;
import tw.coloaudit.controls.Evaluation;
import tw.coloaudit.controls.PolicyKeys;
import tw.coloaudit.facts.account.People;
import tw.coloaudit.model.Localized;
import tw.coloaudit.model.Severity;
import tw.coloaudit.model.Subject;
import tw.coloaudit.model.account.Person;
import tw.coloaudit.model.firewall.RemoteSession;

/** NET-REMOTE: every remote session has a request number and was reviewed by someone else within the review period. */
@Control(
    id = "NET-REMOTE",
    family = "network",
    pattern = 4,
    titleZh = "遠端連線經申請並覆核",
    titleEn = "Remote sessions requested and reviewed",
    checksZh = "每筆遠端（VPN／跳板機）連線皆有申請單號，且於連線開始後的覆核期限內由使用者以外之人覆核；"
        + "期限在查核基準日之後且尚未覆核者，尚不列為缺失。",
    checksEn = "Every remote (VPN / jump host) session has a request number and was reviewed by someone other than the "
        + "user within the review period after it started; a session whose deadline falls after the as-of date and that "
        + "is not reviewed yet is not a finding yet.",
    severity = Severity.MEDIUM,
    refs = {"CC-17010", "CC-18000", "TWSE 2020-12-31 co-location audit findings, pattern 4"},
    requires = {"remote-access"},
    uses = {"people"},
    policy = {"remote_review_days"},
    subjects = {"user,session_start"})
public final class RemoteSessionsRequestedAndReviewed implements AuditControl {

  @Override
  public void evaluate(AuditInput in, Evaluation out) {
    int days = in.policy().intValue(PolicyKeys.REMOTE_REVIEW_DAYS);
    People people = People.of(in.facts().records(Person.class));
    for (RemoteSession s : in.facts().records(RemoteSession.class)) {
      Subject subject = Subject.of("user", s.user(), "session_start", FirewallSupport.iso(s.start(), in.zone()));
      LocalDate started = FirewallSupport.date(s.start(), in.zone());
      if (started.isAfter(in.asOf())) {
        out.skip("after_as_of");
        continue;
      }
      LocalDate deadline = started.plusDays(days);
      List<String> problems = new ArrayList<>();
      List<String> zh = new ArrayList<>();
      List<String> en = new ArrayList<>();
      if (s.requestNo() == null || s.requestNo().isBlank()) {
        problems.add("no_request");
        zh.add("沒有申請單號");
        en.add("has no request number");
      }
      boolean reviewed = s.reviewedOn() != null && s.reviewedBy() != null && !s.reviewedBy().isBlank();
      if (!reviewed) {
        if (deadline.isBefore(in.asOf())) {
          problems.add("not_reviewed");
          zh.add("至 " + deadline + " 覆核期限屆滿仍未覆核");
          en.add("was not reviewed by its deadline " + deadline);
        }
      } else {
        if (s.reviewedOn().isAfter(deadline)) {
          problems.add("reviewed_late");
          zh.add("於 " + s.reviewedOn() + " 才覆核，逾期限 " + deadline);
          en.add("was reviewed on " + s.reviewedOn() + ", after its deadline " + deadline);
        }
        if (samePerson(people, s.reviewedBy(), s.user())) {
          problems.add("self_review");
          zh.add("由使用者本人覆核");
          en.add("was reviewed by the user themself");
        }
      }
      if (problems.isEmpty()) {
        if (!reviewed) out.skip("review_not_due");
        else out.pass(subject);
        continue;
      }
      Map<String, Object> observed = new LinkedHashMap<>();
      observed.put("problems", problems);
      observed.put("review_deadline", deadline.toString());
      if (s.reviewedOn() != null) observed.put("reviewed_on", s.reviewedOn().toString());
      if (s.reviewedBy() != null) observed.put("reviewed_by", s.reviewedBy());
      if (s.requestNo() != null) observed.put("request_no", s.requestNo());
      out.fail(
          subject,
          Localized.of(
              "使用者 " + s.user() + " 於 " + subject.get("session_start") + " 開始的遠端連線" + String.join("，", zh) + "。",
              "The remote session of " + s.user() + " started " + subject.get("session_start") + " " + String.join(" and ", en)
                  + "."),
          observed,
          List.of(s.source()));
    }
  }

  private static boolean samePerson(People people, String a, String b) {
    if (a == null || b == null) return false;
    if (people.samePerson(a, b)) return true;
    return strip(a).equals(strip(b));
  }

  /** The name without a leading title separated by a space ("資訊主管 王大明" → 王大明), lower-cased. */
  private static String strip(String s) {
    String t = s.strip();
    int space = t.lastIndexOf(' ');
    if (space > 0 && !t.matches("[\\x00-\\x7F]+")) t = t.substring(space + 1);
    return t.toLowerCase(Locale.ROOT);
  }
}
