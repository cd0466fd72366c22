package tw.coloaudit.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tw.coloaudit.facts.EvidencePresence;
import tw.coloaudit.facts.Facts;
import tw.coloaudit.facts.account.AccountFacts;
import tw.coloaudit.facts.account.PasswordPolicyFacts;
import tw.coloaudit.facts.account.SshdFacts;
import tw.coloaudit.facts.colo.RackInventory;
import tw.coloaudit.model.account.AccountRecord;
import tw.coloaudit.model.account.GroupEntry;
import tw.coloaudit.model.account.PasswdEntry;
import tw.coloaudit.model.account.Person;
import tw.coloaudit.model.account.PolicySetting;
import tw.coloaudit.model.account.ShadowEntry;
import tw.coloaudit.model.account.SshdDirective;
import tw.coloaudit.model.account.SudoersGrant;
import tw.coloaudit.model.colo.RackDevice;

/** Builds the reduced facts controls read from the records ingestion produced. */
final class FactsAssembler {

  private FactsAssembler() {}

  static Facts assemble(Map<Class<?>, List<?>> records, Map<Class<?>, Object> folded, EvidencePresence presence) {
    Map<Class<?>, Object> reduced = new HashMap<>(folded);
    reduced.put(
        AccountFacts.class,
        AccountFacts.build(
            list(records, PasswdEntry.class),
            list(records, ShadowEntry.class),
            list(records, GroupEntry.class),
            list(records, SudoersGrant.class),
            list(records, AccountRecord.class),
            list(records, PolicySetting.class),
            list(records, Person.class)));
    reduced.put(PasswordPolicyFacts.class, PasswordPolicyFacts.build(list(records, PolicySetting.class)));
    reduced.put(SshdFacts.class, SshdFacts.build(list(records, SshdDirective.class)));
    reduced.put(RackInventory.class, RackInventory.of(list(records, RackDevice.class)));
    reduced.put(tw.coloaudit.facts.vuln.VulnFacts.class, tw.coloaudit.facts.vuln.VulnFacts.build(list(records, tw.coloaudit.model.vuln.ScanHost.class), list(records, tw.coloaudit.model.vuln.ScanFinding.class), list(records, tw.coloaudit.model.vuln.RemediationRecord.class), inventoryHosts(list(records, RackDevice.class))));
    return new Facts(records, reduced, presence);
  }

  @SuppressWarnings("unchecked")
  private static <T> List<T> list(Map<Class<?>, List<?>> records, Class<T> type) {
    return (List<T>) records.getOrDefault(type, List.of());
  }

  /** The rack inventory as the vulnerability controls see it (scan scope and host names). */
  private static List<tw.coloaudit.facts.vuln.InventoryHost> inventoryHosts(List<RackDevice> devices) {
    return devices.stream()
        .map(d -> new tw.coloaudit.facts.vuln.InventoryHost(d.device(), d.hostname(), d.ip(), d.owner(), d.network(), d.source()))
        .toList();
  }
}
