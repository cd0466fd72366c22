package tw.coloaudit.controls.colo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tw.coloaudit.controls.AuditControl;
import tw.coloaudit.controls.AuditInput;
import tw.coloaudit.controls.Evaluation;
import tw.coloaudit.controls.Policy;
import tw.coloaudit.facts.EvidencePresence;
import tw.coloaudit.facts.Facts;
import tw.coloaudit.facts.colo.RackInventory;
import tw.coloaudit.model.PartyType;
import tw.coloaudit.model.Provenance;
import tw.coloaudit.model.Subject;
import tw.coloaudit.model.SystemDef;
import tw.coloaudit.model.account.Person;
import tw.coloaudit.model.change.ChangeRequest;
import tw.coloaudit.model.change.Deployment;
import tw.coloaudit.model.change.OutsourcingContract;
import tw.coloaudit.model.colo.DiscoveredDevice;
import tw.coloaudit.model.colo.EquipmentMove;
import tw.coloaudit.model.colo.InstalledSoftware;
import tw.coloaudit.model.colo.RackDevice;
import tw.coloaudit.model.colo.SharedCabinetApproval;

/**
 * A small co-location and change evidence pack built inline: registers as comma-separated text
 * without a header, one record a line, anything after {@code #} ignored so the expected outcome
 * can be marked beside each line. Blank cells are null. Each method names its columns.
 */
public final class ColoPack {

  public static final LocalDate AS_OF = LocalDate.parse("2026-11-20");
  public static final ZoneId ZONE = ZoneId.of("Asia/Taipei");

  private final List<SystemDef> systems = new ArrayList<>();
  private final Map<Class<?>, List<Object>> records = new HashMap<>();
  private final Map<String, Set<String>> presence = new HashMap<>();
  private final Map<String, Object> policy = new LinkedHashMap<>();

  /** A system: {@code id, role, important, owner, hosts...}. */
  public ColoPack system(String id, String role, boolean important, String owner, String... hosts) {
    systems.add(new SystemDef(id, id, role, important, List.of(hosts), owner, null));
    return this;
  }

  /** Marks a kind as present in the pack, as a file of it with no rows would. */
  public ColoPack kind(String kind) {
    presence.computeIfAbsent(kind, k -> new HashSet<>());
    return this;
  }

  public ColoPack policy(String key, Object value) {
    policy.put(key, value);
    return this;
  }

  /** {@code rack,unit,device,hostname,serial,ip,owner,owner_name,network,firewall,inventoried_on}. */
  public ColoPack inventory(String text) {
    each(text, "rack-inventory.csv", f -> new RackDevice(f[0], f[1], f[2], f[3], f[4], f[5], party(f[6]), f[7], f[8], f[9], date(f[10]), null));
    return kind("rack-inventory");
  }

  /** {@code ip,mac,hostname,serial,seen_at}. */
  public ColoPack discovery(String text) {
    each(text, "discovery.csv", f -> new DiscoveredDevice(f[0], f[1], f[2], f[3], instant(f[4]), null));
    return kind("rack-discovery");
  }

  /** {@code host,software,version,supplier,supplier_name}. */
  public ColoPack software(String text) {
    each(text, "software.csv", f -> new InstalledSoftware(f[0], f[1], f[2], party(f[3]), f[4], null, null, null));
    return kind("software-inventory");
  }

  /** {@code date,direction(in|out),serial,device,application_no}. */
  public ColoPack moves(String text) {
    each(text, "moves.csv", f -> new EquipmentMove(date(f[0]), EquipmentMove.Direction.valueOf(f[1].toUpperCase()), f[2], f[3], f[4], null));
    return kind("equipment-moves");
  }

  /** {@code rack,co_user,approved_on,document}. */
  public ColoPack approvals(String text) {
    each(text, "shared-cabinets.csv", f -> new SharedCabinetApproval(f[0], f[1], date(f[2]), f[3], null));
    return kind("shared-cabinet-approvals");
  }

  /** {@code change_id,system,requester,approved_on,approver,tested_on}. */
  public ColoPack changes(String text) {
    each(text, "changes.csv", f -> new ChangeRequest(f[0], f[1], f[2], null, date(f[3]), f[4], date(f[5]), null, null, null));
    return kind("change-requests");
  }

  /** {@code system,time(local ISO),who,change_id}. */
  public ColoPack deployments(String text) {
    each(text, "deployments.csv", f -> new Deployment(f[0], instant(f[1]), f[2], f[3], null));
    return kind("deployments");
  }

