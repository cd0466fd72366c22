package tw.coloaudit.controls.firewall;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import tw.coloaudit.controls.AuditControl;
import tw.coloaudit.controls.AuditInput;
import tw.coloaudit.controls.Evaluation;
import tw.coloaudit.controls.Policy;
import tw.coloaudit.facts.EvidencePresence;
import tw.coloaudit.facts.Facts;
import tw.coloaudit.facts.firewall.FirewallLogFacts;
import tw.coloaudit.facts.firewall.FirewallLogReduction;
import tw.coloaudit.model.Provenance;
import tw.coloaudit.model.SystemDef;
import tw.coloaudit.model.firewall.FirewallLogLine;

/** Builds the audit input of a firewall control test: systems, records, kinds present, policy. */
final class FwInput {

  static final LocalDate AS_OF = LocalDate.of(2026, 11, 20);
  static final ZoneId ZONE = ZoneId.of("Asia/Taipei");

  final List<SystemDef> systems = new ArrayList<>(List.of(
      new SystemDef("colo-gw-1", "gateway", "order-gateway", true, List.of("10.20.1.11", "colo-gw-1"), null, null),
      new SystemDef("colo-mon-1", "monitor", "other", false, List.of("10.20.1.51"), null, null),
      new SystemDef("colo-fw-1", "firewall", "firewall", false, List.of("10.20.0.1"), null, LocalDate.of(2023, 8, 1))));
  private final Map<Class<?>, List<Object>> records = new LinkedHashMap<>();
  private final Set<String> kinds = new HashSet<>();
  private final Map<String, Object> policy = new HashMap<>();
  private final FirewallLogReduction reduction = new FirewallLogReduction();
  private final FirewallLogFacts logs = reduction.empty();
  private int line;

  FwInput kind(String... present) {
    kinds.addAll(List.of(present));
    return this;
  }

  FwInput add(Object... rs) {
    for (Object r : rs) {
      if (r instanceof FirewallLogLine) {
        reduction.fold(logs, r);
      } else {
        records.computeIfAbsent(r.getClass(), k -> new ArrayList<>()).add(r);
      }
    }
    return this;
  }

  FwInput policy(String key, Object value) {
    policy.put(key, value);
    return this;
  }

  /** A log line of {@code device} at a local time. */
  FwInput log(String device, String localTime) {
    return add(new FirewallLogLine(device, at(localTime), false, null, null, Provenance.line("fw/" + device + ".log", ++line)));
  }

  static Instant at(String localTime) {
    return LocalDateTime.parse(localTime).atZone(ZONE).toInstant();
  }

  static Provenance src(String file, int line) {
    return Provenance.line(file, line);
  }

  AuditInput build() {
    Map<Class<?>, List<?>> frozen = new HashMap<>(records);
    Map<Class<?>, Object> reduced = Map.of(FirewallLogFacts.class, logs);
    return new AuditInput(AS_OF, ZONE, systems, List.of(), new Policy(policy),
        new Facts(frozen, reduced, new EvidencePresence(kinds, Map.of())));
  }

  Evaluation run(AuditControl control) {
    Evaluation out = new Evaluation();
    control.evaluate(build(), out);
    return out;
  }

  static Set<Map<String, String>> failing(Evaluation e) {
    return e.failures().stream().map(f -> f.subject().values()).collect(Collectors.toSet());
  }

  static Set<Map<String, String>> missing(Evaluation e) {
    return e.missing().stream().map(f -> f.subject().values()).collect(Collectors.toSet());
  }
}
