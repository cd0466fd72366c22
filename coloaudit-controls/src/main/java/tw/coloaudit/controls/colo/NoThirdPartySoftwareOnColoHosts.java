package tw.coloaudit.controls.colo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tw.coloaudit.controls.AuditControl;
import tw.coloaudit.controls.AuditInput;
import tw.coloaudit.controls.Control;
import tw.coloaudit.controls.Evaluation;
import tw.coloaudit.facts.colo.RackInventory;
import tw.coloaudit.model.Localized;
import tw.coloaudit.model.Severity;
import tw.coloaudit.model.Subject;
import tw.coloaudit.model.SystemDef;
import tw.coloaudit.model.colo.InstalledSoftware;
import tw.coloaudit.model.colo.RackDevice;

/** COLO-RACK-SOFTWARE: no software on the firm's co-located hosts is supplied by or belongs to a customer or other third party. */
@Control(
    id = "COLO-RACK-SOFTWARE",
    family = "colo",
    pattern = 2,
    titleZh = "共置主機未安裝客戶或第三人軟體",
    titleEn = "No customer or third-party software on co-located hosts",
    checksZh = "軟體清冊中安裝於本公司共置主機（機櫃設備清冊中本公司所有、連線 twse-colo 或 twse-tcpip 的設備）的軟體，"
        + "提供者不得為客戶、第三人或關係企業；廠商提供的軟體不在此限。無機櫃設備清冊時，軟體清冊所列主機皆視為共置主機。",
    checksEn = "Software installed on the firm's co-located hosts (broker-owned inventory devices on twse-colo or "
        + "twse-tcpip) is not supplied by a customer, third party or affiliate; vendor-supplied software is fine. Without "
        + "a rack inventory, every host of the software inventory is taken as co-located.",
    severity = Severity.HIGH,
    refs = {"主機共置服務管理辦法 art. 14 item 7", "TWSE 2020-12-31 co-location audit findings, pattern 2"},
    requires = {"software-inventory"},
    uses = {"rack-inventory"},
    subjects = {"host,software"})
public final class NoThirdPartySoftwareOnColoHosts implements AuditControl {

  @Override
  public void evaluate(AuditInput in, Evaluation out) {
    RackInventory inv = ColoSupport.inventory(in);
    boolean inventoryPresent = !inv.isEmpty() || in.facts().presence().has("rack-inventory");
    Map<Subject, List<InstalledSoftware>> bySubject = new LinkedHashMap<>();
    for (InstalledSoftware s : in.facts().records(InstalledSoftware.class)) {
      if (inventoryPresent) {
        Optional<RackDevice> d = device(inv, s.host(), in.systems());
        String skip = d.isEmpty() ? "host_not_in_rack_inventory"
            : !d.get().brokerOwned() ? "host_not_broker_owned"
            : !d.get().onTradingNetwork() ? "host_not_on_trading_network"
            : null;
        if (skip != null) {
          out.skip(skip);
          continue;
        }
      }
      Subject subject = Subject.of("host", inv.hostName(s.host(), in.systems()), "software", s.software());
      bySubject.computeIfAbsent(subject, k -> new ArrayList<>()).add(s);
    }
    if (!inventoryPresent) out.observe("scope", "every host of the software inventory (no rack inventory)");
    bySubject.forEach((subject, rows) -> {
      Optional<InstalledSoftware> foreign = rows.stream().filter(r -> ColoSupport.foreignSoftware(r.supplier())).findFirst();
      if (foreign.isEmpty()) {
        out.pass(subject);
        return;
      }
      InstalledSoftware s = foreign.get();
      String by = s.supplierName() == null ? "" : " " + s.supplierName();
      Map<String, Object> observed = new LinkedHashMap<>();
      observed.put("supplier", s.supplier().json());
      if (s.supplierName() != null) observed.put("supplier_name", s.supplierName());
      if (s.version() != null) observed.put("version", s.version());
      if (s.purpose() != null) observed.put("purpose", s.purpose());
      out.fail(
          subject,
          Localized.of(
              "共置主機 " + subject.get("host") + " 安裝的軟體 " + s.software() + " 由" + ColoSupport.zh(s.supplier()) + by + "提供。",
              "Software " + s.software() + " on co-located host " + subject.get("host") + " is supplied by "
                  + ColoSupport.en(s.supplier()) + by + "."),
          observed,
          rows.stream().map(InstalledSoftware::source).toList());
    });
  }

  /** The inventory device a host text names, directly or through the manifest system it names. */
  private static Optional<RackDevice> device(RackInventory inv, String host, List<SystemDef> systems) {
    Optional<RackDevice> d = inv.find(host);
    if (d.isPresent()) return d;
    for (SystemDef s : systems) {
      if (!s.matchesHost(host)) continue;
      for (String h : s.hosts()) {
        d = inv.find(h);
        if (d.isPresent()) return d;
      }
      d = inv.find(s.id());
      if (d.isPresent()) return d;
    }
    return Optional.empty();
  }
}
