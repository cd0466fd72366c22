package tw.coloaudit.controls;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import tw.coloaudit.facts.Facts;
import tw.coloaudit.model.SystemDef;

/** What a control may read: facts, the declared systems and holidays, policy, the as-of date. */
public record AuditInput(
    LocalDate asOf, ZoneId zone, List<SystemDef> systems, List<LocalDate> holidays, Policy policy, Facts facts) {

  public AuditInput {
    systems = List.copyOf(systems);
    holidays = List.copyOf(holidays);
  }

  public Optional<SystemDef> system(String id) {
    return systems.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  public List<SystemDef> importantSystems() {
    return systems.stream().filter(SystemDef::important).toList();
  }
}
