package tw.coloaudit.controls.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tw.coloaudit.controls.AuditInput;
import tw.coloaudit.controls.Evaluation;
import tw.coloaudit.controls.support.LoginSupport;
import tw.coloaudit.facts.account.AccountFacts;
import tw.coloaudit.facts.log.LoginFacts;
import tw.coloaudit.model.Localized;
import tw.coloaudit.model.Provenance;
import tw.coloaudit.model.Subject;

/** PWD-DEFAULT's login-log part: successful direct logins by default accounts seen in the logs. */
final class LoggedInDirectly {

  private LoggedInDirectly() {}

  /** Adds the reason and evidence when the logs show the account logging in directly. */
  static void describe(AuditInput in, String system, String account, List<String> zh, List<String> en, List<Provenance> evidence) {
    Map<String, LoginFacts.AccountLogins> bySystem = LoginSupport.logins(in).defaultAccountLogins().get(system);
    LoginFacts.AccountLogins l = bySystem == null ? null : bySystem.get(LoginFacts.bare(account));
    if (l == null || l.count() == 0) return;
    String last = l.last() == null ? "?" : LoginSupport.time(l.last().time(), in.zone());
    zh.add("登入日誌顯示以此帳號直接登入 " + l.count() + " 次（最近一次 " + last + "）");
    en.add("logged in directly " + l.count() + (l.count() == 1 ? " time" : " times") + " per the login logs (last at " + last + ")");
    if (l.first() != null) evidence.add(l.first().source());
    if (l.last() != null && l.last() != l.first()) evidence.add(l.last().source());
  }

  /** The account name as the log wrote it, without a domain. */
  private static String asLogged(String user) {
    String a = user.strip();
    int slash = a.lastIndexOf('\\');
    if (slash >= 0) a = a.substring(slash + 1);
    int at = a.indexOf('@');
    return at > 0 ? a.substring(0, at) : a;
  }

  /** Default accounts that log in per the logs but are in no account evidence of their system. */
  static void unlisted(AuditInput in, AccountFacts facts, Evaluation out) {
    LoginSupport.logins(in).defaultAccountLogins().forEach((system, accounts) -> accounts.forEach((name, l) -> {
      if (facts.find(system, name).isPresent() || l.count() == 0) return;
      String account = l.last() != null ? asLogged(l.last().account()) : name;
      List<String> zh = new ArrayList<>();
      List<String> en = new ArrayList<>();
      List<Provenance> evidence = new ArrayList<>();
      describe(in, system, account, zh, en, evidence);
      out.fail(
          Subject.of("system", system, "account", account),
          Localized.of(
              system + " 上的預設帳號 " + account + " " + String.join("；", zh) + "。",
              "Default account " + account + " on " + system + " " + String.join("; ", en) + "."),
          Map.of("default_account", true, "direct_logins", l.count()),
          evidence);
    }));
  }
}
