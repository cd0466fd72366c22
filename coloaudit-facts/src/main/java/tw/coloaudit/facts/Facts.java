package tw.coloaudit.facts;

import java.util.List;
import java.util.Map;

/**
 * What controls read: the small records of registers and configuration files by type, the
 * reduced facts by type, and which evidence was present.
 */
public final class Facts {

  private final Map<Class<?>, List<?>> records;
  private final Map<Class<?>, Object> reduced;
  private final EvidencePresence presence;

  public Facts(Map<Class<?>, List<?>> records, Map<Class<?>, Object> reduced, EvidencePresence presence) {
    this.records = Map.copyOf(records);
    this.reduced = Map.copyOf(reduced);
    this.presence = presence;
  }

  /** Every record of a type, in evidence order; empty when there were none. */
  @SuppressWarnings("unchecked")
  public <T> List<T> records(Class<T> type) {
    return (List<T>) records.getOrDefault(type, List.of());
  }

  /** A reduced fact, or null when the engine built none of that type. */
  public <T> T fact(Class<T> type) {
    return type.cast(reduced.get(type));
  }

  public EvidencePresence presence() {
    return presence;
  }
}
