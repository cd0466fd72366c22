package tw.coloaudit.controls.firewall;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import tw.coloaudit.controls.AuditControl;
import tw.coloaudit.controls.AuditInput;
import tw.coloaudit.controls.Control;
import tw.coloaudit.controls.Evaluation;
import tw.coloaudit.facts.firewall.FirewallLogFacts;
import tw.coloaudit.model.InputFile;
import tw.coloaudit.model.Localized;
import tw.coloaudit.model.Provenance;
import tw.coloaudit.model.Severity;
import tw.coloaudit.model.Subject;
import tw.coloaudit.model.SystemDef;
import tw.coloaudit.model.firewall.FirewallRule;

/** NET-ISOLATION: no accept rule lets the Internet reach an important host, and no such connection was accepted. */
@Control(
    id = "NET-ISOLATION",
    family = "network",
    pattern = 4,
    titleZh = "重要主機與網際網路隔離",
    titleEn = "Important hosts isolated from the Internet",
    checksZh = "沒有任何允許規則讓網際網路（RFC 1918、100.64.0.0/10、loopback、link-local、fc00::/7 以外之位址，"
        + "或 any/all/0.0.0.0/0/未指定）連至重要系統的主機（目的為任意或含該主機之網段亦算），"
        + "且防火牆紀錄中沒有自網際網路來源被允許連至重要主機的連線。規則與紀錄有其一即可查核。",
    checksEn = "No accept rule lets the Internet (any address outside RFC 1918, 100.64.0.0/10, loopback, link-local and "
        + "fc00::/7, or a source of any/all/0.0.0.0/0/none) reach a host of an important system (a destination of any, or "
        + "a block holding the host, counts), and no connection from the Internet to such a host was accepted in the "
        + "firewall logs. Either rules or logs suffice.",
    severity = Severity.HIGH,
    refs = {"CC-17010", "TWSE 2020-12-31 co-location audit findings, pattern 4"},
    requires = {"firewall-rules", "firewall-log"},
    requiresAny = true,
    subjects = {"device,rule", "device,src,dst"})
public final class ImportantHostsIsolatedFromInternet implements AuditControl {

  @Override
  public void evaluate(AuditInput in, Evaluation out) {
    Map<String, InputFile> files = FirewallSupport.files(in);
    List<SystemDef> important = in.importantSystems();
    TreeSet<String> seen = new TreeSet<>();
    for (FirewallRule r : in.facts().records(FirewallRule.class)) {
      String device = FirewallSupport.canonicalDevice(in, FirewallSupport.device(r.device(), r.source(), files));
      seen.add(device);
      Subject subject = Subject.of("device", device, "rule", r.rule());
      List<SystemDef> reached = FirewallSupport.internetSource(r.src()) ? FirewallSupport.reached(r.dst(), important) : List.of();
      if (reached.isEmpty()) {
        out.pass(subject);
        continue;
      }
      List<String> ids = reached.stream().map(SystemDef::id).toList();
      Map<String, Object> observed = new LinkedHashMap<>();
      observed.put("source", r.src() == null ? "any" : r.src());
      observed.put("destination", r.dst() == null ? "any" : r.dst());
      observed.put("service", r.service() == null ? "any" : r.service());
      observed.put("important_systems", ids);
      out.fail(
          subject,
          Localized.of(
              "防火牆 " + device + " 的規則 " + r.rule() + " 允許網際網路來源連至重要系統 " + String.join("、", ids) + "。",
              "Firewall " + device + " rule " + r.rule() + " lets the Internet reach important system(s) " + String.join(", ", ids)
                  + "."),
          observed,
          List.of(r.source()));
    }
    FirewallLogFacts logs = FirewallSupport.logs(in);
    Map<Subject, Object[]> accepted = new LinkedHashMap<>();
    for (FirewallLogFacts.Accepted a : logs.accepted()) {
      SystemDef host = important.stream().filter(s -> s.matchesHost(a.dst())).findFirst().orElse(null);
      if (host == null) continue;
      String device = FirewallSupport.canonicalDevice(in, a.device());
      Subject subject = Subject.of("device", device, "src", a.src(), "dst", host.id());
      Object[] acc = accepted.computeIfAbsent(subject, k -> new Object[] {0L, a.firstAt(), a.first(), a.dst()});
      acc[0] = (Long) acc[0] + a.count();
    }
    for (String source : logs.coverage().sources()) seen.add(FirewallSupport.canonicalDevice(in, source));
    accepted.forEach((subject, acc) -> {
      Map<String, Object> observed = new LinkedHashMap<>();
      observed.put("connections", acc[0]);
      observed.put("dst_address", acc[3]);
      if (acc[2] != null) observed.put("first_at", FirewallSupport.iso((java.time.Instant) acc[2], in.zone()));
      String device = subject.get("device");
      out.fail(
          subject,
          Localized.of(
              "防火牆 " + device + " 的紀錄顯示允許網際網路來源 " + subject.get("src") + " 連至重要系統 " + subject.get("dst") + "，共 "
                  + acc[0] + " 次。",
              "Firewall " + device + " logs show " + acc[0] + " accepted connection(s) from Internet source " + subject.get("src")
                  + " to important system " + subject.get("dst") + "."),
          observed,
          acc[1] == null ? List.of() : List.of((Provenance) acc[1]));
    });
    if (logs.unlisted() > 0) out.observe("accepted_internet_connections_not_listed", logs.unlisted());
    for (String device : seen) {
      if (accepted.keySet().stream().noneMatch(s -> s.get("device").equals(device))) out.pass(Subject.of("device", device));
    }
    for (String fw : FirewallSupport.declaredFirewalls(in)) {
      if (!seen.contains(fw)) out.noEvidence(Subject.of("system", fw), "firewall-rules / firewall-log");
    }
  }
}
