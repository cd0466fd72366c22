package tw.coloaudit.controls.change;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tw.coloaudit.controls.AuditControl;
import tw.coloaudit.controls.AuditInput;
import tw.coloaudit.controls.Control;
import tw.coloaudit.controls.Evaluation;
import tw.coloaudit.controls.support.AccountSupport;
import tw.coloaudit.facts.account.People;
import tw.coloaudit.model.Localized;
import tw.coloaudit.model.PartyType;
import tw.coloaudit.model.Severity;
import tw.coloaudit.model.Subject;
import tw.coloaudit.model.account.Person;
import tw.coloaudit.model.change.OutsourcingContract;

/** OUT-CONTRACT: every outsourcing contract of a vendor with access to co-location systems has a security clause and an audit-right clause. */
@Control(
    id = "OUT-CONTRACT",
    family = "change",
    titleZh = "委外合約含資安及稽核權條款",
    titleEn = "Outsourcing contracts carry security and audit clauses",
    checksZh = "委外合約（合約迄日早於查核基準日者除外）須載明資安條款及稽核權條款；空白視為未載明。有 people 登記簿時，"
        + "僅查核其廠商或委外人員所屬公司（與合約廠商名稱相符或互相包含）的合約，亦即可存取共置系統的廠商。",
    checksEn = "Every outsourcing contract (except those that ended before the as-of date) carries a security clause "
        + "and an audit-right clause; a blank cell counts as absent. With a people register, only contracts of vendors "
        + "whose vendor or outsourced staff are listed there (company equal to or containing the contract's vendor name) "
        + "are in scope: the vendors with access to co-location systems.",
    severity = Severity.MEDIUM,
    refs = {"CC-19000"},
    requires = {"outsourcing-contracts"},
    uses = {"people"},
    subjects = {"vendor,contract_id"})
public final class OutsourcingContractsCarryRequiredClauses implements AuditControl {

  @Override
  public void evaluate(AuditInput in, Evaluation out) {
    People people = AccountSupport.people(in);
    List<String> vendorCompanies = new ArrayList<>();
    for (Person p : people.all()) {
      if (p.type() == PartyType.VENDOR && p.company() != null) vendorCompanies.add(fold(p.company()));
    }
    boolean scoped = !people.isEmpty();
    Set<Subject> seen = new HashSet<>();
    for (OutsourcingContract c : in.facts().records(OutsourcingContract.class)) {
      Subject subject = Subject.of("vendor", c.vendor(), "contract_id", c.contractId());
      if (!seen.add(subject)) continue;
      if (c.end() != null && c.end().isBefore(in.asOf())) {
        out.skip("contract_ended");
        continue;
      }
      if (scoped && vendorCompanies.stream().noneMatch(v -> sameCompany(v, fold(c.vendor())))) {
        out.skip("no_colo_access");
        continue;
      }
      List<String> missing = new ArrayList<>();
      if (!Boolean.TRUE.equals(c.securityClause())) missing.add("security_clause");
      if (!Boolean.TRUE.equals(c.auditClause())) missing.add("audit_clause");
      if (missing.isEmpty()) {
        out.pass(subject);
        continue;
      }
      Map<String, Object> observed = new LinkedHashMap<>();
      observed.put("missing", missing);
      observed.put("security_clause", state(c.securityClause()));
      observed.put("audit_clause", state(c.auditClause()));
      String zh = String.join("及", missing.stream().map(m -> m.equals("security_clause") ? "資安條款" : "稽核權條款").toList());
      String en = String.join(" and ", missing.stream().map(m -> m.equals("security_clause") ? "a security clause" : "an audit-right clause").toList());
      out.fail(
          subject,
          Localized.of(
              c.vendor() + " 的委外合約 " + c.contractId() + " 未載明" + zh + "。",
              "Outsourcing contract " + c.contractId() + " with " + c.vendor() + " does not show " + en + "."),
          observed,
          List.of(c.source()));
    }
  }

  private static String state(Boolean b) {
    return b == null ? "unknown" : b ? "yes" : "no";
  }

  /** Equal, or one name holds the other (a short name against the registered one), four characters at least. */
  private static boolean sameCompany(String a, String b) {
    if (a.isEmpty() || b.isEmpty()) return false;
    if (a.equals(b)) return true;
    return Math.min(a.length(), b.length()) >= 4 && (a.contains(b) || b.contains(a));
  }

  private static String fold(String s) {
    if (s == null) return "";
    return Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
  }
}
