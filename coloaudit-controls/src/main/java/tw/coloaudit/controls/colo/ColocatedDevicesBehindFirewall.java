package tw.coloaudit.controls.colo;

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
import tw.coloaudit.facts.colo.RackInventory;
import tw.coloaudit.model.Localized;
import tw.coloaudit.model.Severity;
import tw.coloaudit.model.Subject;
import tw.coloaudit.model.SystemDef;
import tw.coloaudit.model.colo.RackDevice;

/** NET-FIREWALL: every device on the exchange's co-location or TCP/IP network names a firewall that is known. */
@Control(
    id = "NET-FIREWALL",
    family = "network",
    pattern = 4,
    titleZh = "共置設備前端設有防火牆",
    titleEn = "A firewall in front of co-located equipment",
    checksZh = "機櫃設備清冊中現有、連線 twse-colo 或 twse-tcpip 的每台設備，其防火牆欄位須指明一台已知的防火牆："
        + "與清冊任一列的主機名稱、設備名稱或序號相符（不分大小寫），或為清單中角色為 firewall 的系統代號或其主機；防火牆可指明自己。",
    checksEn = "Every device now in the racks on twse-colo or twse-tcpip names in its firewall column a known firewall: "
        + "the hostname, device name or serial of an inventory row (case-insensitive), or the id or a host of a manifest "
        + "system with role firewall; a firewall may name itself.",
    severity = Severity.HIGH,
    refs = {"CC-17010", "主機共置服務管理辦法 art. 4", "TWSE 2020-12-31 co-location audit findings, pattern 4"},
    requires = {"rack-inventory"},
    subjects = {"device"})
public final class ColocatedDevicesBehindFirewall implements AuditControl {

  @Override
  public void evaluate(AuditInput in, Evaluation out) {
    RackInventory inv = ColoSupport.inventory(in);
    Set<String> known = new HashSet<>();
    for (RackDevice d : inv.all()) {
      for (String name : new String[] {d.hostname(), d.device(), d.serial()}) if (name != null) known.add(fold(name));
    }
    List<SystemDef> firewalls = in.systems().stream().filter(s -> "firewall".equalsIgnoreCase(s.role())).toList();
    Set<Subject> seen = new HashSet<>();
    for (RackDevice d : inv.current()) {
      if (!d.onTradingNetwork()) {
        out.skip("not_on_trading_network");
        continue;
      }
      Subject subject = Subject.of("device", d.name());
      if (!seen.add(subject)) continue;
      String fw = d.firewall();
      boolean ok = fw != null && (known.contains(fold(fw)) || firewalls.stream().anyMatch(s -> s.matchesHost(fw)));
      if (ok) {
        out.pass(subject);
        continue;
      }
      Map<String, Object> observed = new LinkedHashMap<>();
      observed.put("network", d.network());
      observed.put("firewall", fw == null ? "" : fw);
      out.fail(
          subject,
          fw == null
              ? Localized.of(
                  "設備 " + d.name() + "（機櫃 " + d.rack() + "，" + d.network() + "）未指明前端防火牆。",
                  "Device " + d.name() + " (rack " + d.rack() + ", " + d.network() + ") names no firewall in front of it.")
              : Localized.of(
                  "設備 " + d.name() + "（機櫃 " + d.rack() + "，" + d.network() + "）所列防火牆 " + fw
                      + " 不是清冊中的設備，也不是清單中的防火牆系統。",
                  "Device " + d.name() + " (rack " + d.rack() + ", " + d.network() + ") names firewall " + fw
                      + ", which is neither an inventory device nor a firewall system of the manifest."),
          observed,
          List.of(d.source()));
    }
    out.observe("firewall_systems", firewalls.stream().map(SystemDef::id).toList());
  }

  private static String fold(String s) {
    return s.strip().toLowerCase(Locale.ROOT);
  }
}
