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
import tw.coloaudit.model.colo.DiscoveredDevice;
import tw.coloaudit.model.colo.RackDevice;

/** COLO-RACK-RECONCILE: the declared rack inventory matches what discovery scans saw. */
@Control(
    id = "COLO-RACK-RECONCILE",
    family = "colo",
    pattern = 2,
    titleZh = "機櫃設備清冊與實際偵測相符",
    titleEn = "Rack inventory matches what discovery observed",
    checksZh = "比對機櫃設備清冊（各機櫃最近一次盤點）與網路偵測結果：偵測到但未列於清冊的 IP（以序號或 IP 比對）列為缺失；"
        + "清冊中有 IP 卻從未被任何偵測看到的設備（以序號列出）亦列為缺失。無 IP 的設備（如配電、跳線面板）略過。",
    checksEn = "Compares the rack inventory (each rack's latest inventory) with the discovery scans: an IP seen but not "
        + "declared (matched by serial or IP) is a finding, and so is a declared device with an IP that no scan saw "
        + "(named by serial). Devices without an IP (power strips, patch panels) are skipped.",
    severity = Severity.MEDIUM,
    refs = {"主機共置服務管理辦法 art. 4", "主機共置服務管理辦法 art. 21", "CC-23000"},
    requires = {"rack-inventory", "rack-discovery"},
    subjects = {"serial", "ip"})
public final class RackInventoryMatchesDiscovery implements AuditControl {

  @Override
  public void evaluate(AuditInput in, Evaluation out) {
    RackInventory inv = ColoSupport.inventory(in);
    List<DiscoveredDevice> discovered = in.facts().records(DiscoveredDevice.class);
    // One side alone proves nothing against the other: the missing kind leaves the control to insufficient evidence.
    boolean haveInventory = !inv.isEmpty() || in.facts().presence().has("rack-inventory");
    boolean haveDiscovery = !discovered.isEmpty() || in.facts().presence().has("rack-discovery");
    if (!haveInventory || !haveDiscovery) return;
    Set<String> declaredIps = new HashSet<>();
    Set<String> declaredSerials = new HashSet<>();
    for (RackDevice d : inv.current()) {
      if (d.ip() != null) declaredIps.add(key(d.ip()));
      declaredSerials.add(key(d.serial()));
    }
    Set<String> seenIps = new HashSet<>();
    Set<String> seenSerials = new HashSet<>();
    Set<String> reported = new HashSet<>();
    for (DiscoveredDevice s : discovered) {
      seenIps.add(key(s.ip()));
      if (s.serial() != null) seenSerials.add(key(s.serial()));
      Subject subject = Subject.of("ip", s.ip().strip());
      if (!reported.add(key(s.ip()))) continue;
      boolean declared = declaredIps.contains(key(s.ip())) || (s.serial() != null && declaredSerials.contains(key(s.serial())));
      if (declared) {
        out.pass(subject);
        continue;
      }
      Map<String, Object> observed = new LinkedHashMap<>();
      if (s.hostname() != null) observed.put("hostname", s.hostname());
      if (s.mac() != null) observed.put("mac", s.mac());
      if (s.serial() != null) observed.put("serial", s.serial());
      if (s.seenAt() != null) observed.put("seen_at", s.seenAt().atZone(in.zone()).toOffsetDateTime().toString());
      String name = s.hostname() == null ? "" : "（" + s.hostname() + "）";
      String nameEn = s.hostname() == null ? "" : " (" + s.hostname() + ")";
      out.fail(
          subject,
          Localized.of(
              "偵測到 IP " + s.ip() + name + "，但機櫃設備清冊未列此設備。",
              "Discovery saw IP " + s.ip() + nameEn + ", which the rack inventory does not declare."),
          observed,
          List.of(s.source()));
    }
    Set<String> declaredReported = new HashSet<>();
    for (RackDevice d : inv.current()) {
      if (!declaredReported.add(key(d.serial()))) continue;
      if (d.ip() == null) {
        out.skip("no_ip");
        continue;
      }
      Subject subject = Subject.of("serial", d.serial());
      if (seenIps.contains(key(d.ip())) || seenSerials.contains(key(d.serial()))) {
        out.pass(subject);
        continue;
      }
      Map<String, Object> observed = new LinkedHashMap<>();
      observed.put("ip", d.ip());
      observed.put("device", d.device());
      observed.put("rack", d.rack());
      out.fail(
          subject,
          Localized.of(
              "機櫃 " + d.rack() + " 的設備 " + d.device() + "（序號 " + d.serial() + "，IP " + d.ip() + "）從未出現在偵測結果中。",
              "Device " + d.device() + " (serial " + d.serial() + ", IP " + d.ip() + ") in rack " + d.rack()
                  + " was never seen by discovery."),
          observed,
          List.of(d.source()));
    }
    out.observe("discovered", reported.size());
  }

  private static String key(String s) {
    return s == null ? "" : s.strip().toLowerCase(Locale.ROOT);
  }
}
