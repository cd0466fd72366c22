package tw.coloaudit.controls.account;

import static tw.coloaudit.controls.support.AccountScope.Exclusion.CANNOT_LOG_IN;
import static tw.coloaudit.controls.support.AccountScope.Exclusion.CUSTOMER;
import static tw.coloaudit.controls.support.AccountScope.Exclusion.DISABLED;
import static tw.coloaudit.controls.support.AccountScope.Exclusion.SYSTEM_ACCOUNT;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import tw.coloaudit.controls.AuditControl;
import tw.coloaudit.controls.AuditInput;
import tw.coloaudit.controls.Control;
import tw.coloaudit.controls.Evaluation;
import tw.coloaudit.controls.PolicyKeys;
import tw.coloaudit.controls.support.AccountScope;
import tw.coloaudit.controls.support.AccountSupport;
import tw.coloaudit.controls.support.Cadence;
import tw.coloaudit.controls.support.Days;
import tw.coloaudit.controls.support.LastActivity;
import tw.coloaudit.controls.support.LoginSupport;
import tw.coloaudit.facts.account.Account;
import tw.coloaudit.facts.account.AccountFacts;
import tw.coloaudit.model.Localized;
import tw.coloaudit.model.Provenance;
import tw.coloaudit.model.Severity;
import tw.coloaudit.model.Subject;
import tw.coloaudit.model.SystemDef;
import tw.coloaudit.model.account.DormantReview;

/** ACC-DORMANT: dormant-account reviews are regular, and each latest review names every account dormant by then. */
@Control(
    id = "ACC-DORMANT",
    family = "accounts",
    pattern = 5,
    titleZh = "閒置帳號定期清查",
    titleEn = "Dormant accounts reviewed",
    checksZh = "每個系統的閒置帳號清查間隔（含最後一次清查至查核基準日）不超過上限；範圍內的帳號（不含停用、完全無法登入、"
        + "系統帳號及客戶帳號）於最近一次清查日已閒置者，須列於該次清查。閒置：最後成功登入已超過天數上限；"
        + "無登入紀錄者，以建立日與密碼變更日較晚者起算。",
    checksEn = "Each system's dormant-account reviews are no further apart than the limit, nor is the last one from the "
        + "as-of date; every account in scope (not disabled, able to log in, not a system or customer account) that "
        + "was already dormant on the latest review's date is named in that review. Dormant: the last successful login "
        + "is older than the limit; with no login known, the later of creation and last password change is.",
    severity = Severity.MEDIUM,
    refs = {"CC-18000", "TWSE 2020-12-31 co-location audit findings, pattern 5"},
    requires = {"accounts", "dormant-reviews"},
    uses = {"login-log", "people"},
    policy = {"dormant_days", "dormant_review_days"},
    subjects = {"system,account", "system,from,to"})
public final class DormantAccountsReviewed implements AuditControl {

  private static final AccountScope SCOPE = AccountScope.skipping(DISABLED, CANNOT_LOG_IN, SYSTEM_ACCOUNT, CUSTOMER);

