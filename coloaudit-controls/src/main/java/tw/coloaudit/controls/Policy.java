package tw.coloaudit.controls;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The thresholds in force for one run: the defaults of {@link PolicyKeys}, overridden by the
 * pack's {@code policy:} block. A value looser than the default is used as given and reported.
 */
public final class Policy {

  private final Map<String, Object> values = new LinkedHashMap<>();
  private final List<String> unknownKeys = new ArrayList<>();
  private final List<String> invalid = new ArrayList<>();

  public Policy(Map<String, Object> overrides) {
    for (PolicyKey k : PolicyKeys.ALL) values.put(k.name(), k.defaultValue());
    overrides.forEach(
        (name, value) -> {
          var key = PolicyKeys.byName(name);
          if (key.isEmpty()) {
            unknownKeys.add(name);
          } else if (value == null
              || (key.get().defaultValue() instanceof Number && !(value instanceof Number))) {
            invalid.add(name + "=" + value);
          } else {
            values.put(name, value instanceof Number n && !(key.get().defaultValue() instanceof String) ? n : String.valueOf(value));
          }
        });
  }

  public static Policy defaults() {
    return new Policy(Map.of());
  }

  public Object value(PolicyKey key) {
    return values.get(key.name());
  }

  public int intValue(PolicyKey key) {
    return ((Number) values.get(key.name())).intValue();
  }

  public long longValue(PolicyKey key) {
    return ((Number) values.get(key.name())).longValue();
  }

  public double doubleValue(PolicyKey key) {
    return ((Number) values.get(key.name())).doubleValue();
  }

  public String stringValue(PolicyKey key) {
    return String.valueOf(values.get(key.name()));
  }

  /** The values of the named keys, for a control's {@code policy} in the findings. */
  public Map<String, Object> valuesOf(String... names) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (String n : names) m.put(n, values.get(n));
    return m;
  }

  /** Keys set looser than the rule's default. */
  public List<PolicyKey> looserThanDefault() {
    List<PolicyKey> out = new ArrayList<>();
    for (PolicyKey k : PolicyKeys.ALL) {
      if (!(k.defaultValue() instanceof Number d)) continue;
      BigDecimal given = new BigDecimal(String.valueOf(values.get(k.name())));
      int cmp = given.compareTo(new BigDecimal(String.valueOf(d)));
      if ((k.looser() == PolicyKey.Looser.HIGHER && cmp > 0) || (k.looser() == PolicyKey.Looser.LOWER && cmp < 0)) {
        out.add(k);
      }
    }
    return out;
  }

  public List<String> unknownKeys() {
    return List.copyOf(unknownKeys);
  }

  public List<String> invalidValues() {
    return List.copyOf(invalid);
  }
}
