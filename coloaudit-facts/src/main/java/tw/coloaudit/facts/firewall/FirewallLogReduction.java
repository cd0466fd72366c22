package tw.coloaudit.facts.firewall;

import java.util.Set;
import tw.coloaudit.facts.Reduction;
import tw.coloaudit.model.firewall.FirewallLogLine;
import tw.coloaudit.model.firewall.FirewallLogReject;

/** Folds firewall log lines into {@link FirewallLogFacts}; the lines themselves are never kept. */
public final class FirewallLogReduction implements Reduction<FirewallLogFacts> {

  @Override
  public Class<FirewallLogFacts> factType() {
    return FirewallLogFacts.class;
  }

  @Override
  public Set<Class<?>> recordTypes() {
    return Set.of(FirewallLogLine.class, FirewallLogReject.class);
  }

  @Override
  public FirewallLogFacts empty() {
    return new FirewallLogFacts();
  }

  @Override
  public void fold(FirewallLogFacts partial, Object record) {
    if (record instanceof FirewallLogLine l) {
      partial.coverage().add(l.device(), l.time(), l.source());
      if (l.source() != null) partial.file(l.source().file(), l.device());
      if (l.accepted() && l.src() != null && l.dst() != null && Boolean.FALSE.equals(Ip.isPrivate(l.src()))) {
        partial.accept(l.device(), l.src(), l.dst(), 1, l.time(), l.source());
      }
    } else if (record instanceof FirewallLogReject r && r.near() != null) {
      partial.coverage().reject(r.device(), r.near());
    }
  }

  @Override
  public void merge(FirewallLogFacts into, FirewallLogFacts from) {
    into.merge(from);
  }
}
