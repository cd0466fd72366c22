package tw.coloaudit.controls.account;

import static tw.coloaudit.controls.support.AccountScope.Exclusion.CANNOT_LOG_IN;
import static tw.coloaudit.controls.support.AccountScope.Exclusion.CUSTOMER;
import static tw.coloaudit.controls.support.AccountScope.Exclusion.DISABLED;
import static tw.coloaudit.controls.support.AccountScope.Exclusion.SYSTEM_ACCOUNT;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tw.coloaudit.controls.AuditControl;
import tw.coloaudit.controls.AuditInput;
import tw.coloaudit.controls.Control;
import tw.coloaudit.controls.Evaluation;
import tw.coloaudit.controls.support.AccountScope;
import tw.coloaudit.controls.support.AccountSupport;
import tw.coloaudit.facts.account.Account;
import tw.coloaudit.facts.account.AccountFacts;
import tw.coloaudit.model.Localized;
import tw.coloaudit.model.Provenance;
import tw.coloaudit.model.Severity;
import tw.coloaudit.model.account.AccessRequest;

/** ACC-REQUEST: every account has a written request approved by the unit and the IT supervisor before it was created. */
@Control(
    id = "ACC-REQUEST",
    family = "accounts",
    pattern = 5,
    titleZh = "帳號均經書面申請及雙主管核准",
    titleEn = "Accounts have approved access requests",
    checksZh = "範圍內的每個帳號（不含停用、完全無法登入、系統帳號及客戶帳號）有書面存取申請，經單位主管及資訊主管核准；"
        + "已知建立日期者，兩項核准均不晚於建立日。建立日期不明者於 observed 計數。未提供 access-requests 證據時，帳號列為略過，"
        + "由證據不足處理。",
    checksEn = "Every account in scope (not disabled, able to log in, not a system or customer account) has a written "
        + "access request approved by the unit supervisor and the IT supervisor, both on or before the account was "
        + "created where that date is known (unknown creation dates are counted in observed). With no access-requests "
        + "evidence at all, accounts are skipped and the control lacks evidence.",
    severity = Severity.MEDIUM,
    refs = {"CC-18000", "TWSE 2020-12-31 co-location audit findings, pattern 5"},
    requires = {"accounts", "access-requests"},
    uses = {"people"},
    subjects = {"system,account"})
public final class AccountsHaveApprovedRequests implements AuditControl {

  private static final AccountScope SCOPE = AccountScope.skipping(DISABLED, CANNOT_LOG_IN, SYSTEM_ACCOUNT, CUSTOMER);

  @Override
  public void evaluate(AuditInput in, Evaluation out) {
    AccountFacts facts = AccountSupport.accounts(in);
    List<AccessRequest> requests = in.facts().records(AccessRequest.class);
    boolean registerPresent = AccountSupport.present(in, "access-requests", requests);
    Map<String, List<AccessRequest>> byAccount = new HashMap<>();
    for (AccessRequest r : requests) {
      byAccount.computeIfAbsent(AccountSupport.key(r.system(), r.account()), k -> new ArrayList<>()).add(r);
    }
    int createdUnknown = 0;
    for (Account a : facts.all()) {
      Optional<String> skip = SCOPE.skipReason(a, in.asOf(), facts.uidMin(a.system()));
      if (skip.isPresent() || !registerPresent) {
        out.skip(skip.orElse("no_access_requests"));
        continue;
      }
      List<AccessRequest> mine = byAccount.getOrDefault(AccountSupport.key(a.system(), a.name()), List.of());
      LocalDate created = a.createdOn();
      if (mine.stream().anyMatch(r -> approvedInTime(r, created))) {
        if (created == null) createdUnknown++;
        out.pass(AccountSupport.subject(a));
        continue;
      }
      List<Provenance> evidence = AccountSupport.accountLines(a);
      mine.forEach(r -> evidence.add(r.source()));
      Map<String, Object> observed = new LinkedHashMap<>();
      observed.put("requests", mine.size());
      observed.put("created_on", created == null ? "unknown" : created.toString());
      String zh;
      String en;
      String who = a.system() + " 上的帳號 " + a.name();
      String whoEn = "Account " + a.name() + " on " + a.system();
      AccessRequest r = mine.stream().filter(x -> x.unitApprovedOn() != null && x.itApprovedOn() != null).findFirst()
          .orElse(mine.isEmpty() ? null : mine.get(0));
      if (r == null) {
        zh = who + " 無書面存取申請。";
        en = whoEn + " has no written access request.";
      } else if (r.unitApprovedOn() == null || r.itApprovedOn() == null) {
        boolean noUnit = r.unitApprovedOn() == null;
        boolean noIt = r.itApprovedOn() == null;
        zh = who + " 的存取申請缺少" + (noUnit && noIt ? "單位主管及資訊主管" : noUnit ? "單位主管" : "資訊主管") + "核准。";
        en = whoEn + " has an access request without the approval of the "
            + (noUnit && noIt ? "unit supervisor and the IT supervisor" : noUnit ? "unit supervisor" : "IT supervisor") + ".";
      } else {
        LocalDate last = r.unitApprovedOn().isAfter(r.itApprovedOn()) ? r.unitApprovedOn() : r.itApprovedOn();
        observed.put("approved_on", last.toString());
        zh = who + " 於 " + created + " 建立，其存取申請至 " + last + " 始完成核准。";
        en = whoEn + " was created on " + created + " but its access request was approved only on " + last + ".";
      }
      out.fail(AccountSupport.subject(a), Localized.of(zh, en), observed, evidence);
    }
    out.observe("created_on_unknown", createdUnknown);
  }

  private static boolean approvedInTime(AccessRequest r, LocalDate created) {
    if (r.unitApprovedOn() == null || r.itApprovedOn() == null) return false;
    return created == null || (!r.unitApprovedOn().isAfter(created) && !r.itApprovedOn().isAfter(created));
  }
}
