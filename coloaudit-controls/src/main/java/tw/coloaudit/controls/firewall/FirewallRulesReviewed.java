package tw.coloaudit.controls.firewall;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import tw.coloaudit.controls.AuditControl;
import tw.coloaudit.controls.AuditInput;
import tw.coloaudit.controls.Control;
import tw.coloaudit.controls.Evaluation;
import tw.coloaudit.controls.PolicyKeys;
import tw.coloaudit.controls.support.Cadence;
import tw.coloaudit.controls.support.Days;
import tw.coloaudit.model.InputFile;
import tw.coloaudit.model.Localized;
import tw.coloaudit.model.Provenance;
import tw.coloaudit.model.Severity;
import tw.coloaudit.model.Subject;
import tw.coloaudit.model.firewall.FirewallReview;
import tw.coloaudit.model.firewall.FirewallRule;

/** NET-FW-RULE-REVIEW: firewall rules reviewed at least yearly; accept rules from anywhere to anywhere on any service listed. */
@Control(
    id = "NET-FW-RULE-REVIEW",
    family = "network",
    pattern = 4,
    titleZh = "防火牆規則定期檢視",
    titleEn = "Firewall rules reviewed periodically",
    checksZh = "每台防火牆的規則檢視紀錄間隔（含最後一次檢視至查核基準日）不超過上限；並列出來源、目的與服務皆為任意的允許規則"
        + "（RELATED,ESTABLISHED 等回應連線規則與 lo 介面規則不列入）。",
    checksEn = "Each firewall's rule reviews are no further apart than the limit, nor is the last one from the as-of date; "
        + "accept rules from any source to any destination on any service are listed (stateful return rules such as "
        + "RELATED,ESTABLISHED and loopback rules are not).",
    severity = Severity.MEDIUM,
    refs = {"CC-17010", "主機共置服務管理辦法 art. 4", "TWSE 2020-12-31 co-location audit findings, pattern 4"},
    requires = {"firewall-reviews"},
    uses = {"firewall-rules"},
    policy = {"firewall_review_days"},
    subjects = {"device,from,to", "device,rule"})
public final class FirewallRulesReviewed implements AuditControl {

  @Override
  public void evaluate(AuditInput in, Evaluation out) {
    Map<String, InputFile> files = FirewallSupport.files(in);
    int limit = in.policy().intValue(PolicyKeys.FIREWALL_REVIEW_DAYS);
    Map<String, TreeMap<LocalDate, List<FirewallReview>>> byDevice = new TreeMap<>();
    for (FirewallReview r : in.facts().records(FirewallReview.class)) {
      if (r.reviewedOn() == null) continue;
      String device = FirewallSupport.canonicalDevice(in, FirewallSupport.device(r.device(), r.source(), files));
      byDevice.computeIfAbsent(device, d -> new TreeMap<>()).computeIfAbsent(r.reviewedOn(), d -> new ArrayList<>()).add(r);
    }
    TreeSet<String> declared = FirewallSupport.declaredFirewalls(in);
    TreeSet<String> devices = new TreeSet<>(byDevice.keySet());
    devices.addAll(declared);
    List<FirewallRule> rules = new ArrayList<>();
    for (FirewallRule r : in.facts().records(FirewallRule.class)) {
      String device = FirewallSupport.canonicalDevice(in, FirewallSupport.device(r.device(), r.source(), files));
      devices.add(device);
      rules.add(new FirewallRule(device, r.rule(), r.src(), r.dst(), r.service(), r.format(), r.source()));
    }
    for (String device : devices) {
      TreeMap<LocalDate, List<FirewallReview>> dates = byDevice.get(device);
      if (dates == null || dates.headMap(in.asOf(), true).isEmpty()) {
        if (declared.contains(device)) {
          out.noEvidence(Subject.of("system", device), "firewall-reviews");
        } else {
          out.fail(Subject.of("device", device),
              Localized.of("防火牆 " + device + " 沒有規則檢視紀錄。", "Firewall " + device + " has no rule review on record."),
              Map.of("reviews", 0), List.of());
        }
        continue;
      }
      List<Cadence.Gap> gaps = Cadence.gaps(dates.keySet(), in.asOf(), limit);
      if (gaps.isEmpty()) out.pass(Subject.of("device", device));
      for (Cadence.Gap g : gaps) {
        List<Provenance> evidence = new ArrayList<>();
        dates.getOrDefault(g.from(), List.of()).forEach(r -> evidence.add(r.source()));
        dates.getOrDefault(g.to(), List.of()).forEach(r -> evidence.add(r.source()));
        out.fail(
            Subject.of("device", device, "from", g.from().toString(), "to", g.to().toString()),
            Localized.of(
                "防火牆 " + device + " 的規則檢視自 " + g.from() + " 至 " + g.to() + " 相隔 " + g.days() + " 天（上限 " + limit + " 天）。",
                "Firewall " + device + " went " + Days.en(g.days()) + " without a rule review, from " + g.from() + " to " + g.to()
                    + " (limit " + limit + ")."),
            Map.of("gap_days", g.days(), "limit_days", limit),
            evidence);
      }
    }
    for (FirewallRule r : rules) {
      if (!(FirewallRule.isAny(r.src()) && FirewallRule.isAny(r.dst()) && r.anyService())) {
        out.pass(Subject.of("device", r.device(), "rule", r.rule()));
        continue;
      }
      Map<String, Object> observed = new LinkedHashMap<>();
      observed.put("source", r.src() == null ? "any" : r.src());
      observed.put("destination", r.dst() == null ? "any" : r.dst());
      observed.put("service", r.service() == null ? "any" : r.service());
      out.fail(
          Subject.of("device", r.device(), "rule", r.rule()),
          Localized.of(
              "防火牆 " + r.device() + " 的規則 " + r.rule() + " 允許任意來源至任意目的之任意服務。",
              "Firewall " + r.device() + " rule " + r.rule() + " accepts any source to any destination on any service."),
          observed,
          List.of(r.source()));
    }
  }
}
