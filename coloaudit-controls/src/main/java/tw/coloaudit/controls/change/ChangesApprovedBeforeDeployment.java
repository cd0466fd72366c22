package tw.coloaudit.controls.change;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tw.coloaudit.controls.AuditControl;
import tw.coloaudit.controls.AuditInput;
import tw.coloaudit.controls.Control;
import tw.coloaudit.controls.Evaluation;
import tw.coloaudit.controls.support.AccountSupport;
import tw.coloaudit.controls.support.Days;
import tw.coloaudit.facts.account.People;
import tw.coloaudit.model.Localized;
import tw.coloaudit.model.Provenance;
import tw.coloaudit.model.Severity;
import tw.coloaudit.model.Subject;
import tw.coloaudit.model.SystemDef;
import tw.coloaudit.model.change.ChangeRequest;
import tw.coloaudit.model.change.Deployment;

/** CHG-APPROVAL: every production deployment on an important system was approved (and tested) first, by someone else, and made by the system owner. */
@Control(
    id = "CHG-APPROVAL",
    family = "change",
    titleZh = "上線變更經核准及測試",
    titleEn = "Production changes approved and tested first",
    checksZh = "重要系統的每次上線部署皆引用一張變更單，該變更單於部署日或之前核准（有測試日期者亦於部署日或之前測試），"
        + "核准人不是申請人；清單指明系統負責人者，部署須由負責人執行。人員以 people 的代號或姓名（去除職稱）比對。",
    checksEn = "Every deployment on an important system cites a change request approved on or before the deployment day "
        + "(and, where a test date is recorded, tested by then), whose approver is not its requester; where the manifest "
        + "names the system owner, the owner made the deployment. People are matched through the people register by id "
        + "or by name without a leading title.",
    severity = Severity.HIGH,
    refs = {"CC-19000"},
    requires = {"deployments", "change-requests"},
    uses = {"people"},
    subjects = {"system,change_id", "system,deployed_at"})
public final class ChangesApprovedBeforeDeployment implements AuditControl {

  /** The problems of one finding, gathered over the deployments that share its subject. */
  private static final class Finding {
    final List<String> zh = new ArrayList<>();
    final List<String> en = new ArrayList<>();
    final List<String> problems = new ArrayList<>();
    final List<Provenance> evidence = new ArrayList<>();

    void add(String problem, String zhText, String enText) {
      if (problems.contains(problem)) return;
      problems.add(problem);
      zh.add(zhText);
      en.add(enText);
    }
  }

  @Override
  public void evaluate(AuditInput in, Evaluation out) {
    People people = AccountSupport.people(in);
    Map<String, List<ChangeRequest>> requests = new LinkedHashMap<>();
    for (ChangeRequest c : in.facts().records(ChangeRequest.class)) {
      requests.computeIfAbsent(key(c.changeId()), k -> new ArrayList<>()).add(c);
    }
    boolean requestsPresent = !requests.isEmpty() || in.facts().presence().has("change-requests");
    Map<Subject, Finding> findings = new LinkedHashMap<>();
    List<Subject> passed = new ArrayList<>();
    for (Deployment d : in.facts().records(Deployment.class)) {
      Optional<SystemDef> system = system(in, d.system());
      if (system.isEmpty() || !system.get().important()) {
        out.skip(system.isEmpty() ? "system_not_in_manifest" : "not_important");
        continue;
      }
      String sys = system.get().id();
      LocalDate day = Days.localDate(d.time(), in.zone());
      if (d.changeId() == null) {
        String at = d.time().atZone(in.zone()).toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        Finding f = findings.computeIfAbsent(Subject.of("system", sys, "deployed_at", at), k -> new Finding());
        f.add("no_change_id", "部署未引用變更單", "the deployment cites no change request");
        f.evidence.add(d.source());
        continue;
      }
      Subject subject = Subject.of("system", sys, "change_id", d.changeId().strip());
      Finding f = new Finding();
      Optional<ChangeRequest> cr = request(requests.getOrDefault(key(d.changeId()), List.of()), sys);
      if (cr.isEmpty()) {
        // Without the register at all, the engine reports the missing kind; the owner is still checked.
        if (requestsPresent) f.add("no_change_request", "變更單登記簿中沒有此變更單", "no such change request is on record");
      } else {
        ChangeRequest c = cr.get();
        f.evidence.add(c.source());
        if (c.approvedOn() == null) {
          f.add("not_approved", "變更單未核准", "the change request was never approved");
        } else if (c.approvedOn().isAfter(day)) {
          f.add("approved_after_deployment", "變更單於 " + c.approvedOn() + " 核准，晚於 " + day + " 的部署",
              "it was approved on " + c.approvedOn() + ", after the deployment of " + day);
        }
        if (c.testedOn() != null && c.testedOn().isAfter(day)) {
          f.add("tested_after_deployment", "於 " + c.testedOn() + " 測試，晚於部署", "it was tested on " + c.testedOn() + ", after the deployment");
        }
        if (c.approver() != null && people.samePerson(c.approver(), c.requester())) {
          f.add("self_approved", "核准人 " + c.approver() + " 即申請人", "its approver " + c.approver() + " is also its requester");
        }
      }
      String owner = system.get().owner();
      if (owner != null && !owner.isBlank() && !people.samePerson(d.who(), owner)) {
        f.add("not_by_owner", "部署由 " + d.who() + " 執行，而非系統負責人 " + owner,
            "it was deployed by " + d.who() + ", not by the system owner " + owner);
      }
      if (f.problems.isEmpty()) {
        if (cr.isEmpty()) out.skip("no_change_requests");
        else passed.add(subject);
        continue;
      }
      Finding merged = findings.computeIfAbsent(subject, k -> new Finding());
      merged.evidence.add(d.source());
      merged.evidence.addAll(f.evidence);
      for (int i = 0; i < f.problems.size(); i++) merged.add(f.problems.get(i), f.zh.get(i), f.en.get(i));
    }
    passed.stream().distinct().filter(s -> !findings.containsKey(s)).forEach(out::pass);
    findings.forEach((subject, f) -> {
      String what = subject.get("change_id") != null ? "變更單 " + subject.get("change_id") : "於 " + subject.get("deployed_at");
      String whatEn = subject.get("change_id") != null ? "change " + subject.get("change_id") : "at " + subject.get("deployed_at");
      out.fail(
          subject,
          Localized.of(
              subject.get("system") + " 的部署（" + what + "）：" + String.join("；", f.zh) + "。",
              "Deployment on " + subject.get("system") + " (" + whatEn + "): " + String.join("; ", f.en) + "."),
          Map.of("problems", List.copyOf(f.problems)),
          f.evidence.stream().distinct().toList());
    });
  }

  private static Optional<SystemDef> system(AuditInput in, String name) {
    Optional<SystemDef> byId = in.system(name);
    if (byId.isPresent()) return byId;
    return in.systems().stream().filter(s -> s.matchesHost(name)).findFirst();
  }

  /** The change request of that id for the system, else of that id for any system. */
  private static Optional<ChangeRequest> request(List<ChangeRequest> sameId, String system) {
    return sameId.stream()
        .filter(c -> system.equalsIgnoreCase(c.system() == null ? "" : c.system().strip()))
        .findFirst()
        .or(() -> sameId.stream().findFirst());
  }

  private static String key(String changeId) {
    return changeId == null ? "" : changeId.strip().toUpperCase(Locale.ROOT);
  }
}
