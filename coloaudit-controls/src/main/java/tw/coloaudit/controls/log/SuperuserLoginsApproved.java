package tw.coloaudit.controls.log;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tw.coloaudit.controls.AuditControl;
import tw.coloaudit.controls.AuditInput;
import tw.coloaudit.controls.Control;
import tw.coloaudit.controls.Evaluation;
import tw.coloaudit.controls.support.AccountSupport;
import tw.coloaudit.controls.support.LoginSupport;
import tw.coloaudit.facts.account.Account;
import tw.coloaudit.facts.account.People;
import tw.coloaudit.facts.log.Login;
import tw.coloaudit.facts.log.LoginFacts;
import tw.coloaudit.model.Localized;
import tw.coloaudit.model.Provenance;
import tw.coloaudit.model.Severity;
import tw.coloaudit.model.Subject;
import tw.coloaudit.model.log.PrivilegedApproval;

/** ACC-PRIV-APPROVAL: every superuser login falls inside an approved window, and no request is self-approved. */
@Control(
    id = "ACC-PRIV-APPROVAL",
    family = "accounts",
    pattern = 5,
    titleZh = "最高權限使用經核准",
    titleEn = "Superuser logins inside approved windows",
    checksZh = "日誌中每一次以最高權限帳號（uid 0、內建 Administrator、sa）成功登入，均須落在該帳號經核准的使用期間內；"
        + "每筆最高權限使用申請須由申請人以外的人核准（未填核准人亦不符合）。僅列於申請期間內的登入視為已申請，"
        + "申請本身的核准缺失另列。uid 0 而非 root 的帳號，以日誌中其第一次與最後一次登入檢查。",
    checksEn = "Every successful login as a superuser account (uid 0, the built-in Administrator, sa) seen in the logs "
        + "falls inside an approved window for that account on that system; every approval names an approver other than "
        + "the requester (a blank approver fails too). A login inside a request's window counts as requested; a flaw of "
        + "the request itself is its own finding. uid-0 accounts not named root are checked by their first and last login.",
    severity = Severity.HIGH,
    refs = {"CC-18000", "TWSE 2020-12-31 co-location audit findings, pattern 5"},
    requires = {"login-log", "privileged-approvals"},
    uses = {"accounts", "people"},
    subjects = {"system,account,login_at", "system,account,start"})
public final class SuperuserLoginsApproved implements AuditControl {

  @Override
  public void evaluate(AuditInput in, Evaluation out) {
    LoginFacts facts = LoginSupport.logins(in);
    List<PrivilegedApproval> approvals = in.facts().records(PrivilegedApproval.class);
    List<Login> logins = new ArrayList<>(facts.superuserLogins());
    // uid-0 accounts under another name are known only from the accounts; their first and last login stand for all.
    for (Account a : AccountSupport.accounts(in).all()) {
      if (!Long.valueOf(0).equals(a.uid()) || LoginFacts.isSuperuserName(a.name(), null)) continue;
      facts.logins(a.system(), LoginFacts.bare(a.name())).ifPresent(l -> {
        if (l.first() != null) logins.add(l.first());
        if (l.last() != null && l.last() != l.first()) logins.add(l.last());
      });
    }
    Set<Subject> seen = new LinkedHashSet<>();
    for (Login l : logins) {
      if (l.time() == null) continue;
      String at = LoginSupport.time(l.time(), in.zone());
      Subject subject = Subject.of("system", l.system(), "account", l.account(), "login_at", at);
      if (!seen.add(subject)) continue;
      PrivilegedApproval covering = covering(approvals, l);
      if (covering != null) {
        out.pass(subject);
        continue;
      }
      Map<String, Object> observed = new LinkedHashMap<>();
      observed.put("origin", l.origin() == null ? "" : l.origin());
      observed.put("approvals_for_account", approvals.stream().filter(p -> sameAccount(p, l)).count());
      out.fail(
          subject,
          Localized.of(
              "系統 " + l.system() + " 的最高權限帳號 " + l.account() + " 於 " + at + " 登入（來源 " + orDash(l.origin())
                  + "），不在任何核准的使用期間內。",
              "Superuser account " + l.account() + " on " + l.system() + " logged in at " + at + " (from " + orDash(l.origin())
                  + ") outside every approved window."),
          observed,
          List.of(l.source()));
    }
    if (facts.superuserLoginCount() > facts.superuserLogins().size()) {
      out.observe("superuser_logins_not_kept", facts.superuserLoginCount() - facts.superuserLogins().size());
      out.note(Localized.of(
          "最高權限登入超過 " + LoginFacts.KEPT_SUPERUSER_LOGINS + " 筆，僅檢查前 " + LoginFacts.KEPT_SUPERUSER_LOGINS + " 筆。",
          "More than " + LoginFacts.KEPT_SUPERUSER_LOGINS + " superuser logins: only the first "
              + LoginFacts.KEPT_SUPERUSER_LOGINS + " were checked."));
    }
    out.observe("superuser_logins", facts.superuserLoginCount());

    People people = AccountSupport.people(in);
    for (PrivilegedApproval p : approvals) {
      if (p.start() == null) continue;
      Subject subject = Subject.of("system", p.system(), "account", p.account(), "start", LoginSupport.time(p.start(), in.zone()));
      boolean blank = p.approver() == null || p.approver().isBlank();
      boolean self = !blank && p.requester() != null && people.samePerson(p.requester(), p.approver());
      if (!blank && !self) {
        out.pass(subject);
        continue;
      }
      Map<String, Object> observed = new LinkedHashMap<>();
      observed.put("requester", p.requester() == null ? "" : p.requester());
      observed.put("approver", blank ? "" : p.approver());
      out.fail(
          subject,
          blank
              ? Localized.of(
                  "系統 " + p.system() + " 帳號 " + p.account() + " 自 " + subject.values().get("start") + " 起的最高權限使用申請未經核准。",
                  "The superuser request for " + p.account() + " on " + p.system() + " starting " + subject.values().get("start")
                      + " names no approver.")
              : Localized.of(
                  "系統 " + p.system() + " 帳號 " + p.account() + " 自 " + subject.values().get("start") + " 起的最高權限使用申請由申請人 "
                      + p.requester() + " 自行核准。",
                  "The superuser request for " + p.account() + " on " + p.system() + " starting " + subject.values().get("start")
                      + " was approved by its own requester, " + p.requester() + "."),
          observed,
          List.<Provenance>of(p.source()));
    }
  }

  private static PrivilegedApproval covering(List<PrivilegedApproval> approvals, Login l) {
    Instant t = l.time();
    for (PrivilegedApproval p : approvals) {
      if (!sameAccount(p, l) || p.start() == null || p.end() == null) continue;
      if (!t.isBefore(p.start()) && !t.isAfter(p.end())) return p;
    }
    return null;
  }

  private static boolean sameAccount(PrivilegedApproval p, Login l) {
    return l.system().equals(p.system()) && p.account() != null
        && LoginFacts.bare(p.account()).equals(LoginFacts.bare(l.account()));
  }

  private static String orDash(String s) {
    return s == null ? "-" : s;
  }
}