  @Override
  public void evaluate(AuditInput in, Evaluation out) {
    AccountFacts facts = AccountSupport.accounts(in);
    List<DormantReview> reviews = in.facts().records(DormantReview.class);
    boolean registerPresent = AccountSupport.present(in, "dormant-reviews", reviews);
    Map<String, TreeMap<LocalDate, List<DormantReview>>> bySystem = new LinkedHashMap<>();
    for (DormantReview r : reviews) {
      if (r.reviewedOn() == null || r.reviewedOn().isAfter(in.asOf())) continue;
      bySystem.computeIfAbsent(r.system(), s -> new TreeMap<>()).computeIfAbsent(r.reviewedOn(), d -> new ArrayList<>()).add(r);
    }
    TreeSet<String> systems = new TreeSet<>(facts.systems());
    systems.addAll(bySystem.keySet());
    in.importantSystems().stream().map(SystemDef::id).forEach(systems::add);
    int reviewDays = in.policy().intValue(PolicyKeys.DORMANT_REVIEW_DAYS);
    for (String system : systems) checkCadence(in, out, system, bySystem.get(system), registerPresent, reviewDays);

    int idleLimit = in.policy().intValue(PolicyKeys.DORMANT_DAYS);
    for (Account a : facts.all()) {
      Optional<String> skip = SCOPE.skipReason(a, in.asOf(), facts.uidMin(a.system()));
      TreeMap<LocalDate, List<DormantReview>> mine = bySystem.get(a.system());
      LastActivity activity = LastActivity.of(a, LoginSupport.lastLogin(in, a), in.zone());
      if (skip.isEmpty() && (mine == null || mine.isEmpty())) skip = Optional.of("no_review");
      if (skip.isEmpty() && activity == null) skip = Optional.of("last_activity_unknown");
      if (skip.isPresent()) {
        out.skip(skip.get());
        continue;
      }
      LocalDate reviewed = mine.lastKey();
      long idle = Days.between(activity.on(), reviewed);
      boolean named = mine.lastEntry().getValue().stream().anyMatch(r -> AccountSupport.names(r.accounts(), a));
      if (idle <= idleLimit || named) {
        out.pass(AccountSupport.subject(a));
        continue;
      }
      Map<String, Object> observed = new LinkedHashMap<>();
      observed.put(activity.basis(), activity.on().toString());
      observed.put("review_date", reviewed.toString());
      observed.put("idle_days_at_review", idle);
      observed.put("limit_days", idleLimit);
      List<Provenance> evidence = AccountSupport.accountLines(a);
      mine.lastEntry().getValue().forEach(r -> evidence.add(r.source()));
      out.fail(
          AccountSupport.subject(a),
          Localized.of(
              a.system() + " 上的帳號 " + a.name() + " 於 " + reviewed + " 清查時已閒置 " + idle + " 天（上限 " + idleLimit
                  + " 天），但未列於該次清查。",
              "Account " + a.name() + " on " + a.system() + " had been idle " + Days.en(idle) + " (limit " + idleLimit
                  + ") at the review of " + reviewed + " but is not named in it."),
          observed,
          evidence);
    }
  }

  private static void checkCadence(
      AuditInput in, Evaluation out, String system, TreeMap<LocalDate, List<DormantReview>> dates, boolean registerPresent, int limit) {
    Subject subject = Subject.of("system", system);
    if (dates == null || dates.isEmpty()) {
      if (in.system(system).map(SystemDef::important).orElse(false)) out.noEvidence(subject, "dormant-reviews");
      else if (!registerPresent) out.skip("no_dormant_reviews");
      else out.fail(
          subject,
          Localized.of("系統 " + system + " 無閒置帳號清查紀錄。", "System " + system + " has no dormant-account review on record."),
          Map.of("reviews", 0),
          List.of());
      return;
    }
    List<Cadence.Gap> gaps = Cadence.gaps(dates.keySet(), in.asOf(), limit);
    if (gaps.isEmpty()) out.pass(subject);
    for (Cadence.Gap g : gaps) {
      List<Provenance> evidence = new ArrayList<>();
      dates.getOrDefault(g.from(), List.of()).forEach(r -> evidence.add(r.source()));
      dates.getOrDefault(g.to(), List.of()).forEach(r -> evidence.add(r.source()));
      out.fail(
          Subject.of("system", system, "from", g.from().toString(), "to", g.to().toString()),
          Localized.of(
              "系統 " + system + " 的閒置帳號清查自 " + g.from() + " 至 " + g.to() + " 相隔 " + g.days() + " 天（上限 " + limit + " 天）。",
              "System " + system + " went " + Days.en(g.days()) + " without a dormant-account review, from " + g.from() + " to "
                  + g.to() + " (limit " + limit + ")."),
          Map.of("gap_days", g.days(), "limit_days", limit),
          evidence);
    }
  }
}
