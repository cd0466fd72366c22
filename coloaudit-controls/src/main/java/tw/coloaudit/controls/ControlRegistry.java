package tw.coloaudit.controls;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The explicit list of implemented controls, sorted by ID. A control is run only if listed here. */
public final class ControlRegistry {

  private ControlRegistry() {}

  private static final List<AuditControl> CONTROLS =
      List.<AuditControl>of(
              // accounts and passwords (seed patterns 5 and 6)
              )
          .stream()
          .sorted(Comparator.comparing(c -> c.metadata().id()))
          .toList();

  public static List<AuditControl> all() {
    return CONTROLS;
  }

  public static Optional<AuditControl> byId(String id) {
    return CONTROLS.stream().filter(c -> c.metadata().id().equals(id)).findFirst();
  }
}
