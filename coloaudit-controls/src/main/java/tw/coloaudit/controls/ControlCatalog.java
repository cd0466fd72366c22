package tw.coloaudit.controls;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import tw.coloaudit.model.Localized;

/** The catalog of CONTROLS.md as the registry implements it, for listing and explaining. */
public final class ControlCatalog {

  /** One catalog line. */
  public record Entry(
      String id, String family, int pattern, Localized title, List<String> refs, List<String> policyKeys, AuditControl control) {}

  private ControlCatalog() {}

  public static List<Entry> entries() {
    return ControlRegistry.all().stream()
        .map(c -> {
          Control m = c.metadata();
          return new Entry(
              m.id(), m.family(), m.pattern(), Localized.of(m.titleZh(), m.titleEn()), List.of(m.refs()), List.of(m.policy()), c);
        })
        .sorted(Comparator.comparing(Entry::id))
        .toList();
  }

  public static Optional<Entry> byId(String id) {
    return entries().stream().filter(e -> e.id().equalsIgnoreCase(id)).findFirst();
  }
}
