package tw.coloaudit.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What one finding is about: string keys to string values, in the order the control gives them.
 * Equality ignores order.
 */
public final class Subject {

  private final Map<String, String> values;

  private Subject(Map<String, String> values) {
    this.values = Collections.unmodifiableMap(values);
  }

  /** Builds a subject from alternating keys and values: {@code of("system", "gw", "account", "root")}. */
  public static Subject of(String... keysAndValues) {
    if (keysAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("keys and values must come in pairs");
    }
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      String key = Objects.requireNonNull(keysAndValues[i], "key");
      m.put(key, Objects.requireNonNull(keysAndValues[i + 1], () -> "value of " + key));
    }
    return new Subject(m);
  }

  public static Subject of(Map<String, String> values) {
    Map<String, String> m = new LinkedHashMap<>();
    values.forEach((k, v) -> m.put(Objects.requireNonNull(k), Objects.requireNonNull(v, k)));
    return new Subject(m);
  }

  public Map<String, String> values() {
    return values;
  }

  public String get(String key) {
    return values.get(key);
  }

  /** Whether every key of {@code other} is present here with the same value (waiver matching). */
  public boolean contains(Subject other) {
    for (Map.Entry<String, String> e : other.values.entrySet()) {
      if (!e.getValue().equals(values.get(e.getKey()))) return false;
    }
    return true;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Subject s && s.values.equals(values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  @Override
  public String toString() {
    return values.toString();
  }
}
