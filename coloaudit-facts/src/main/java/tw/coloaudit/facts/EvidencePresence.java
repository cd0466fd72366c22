package tw.coloaudit.facts;

import java.util.Map;
import java.util.Set;

/**
 * Which evidence kinds the pack holds at least one file of, and for which systems (named by the
 * manifest entry, or by the records' own system column).
 */
public record EvidencePresence(Set<String> kinds, Map<String, Set<String>> systemsByKind) {

  public EvidencePresence {
    kinds = Set.copyOf(kinds);
    systemsByKind = Map.copyOf(systemsByKind);
  }

  public boolean has(String kind) {
    return kinds.contains(kind);
  }

  public boolean has(String kind, String system) {
    return systemsByKind.getOrDefault(kind, Set.of()).contains(system);
  }
}
