package tw.coloaudit.facts.account;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import tw.coloaudit.model.account.SshdDirective;

/**
 * The sshd settings of each system that the account controls read ({@code PermitRootLogin},
 * {@code PasswordAuthentication}), each with the line it came from. As sshd does, the first
 * value given for a keyword is the one in force.
 */
public final class SshdFacts {

  private final Map<String, List<SshdDirective>> bySystem;

  private SshdFacts(Map<String, List<SshdDirective>> bySystem) {
    this.bySystem = bySystem;
  }

  public static SshdFacts build(List<SshdDirective> directives) {
    Map<String, List<SshdDirective>> bySystem = new LinkedHashMap<>();
    for (SshdDirective d : directives) bySystem.computeIfAbsent(d.system(), k -> new ArrayList<>()).add(d);
    bySystem.replaceAll((k, v) -> List.copyOf(v));
    return new SshdFacts(Collections.unmodifiableMap(bySystem));
  }

  /** The systems with at least one directive, sorted. */
  public Set<String> systems() {
    return Collections.unmodifiableSet(new TreeSet<>(bySystem.keySet()));
  }

  public boolean hasSystem(String system) {
    return bySystem.containsKey(system);
  }

  public Optional<SshdDirective> permitRootLogin(String system) {
    return first(system, "permitrootlogin");
  }

  public Optional<SshdDirective> passwordAuthentication(String system) {
    return first(system, "passwordauthentication");
  }

  /** The directive in force for a keyword (compared without regard to case). */
  public Optional<SshdDirective> first(String system, String keyword) {
    String k = keyword.toLowerCase(Locale.ROOT);
    return bySystem.getOrDefault(system, List.of()).stream()
        .filter(d -> d.keyword() != null && d.keyword().toLowerCase(Locale.ROOT).equals(k))
        .findFirst();
  }
}
