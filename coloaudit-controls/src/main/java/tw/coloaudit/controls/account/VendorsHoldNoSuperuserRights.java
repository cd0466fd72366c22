package tw.coloaudit.controls.account;

import static tw.coloaudit.controls.support.AccountScope.Exclusion.CANNOT_LOG_IN;
import static tw.coloaudit.controls.support.AccountScope.Exclusion.DISABLED;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import tw.coloaudit.controls.AuditControl;
import tw.coloaudit.controls.AuditInput;
import tw.coloaudit.controls.Control;
import tw.coloaudit.controls.Evaluation;
import tw.coloaudit.controls.support.AccountScope;
import tw.coloaudit.controls.support.AccountSupport;
import tw.coloaudit.facts.account.Account;
import tw.coloaudit.facts.account.AccountFacts;
import tw.coloaudit.facts.account.Privilege;
import tw.coloaudit.model.Localized;
import tw.coloaudit.model.PartyType;
import tw.coloaudit.model.Provenance;
import tw.coloaudit.model.account.Person;
import tw.coloaudit.model.Severity;
import tw.coloaudit.model.Subject;

/** ACC-PRIV-VENDOR: no vendor or outsourced person holds a superuser or full-administrator account. */
@Control(
    id = "ACC-PRIV-VENDOR",
    family = "accounts",
    pattern = 5,
    titleZh = "最高權限帳號不交付廠商",
    titleEn = "Vendors hold no superuser rights",
    checksZh = "最高權限帳號（uid 0、sudo ALL（直接或經群組）、Administrators、Domain Admins、Enterprise Admins、sysadmin、"
        + "帳號清冊標示最高權限、Windows 內建 Administrator）的使用人不得為廠商或委外人員。停用及完全無法登入的帳號不列入；"
        + "使用人類別不明的最高權限帳號列為略過並計數。",
    checksEn = "No holder of a highest-privilege account (uid 0, sudo ALL directly or through a group, Administrators, "
        + "Domain Admins, Enterprise Admins, sysadmin, marked privileged in the register, the built-in Windows "
        + "Administrator) is a vendor or outsourced person. Disabled accounts and accounts that cannot log in are left "
        + "out; privileged accounts whose holder type is unknown are counted as skipped.",
    severity = Severity.HIGH,
    refs = {"CC-18000", "TWSE 2020-12-31 co-location audit findings, pattern 5"},
    requires = {"accounts", "people"},
    subjects = {"system,account"})
public final class VendorsHoldNoSuperuserRights implements AuditControl {

  private static final AccountScope SCOPE = AccountScope.skipping(DISABLED, CANNOT_LOG_IN);

  @Override
  public void evaluate(AuditInput in, Evaluation out) {
    AccountFacts facts = AccountSupport.accounts(in);
    int privileged = 0;
    for (Account a : facts.all()) {
      Optional<String> skip = SCOPE.skipReason(a, in.asOf(), facts.uidMin(a.system()));
      if (skip.isPresent()) {
        out.skip(skip.get());
        continue;
      }
      Subject subject = AccountSupport.subject(a);
      if (!a.isPrivileged()) {
        out.pass(subject);
        continue;
      }
      privileged++;
      if (!a.isVendor()) {
        // Without a holder type nothing shows the holder is not a vendor: never a pass.
        if (a.holderType() == null) out.skip("holder_unknown");
        else out.pass(subject);
        continue;
      }
      List<Person> vendorRows = a.holders().stream().filter(p -> p.type() == PartyType.VENDOR).toList();
      String vendorsZh = vendorRows.stream().map(p -> p.person() + company(p, "（", "）")).collect(Collectors.joining("、"));
      String vendorsEn = vendorRows.stream().map(p -> p.person() + company(p, " (", ")")).collect(Collectors.joining(", "));
      if (vendorRows.isEmpty()) {
        vendorsZh = String.join("、", a.holderIds());
        vendorsEn = String.join(", ", a.holderIds());
      }
      String why = a.privileges().stream().map(p -> p.text().zh()).collect(Collectors.joining("、"));
      String whyEn = a.privileges().stream().map(p -> p.text().en()).collect(Collectors.joining(", "));
      Map<String, Object> observed = new LinkedHashMap<>();
      observed.put("privilege", a.privileges().stream().map(Privilege::reason).distinct().toList());
      observed.put("holders", a.holderIds());
      out.fail(
          subject,
          Localized.of(
              a.system() + " 上的帳號 " + a.name() + " 具最高權限（" + why + "），其使用人 " + vendorsZh + " 為廠商或委外人員。",
              "Account " + a.name() + " on " + a.system() + " has full administrative rights (" + whyEn
                  + ") and is held by vendor or outsourced staff " + vendorsEn + "."),
          observed,
          evidence(a));
    }
    out.observe("privileged_accounts", privileged);
  }

  private static String company(Person p, String open, String close) {
    return p.company() == null || p.company().isBlank() ? "" : open + p.company().strip() + close;
  }

  private static List<Provenance> evidence(Account a) {
    List<Provenance> lines = a.evidence();
    for (Person p : a.holders()) if (p.source() != null && !lines.contains(p.source())) lines.add(p.source());
    return lines;
  }
}
