package tw.coloaudit.controls.colo;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tw.coloaudit.controls.AuditControl;
import tw.coloaudit.controls.AuditInput;
import tw.coloaudit.controls.Control;
import tw.coloaudit.controls.Evaluation;
import tw.coloaudit.facts.colo.RackInventory;
import tw.coloaudit.model.Localized;
import tw.coloaudit.model.Provenance;
import tw.coloaudit.model.Severity;
import tw.coloaudit.model.Subject;
import tw.coloaudit.model.colo.RackDevice;
import tw.coloaudit.model.colo.SharedCabinetApproval;

/** COLO-RACK-THIRDPARTY: no device in the firm's racks belongs to a customer, vendor or other third party without a shared-cabinet approval. */
@Control(
    id = "COLO-RACK-THIRDPARTY",
    family = "colo",
    pattern = 2,
    titleZh = "機櫃未存放客戶或第三人設備",
    titleEn = "No customer or third-party equipment in the racks",
    checksZh = "機櫃設備清冊中現有的設備（各機櫃最近一次盤點），所有權人為客戶、廠商、第三人或關係企業者，須有涵蓋該機櫃及該所有權人"
        + "（所有權人名稱與共用者相符）、核准日不晚於查核基準日的共用機櫃核准（第 15 條），否則列為缺失。",
    checksEn = "Every device now in the racks (each rack's latest inventory) owned by a customer, vendor, third party or "
        + "affiliate needs a shared-cabinet approval (art. 15) for that rack and that owner (the owner name equals the "
        + "co-user), approved on or before the as-of date; otherwise it is a finding.",
    severity = Severity.HIGH,
    refs = {"主機共置服務管理辦法 art. 14 item 7", "主機共置服務管理辦法 art. 15", "TWSE 2020-12-31 co-location audit findings, pattern 2"},
    requires = {"rack-inventory"},
    uses = {"shared-cabinet-approvals"},
    subjects = {"rack,serial"})
public final class NoThirdPartyEquipmentInRacks implements AuditControl {

  @Override
  public void evaluate(AuditInput in, Evaluation out) {
    RackInventory inv = ColoSupport.inventory(in);
    List<SharedCabinetApproval> approvals = in.facts().records(SharedCabinetApproval.class);
    Set<Subject> seen = new HashSet<>();
    int covered = 0;
    for (RackDevice d : inv.current()) {
      Subject subject = Subject.of("rack", d.rack(), "serial", d.serial());
      if (!seen.add(subject)) continue;
      if (!ColoSupport.thirdParty(d.owner())) {
        out.pass(subject);
        continue;
      }
      Optional<SharedCabinetApproval> approval = approvals.stream().filter(a -> covers(a, d, in)).findFirst();
      if (approval.isPresent()) {
        covered++;
        out.pass(subject);
        continue;
      }
      String owner = d.ownerName() == null ? "" : " " + d.ownerName();
      Map<String, Object> observed = new LinkedHashMap<>();
      observed.put("device", d.device());
      observed.put("owner", d.owner().json());
      if (d.ownerName() != null) observed.put("owner_name", d.ownerName());
      out.fail(
          subject,
          Localized.of(
              "機櫃 " + d.rack() + " 的設備 " + d.device() + "（序號 " + d.serial() + "）屬於" + ColoSupport.zh(d.owner()) + owner
                  + "，且無涵蓋該機櫃與所有權人的共用機櫃核准。",
              "Device " + d.device() + " (serial " + d.serial() + ") in rack " + d.rack() + " belongs to "
                  + ColoSupport.en(d.owner()) + owner + ", and no shared-cabinet approval covers that rack and owner."),
          observed,
          List.<Provenance>of(d.source()));
    }
    out.observe("shared_cabinet_covered", covered);
  }

  private static boolean covers(SharedCabinetApproval a, RackDevice d, AuditInput in) {
    return a.approvedOn() != null
        && !a.approvedOn().isAfter(in.asOf())
        && ColoSupport.sameName(a.rack(), d.rack())
        && ColoSupport.sameName(a.coUser(), d.ownerName());
  }
}
