package tw.coloaudit.facts.account;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import tw.coloaudit.model.account.PolicySetting;

/**
 * The password policy in force on each system: for {@code min_length}, {@code min_classes} and
 * {@code max_age_days}, the setting that decides it, with the line it came from.
 *
 * <p>Where several sources set the same value, pwquality wins over secedit, secedit over
 * login.defs (PAM ignores {@code PASS_MIN_LEN} once pwquality is configured), and any
 * configuration file over the register. Within one source the last line wins, except for
 * {@code min_classes}, where {@code minclass} and the negative {@code *credit} settings count
 * "whichever is larger".
 */
public final class PasswordPolicyFacts {

  private static final List<String> ORIGIN_RANK = List.of("pwquality", "secedit", "login.defs", "register");

  private final Map<String, List<PolicySetting>> bySystem;

  private PasswordPolicyFacts(Map<String, List<PolicySetting>> bySystem) {
    this.bySystem = bySystem;
  }

  public static PasswordPolicyFacts build(List<PolicySetting> settings) {
    Map<String, List<PolicySetting>> bySystem = new LinkedHashMap<>();
    for (PolicySetting s : settings) bySystem.computeIfAbsent(s.system(), k -> new ArrayList<>()).add(s);
    bySystem.replaceAll((k, v) -> List.copyOf(v));
    return new PasswordPolicyFacts(Collections.unmodifiableMap(bySystem));
  }

  /** The systems with at least one password-policy setting, sorted. */
  public Set<String> systems() {
    return Collections.unmodifiableSet(new TreeSet<>(bySystem.keySet()));
  }

  /** Every setting read for a system, in evidence order. */
  public List<PolicySetting> settings(String system) {
    return bySystem.getOrDefault(system, List.of());
  }

  public Optional<PolicySetting> minLength(String system) {
    return effective(system, PolicySetting.MIN_LENGTH);
  }

  public Optional<PolicySetting> minClasses(String system) {
    return effective(system, PolicySetting.MIN_CLASSES);
  }

  public Optional<PolicySetting> maxAgeDays(String system) {
    return effective(system, PolicySetting.MAX_AGE_DAYS);
  }

  /** The deciding setting of one name on one system, if any source set it. */
  public Optional<PolicySetting> effective(String system, String setting) {
    PolicySetting best = null;
    for (PolicySetting s : settings(system)) {
      if (!setting.equals(s.setting())) continue;
      if (best == null || rank(s.origin()) < rank(best.origin())) {
        best = s;
      } else if (rank(s.origin()) == rank(best.origin())) {
        boolean larger = s.value() > best.value();
        if (!PolicySetting.MIN_CLASSES.equals(setting) || larger) best = s;
      }
    }
    return Optional.ofNullable(best);
  }

  private static int rank(String origin) {
    int i = origin == null ? -1 : ORIGIN_RANK.indexOf(origin);
    return i < 0 ? ORIGIN_RANK.size() : i;
  }
}
