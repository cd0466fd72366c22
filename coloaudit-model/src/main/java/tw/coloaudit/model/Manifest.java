package tw.coloaudit.model;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The parsed {@code evidence.yaml} of a pack. */
public record Manifest(
    Broker broker,
    LocalDate asOf,
    ZoneId timezone,
    Map<String, Object> policy,
    List<SystemDef> systems,
    List<LocalDate> holidays,
    List<FileEntry> files,
    List<Waiver> waivers) {

  public Manifest {
    policy = policy == null ? Map.of() : Map.copyOf(policy);
    systems = List.copyOf(systems);
    holidays = holidays == null ? List.of() : List.copyOf(holidays);
    files = List.copyOf(files);
    waivers = waivers == null ? List.of() : List.copyOf(waivers);
  }

  public Optional<SystemDef> system(String id) {
    return systems.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  public List<SystemDef> importantSystems() {
    return systems.stream().filter(SystemDef::important).toList();
  }
}