  /** {@code vendor,contract_id,start,end,security_clause(Y|N),audit_clause(Y|N)}. */
  public ColoPack contracts(String text) {
    each(text, "contracts.csv", f -> new OutsourcingContract(f[0], f[1], date(f[2]), date(f[3]), bool(f[4]), bool(f[5]), null));
    return kind("outsourcing-contracts");
  }

  /** {@code person,name,type,company}. */
  public ColoPack people(String text) {
    each(text, "people.csv", f -> new Person(f[0], f[1], party(f[2]), f[3], null, List.of(), null));
    return kind("people");
  }

  public AuditInput input() {
    Map<Class<?>, List<?>> frozen = new HashMap<>(records);
    Map<Class<?>, Object> reduced = new HashMap<>();
    @SuppressWarnings("unchecked")
    List<RackDevice> devices = (List<RackDevice>) (List<?>) records.getOrDefault(RackDevice.class, List.of());
    reduced.put(RackInventory.class, RackInventory.of(devices));
    Facts facts = new Facts(frozen, reduced, new EvidencePresence(presence.keySet(), presence));
    return new AuditInput(AS_OF, ZONE, systems, List.of(), new Policy(policy), facts);
  }

  public Evaluation run(AuditControl control) {
    Evaluation out = new Evaluation();
    control.evaluate(input(), out);
    return out;
  }

  /** The failing subjects, one per failure, so a duplicate shows. */
  public static List<Subject> failing(Evaluation e) {
    return e.failures().stream().map(Evaluation.Failure::subject).toList();
  }

  public static Evaluation.Failure failureOf(Evaluation e, Subject s) {
    return e.failures().stream().filter(f -> f.subject().equals(s)).findFirst().orElseThrow();
  }

  private interface Row {
    Object make(String[] fields);
  }

  /** Builds each record with a provenance that names its line; records take it as their last component. */
  private void each(String text, String file, Row row) {
    String[] lines = text.split("\n");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      int hash = line.indexOf(" #");
      if (hash >= 0) line = line.substring(0, hash);
      line = line.strip();
      if (line.isEmpty()) continue;
      String[] f = Arrays.copyOf(line.split(",", -1), 12);
      for (int j = 0; j < f.length; j++) f[j] = f[j] == null || f[j].isBlank() ? null : f[j].strip();
      Object r = withSource(row.make(f), Provenance.line(file, i + 1));
      records.computeIfAbsent(r.getClass(), k -> new ArrayList<>()).add(r);
    }
  }

  private static Object withSource(Object r, Provenance p) {
    if (r instanceof RackDevice d) {
      return new RackDevice(d.rack(), d.unit(), d.device(), d.hostname(), d.serial(), d.ip(), d.owner(), d.ownerName(), d.network(), d.firewall(), d.inventoriedOn(), p);
    }
    if (r instanceof DiscoveredDevice d) return new DiscoveredDevice(d.ip(), d.mac(), d.hostname(), d.serial(), d.seenAt(), p);
    if (r instanceof InstalledSoftware s) {
      return new InstalledSoftware(s.host(), s.software(), s.version(), s.supplier(), s.supplierName(), s.purpose(), s.installedOn(), p);
    }
    if (r instanceof EquipmentMove m) return new EquipmentMove(m.date(), m.direction(), m.serial(), m.device(), m.applicationNo(), p);
    if (r instanceof SharedCabinetApproval a) return new SharedCabinetApproval(a.rack(), a.coUser(), a.approvedOn(), a.document(), p);
    if (r instanceof ChangeRequest c) {
      return new ChangeRequest(c.changeId(), c.system(), c.requester(), c.requestedOn(), c.approvedOn(), c.approver(), c.testedOn(), c.implementedOn(), c.implementer(), p);
    }
    if (r instanceof Deployment d) return new Deployment(d.system(), d.time(), d.who(), d.changeId(), p);
    if (r instanceof OutsourcingContract c) return new OutsourcingContract(c.vendor(), c.contractId(), c.start(), c.end(), c.securityClause(), c.auditClause(), p);
    if (r instanceof Person x) return new Person(x.person(), x.name(), x.type(), x.company(), x.contractEnd(), x.accounts(), p);
    throw new IllegalArgumentException(r.getClass().getName());
  }

  private static LocalDate date(String s) {
    return s == null ? null : LocalDate.parse(s);
  }

  private static Instant instant(String s) {
    return s == null ? null : LocalDateTime.parse(s).atZone(ZONE).toInstant();
  }

  private static Boolean bool(String s) {
    return s == null ? null : s.equalsIgnoreCase("Y");
  }

  private static PartyType party(String s) {
    return s == null ? null : PartyType.parse(s).orElseThrow();
  }
}
