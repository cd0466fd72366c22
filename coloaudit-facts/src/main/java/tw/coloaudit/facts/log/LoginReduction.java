package tw.coloaudit.facts.log;

import java.util.Set;
import java.util.TreeMap;
import tw.coloaudit.facts.Reduction;
import tw.coloaudit.model.log.LogLine;
import tw.coloaudit.model.log.LoginRecord;

/** Folds the login logs' records ({@link LoginRecord}, {@link LogLine}) into {@link LoginFacts}. */
public final class LoginReduction implements Reduction<LoginFacts> {

  @Override
  public Class<LoginFacts> factType() {
    return LoginFacts.class;
  }

  @Override
  public Set<Class<?>> recordTypes() {
    return Set.of(LoginRecord.class, LogLine.class);
  }

  @Override
  public LoginFacts empty() {
    return new LoginFacts();
  }

  @Override
  public void fold(LoginFacts f, Object record) {
    if (record instanceof LogLine l) {
      if (l.system() == null) f.unattributed++;
      else f.coverage.add(l.system(), l.time(), l.source());
      return;
    }
    LoginRecord r = (LoginRecord) record;
    if (r.system() == null) {
      f.unattributed++;
      return;
    }
    if (r.time() != null) f.coverage.add(r.system(), r.time(), r.source());
    LoginFacts.Fields fields = f.fields.computeIfAbsent(r.system(), s -> new LoginFacts.Fields());
    fields.records++;
    if (r.user() == null) fields.miss(0, r.source());
    if (r.time() == null) fields.miss(1, r.source());
    if (r.origin() == null) fields.miss(2, r.source());
    if (!r.success() || r.user() == null) return;
    String account = LoginFacts.bare(r.user());
    Login login = new Login(r.system(), r.user(), r.time(), r.origin(), r.accountId(), r.source());
    f.logins.computeIfAbsent(r.system(), s -> new TreeMap<>()).computeIfAbsent(account, a -> new LoginFacts.AccountLogins()).add(login);
    if (LoginFacts.DEFAULT_ACCOUNTS.contains(account)) {
      f.defaultLogins.computeIfAbsent(r.system(), s -> new TreeMap<>()).computeIfAbsent(account, a -> new LoginFacts.AccountLogins()).add(login);
    }
    if (LoginFacts.isSuperuserName(r.user(), r.accountId())) {
      f.superuserCount++;
      if (f.superuser.size() < LoginFacts.KEPT_SUPERUSER_LOGINS) f.superuser.add(login);
    }
  }

  @Override
  public void merge(LoginFacts into, LoginFacts from) {
    into.coverage.merge(from.coverage);
    from.fields.forEach((s, v) -> into.fields.computeIfAbsent(s, k -> new LoginFacts.Fields()).merge(v));
    mergeLogins(into.logins, from.logins);
    mergeLogins(into.defaultLogins, from.defaultLogins);
    for (Login l : from.superuser) if (into.superuser.size() < LoginFacts.KEPT_SUPERUSER_LOGINS) into.superuser.add(l);
    into.superuserCount += from.superuserCount;
    into.unattributed += from.unattributed;
  }

  private static void mergeLogins(
      java.util.Map<String, java.util.Map<String, LoginFacts.AccountLogins>> into,
      java.util.Map<String, java.util.Map<String, LoginFacts.AccountLogins>> from) {
    from.forEach((system, accounts) -> {
      var mine = into.computeIfAbsent(system, s -> new TreeMap<>());
      accounts.forEach((a, l) -> mine.computeIfAbsent(a, k -> new LoginFacts.AccountLogins()).merge(l));
    });
  }
}
