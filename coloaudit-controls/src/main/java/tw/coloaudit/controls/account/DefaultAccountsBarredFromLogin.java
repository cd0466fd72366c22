package tw.coloaudit.controls.account;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tw.coloaudit.controls.AuditControl;
import tw.coloaudit.controls.AuditInput;
import tw.coloaudit.controls.Control;
import tw.coloaudit.controls.Evaluation;
import tw.coloaudit.controls.support.AccountSupport;
import tw.coloaudit.facts.account.Account;
import tw.coloaudit.facts.account.AccountFacts;
import tw.coloaudit.facts.account.PasswordState;
import tw.coloaudit.facts.account.SshdFacts;
import tw.coloaudit.model.Localized;
import tw.coloaudit.model.Provenance;
import tw.coloaudit.model.Severity;
import tw.coloaudit.model.Subject;
import tw.coloaudit.model.account.SshdDirective;
import tw.coloaudit.model.account.WeakPasswordResult;

/** PWD-DEFAULT: default accounts are disabled or barred from direct login, and no account has a weak password. */
@Control(
    id = "PWD-DEFAULT",
    family = "accounts",
    pattern = 6,
    titleZh = "預設帳號禁止直接登入，無弱密碼",
    titleEn = "Default accounts barred from direct login",
    checksZh = "系統上的預設帳號（root、administrator、admin、sa、guest）須停用或禁止直接登入。root 在 sshd 設定 PermitRootLogin 為 no、"
        + "prohibit-password、without-password、forced-commands-only 或未設定時視為禁止；無該系統 sshd 設定時，密碼可用的 root 無法證明已禁止。"
        + "其他預設帳號須停用或完全無法登入。弱密碼測試最近一次判定為弱密碼的帳號一併列出。",
    checksEn = "Default accounts present on a system (root, administrator, admin, sa, guest) are disabled or barred from "
        + "direct login. root is barred when sshd-config sets PermitRootLogin no, prohibit-password, without-password or "
        + "forced-commands-only, or has no such line; with no sshd-config for the system, root with a usable password is "
        + "not shown to be barred. Other default accounts must be disabled or unable to log in. Accounts whose latest "
        + "weak-password test says weak are listed too.",
    severity = Severity.HIGH,
    refs = {"CC-18000", "TWSE 2020-12-31 co-location audit findings, pattern 6"},
    requires = {"accounts"},
    uses = {"sshd-config", "login-log", "weak-password-audit"},
    subjects = {"system,account"})
public final class DefaultAccountsBarredFromLogin implements AuditControl {

  private static final Set<String> BARRING =
      Set.of("no", "prohibit-password", "without-password", "forced-commands-only");

  @Override
  public void evaluate(AuditInput in, Evaluation out) {
    AccountFacts facts = AccountSupport.accounts(in);
    SshdFacts sshd = AccountSupport.sshd(in);
    Map<String, WeakPasswordResult> latest = new LinkedHashMap<>();
    Comparator<WeakPasswordResult> byDate = Comparator.comparing(WeakPasswordResult::testedOn, Comparator.nullsFirst(Comparator.naturalOrder()));
    for (WeakPasswordResult w : in.facts().records(WeakPasswordResult.class)) {
      latest.merge(AccountSupport.key(w.system(), w.account()), w, (old, neu) -> byDate.compare(neu, old) >= 0 ? neu : old);
    }
    for (Account a : facts.all()) {
      WeakPasswordResult weak = latest.remove(AccountSupport.key(a.system(), a.name()));
      if (weak != null && !weak.weak()) weak = null;
      if (!a.isDefaultAccount() && weak == null) continue;
      if (a.isDisabled(in.asOf()) || a.cannotLogIn()) {
        out.pass(AccountSupport.subject(a));
        continue;
      }
      List<String> zh = new ArrayList<>();
      List<String> en = new ArrayList<>();
      List<Provenance> evidence = AccountSupport.accountLines(a);
      if (a.isDefaultAccount()) openings(in, sshd, a, zh, en, evidence);
      if (a.isDefaultAccount()) LoggedInDirectly.describe(in, a.system(), a.name(), zh, en, evidence);
      if (weak != null) {
        zh.add("經弱密碼測試（" + weak.testedOn() + "）判定為弱密碼");
        en.add("was found weak by the password test of " + weak.testedOn());
        evidence.add(weak.source());
      }
      if (zh.isEmpty()) {
        out.pass(AccountSupport.subject(a));
        continue;
      }
      out.fail(
          AccountSupport.subject(a),
          Localized.of(
              a.system() + " 上的帳號 " + a.name() + " " + String.join("；", zh) + "。",
              "Account " + a.name() + " on " + a.system() + " " + String.join("; ", en) + "."),
          Map.of("default_account", a.isDefaultAccount(), "weak_password", weak != null),
          evidence);
    }
    LoggedInDirectly.unlisted(in, facts, out);
    for (WeakPasswordResult w : latest.values()) {
      if (!w.weak()) continue;
      out.fail(
          Subject.of("system", w.system(), "account", w.account()),
          Localized.of(
              w.system() + " 上的帳號 " + w.account() + " 經弱密碼測試（" + w.testedOn() + "）判定為弱密碼。",
              "Account " + w.account() + " on " + w.system() + " was found weak by the password test of " + w.testedOn() + "."),
          Map.of("default_account", false, "weak_password", true),
          List.of(w.source()));
    }
  }

  /** Why a default account that is neither disabled nor unable to log in is not barred, if it is not. */
  private static void openings(AuditInput in, SshdFacts sshd, Account a, List<String> zh, List<String> en, List<Provenance> evidence) {
    boolean root = "root".equals(a.name()) || Long.valueOf(0).equals(a.uid());
    if (!root) {
      zh.add("為預設帳號，仍啟用且可登入");
      en.add("is a default account that is enabled and can log in");
      return;
    }
    if (sshd.hasSystem(a.system()) || in.facts().presence().has("sshd-config", a.system())) {
      Optional<SshdDirective> permit = sshd.permitRootLogin(a.system());
      if (permit.isEmpty() || BARRING.contains(permit.get().value().strip().toLowerCase(Locale.ROOT))) return;
      zh.add("可經 SSH 直接登入（PermitRootLogin " + permit.get().value().strip() + "）");
      en.add("may log in directly over SSH (PermitRootLogin " + permit.get().value().strip() + ")");
      evidence.add(permit.get().source());
    } else if (a.passwordState() != PasswordState.LOCKED) {
      zh.add("密碼" + (a.passwordState() == PasswordState.UNKNOWN ? "狀態不明" : a.passwordState() == PasswordState.EMPTY ? "為空白" : "可用")
          + "，且無 sshd 設定可證明其不得直接登入");
      en.add("has a " + a.passwordState().name().toLowerCase(Locale.ROOT) + " password and no sshd-config shows it barred from direct login");
    }
  }
}
