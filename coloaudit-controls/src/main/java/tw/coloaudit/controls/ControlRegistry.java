package tw.coloaudit.controls;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import tw.coloaudit.controls.account.AccountsHaveApprovedRequests;
import tw.coloaudit.controls.account.DefaultAccountsBarredFromLogin;
import tw.coloaudit.controls.account.DormantAccountsReviewed;
import tw.coloaudit.controls.account.EachAccountHeldByOnePerson;
import tw.coloaudit.controls.account.PasswordPolicyMeetsMinimums;
import tw.coloaudit.controls.account.PasswordsChangedWithinMaxAge;
import tw.coloaudit.controls.account.VendorAccountsRevokedAtContractEnd;
import tw.coloaudit.controls.account.VendorsHoldNoSuperuserRights;
import tw.coloaudit.controls.change.ChangesApprovedBeforeDeployment;
import tw.coloaudit.controls.change.OutsourcingContractsCarryRequiredClauses;
import tw.coloaudit.controls.colo.ColocatedDevicesBehindFirewall;
import tw.coloaudit.controls.colo.EquipmentMovesHaveApplications;
import tw.coloaudit.controls.colo.NoThirdPartyEquipmentInRacks;
import tw.coloaudit.controls.colo.NoThirdPartySoftwareOnColoHosts;
import tw.coloaudit.controls.colo.RackInventoryMatchesDiscovery;
import tw.coloaudit.controls.colo.RackInventoryTakenPeriodically;
import tw.coloaudit.controls.seal.EvidenceFilesSealed;

/** The explicit list of implemented controls, sorted by ID. A control is run only if listed here. */
public final class ControlRegistry {

  private ControlRegistry() {}

  private static final List<AuditControl> CONTROLS =
      List.<AuditControl>of(
              // accounts and passwords (seed patterns 5 and 6)
              new VendorsHoldNoSuperuserRights(),
              new AccountsHaveApprovedRequests(),
              new EachAccountHeldByOnePerson(),
              new DormantAccountsReviewed(),
              new VendorAccountsRevokedAtContractEnd(),
              new PasswordPolicyMeetsMinimums(),
              new PasswordsChangedWithinMaxAge(),
              new DefaultAccountsBarredFromLogin(),
              // co-location racks, equipment and firewalls (seed patterns 2 and 4), change and outsourcing
              new NoThirdPartyEquipmentInRacks(),
              new NoThirdPartySoftwareOnColoHosts(),
              new RackInventoryMatchesDiscovery(),
              new RackInventoryTakenPeriodically(),
              new EquipmentMovesHaveApplications(),
              new ColocatedDevicesBehindFirewall(),
              new ChangesApprovedBeforeDeployment(),
              new OutsourcingContractsCarryRequiredClauses(),
              // vulnerability management (seed pattern 8)
              new tw.coloaudit.controls.vuln.HostsScannedAtInterval(),
              new tw.coloaudit.controls.vuln.EveryHostInScopeScanned(),
              new tw.coloaudit.controls.vuln.VulnerabilitiesRemediatedInTime(),
              // network and firewalls (seed pattern 4)
              new tw.coloaudit.controls.firewall.FirewallLogsRetained(),
              new tw.coloaudit.controls.firewall.FirewallLogsBackedUp(),
              new tw.coloaudit.controls.firewall.FirewallRulesReviewed(),
              new tw.coloaudit.controls.firewall.ImportantHostsIsolatedFromInternet(),
              new tw.coloaudit.controls.firewall.RemoteSessionsRequestedAndReviewed(),
              // login logs (seed patterns 5 and 7)
              new tw.coloaudit.controls.log.SuperuserLoginsApproved(),
              new tw.coloaudit.controls.log.LoginRecordsCarryFields(),
              new tw.coloaudit.controls.log.LoginLogsRetained(),
              new tw.coloaudit.controls.log.AuditLogsReviewed(),
              // log integrity (seed pattern 7)
              new EvidenceFilesSealed(),
              // co-location fair treatment and orders (seed patterns 1 and 3)
              new tw.coloaudit.controls.orders.ColoRulesApprovedBeforeUse(), new tw.coloaudit.controls.orders.ColoOrdersFromEligibleAccounts(), new tw.coloaudit.controls.orders.EligibleInvestorsNotified(), new tw.coloaudit.controls.orders.EligibleListReviewed(), new tw.coloaudit.controls.orders.BrokerageNotSlowerThanDealer(), new tw.coloaudit.controls.orders.OrdersForwardedInReceiptOrder(), new tw.coloaudit.controls.orders.OrdersJoinReceipts(), new tw.coloaudit.controls.orders.ReceiptPrecedesSending(), new tw.coloaudit.controls.orders.OrderRecordsHoldRequiredFields(), new tw.coloaudit.controls.orders.OrderNumbersFollowReceiptOrder(), new tw.coloaudit.controls.orders.OrderRecordsSignedOff(), new tw.coloaudit.controls.orders.OrderHostClocksInSync(), new tw.coloaudit.controls.orders.OrderRecordsRetained())
          .stream()
          .sorted(Comparator.comparing(c -> c.metadata().id()))
          .toList();

  public static List<AuditControl> all() {
    return CONTROLS;
  }

  public static Optional<AuditControl> byId(String id) {
    return CONTROLS.stream().filter(c -> c.metadata().id().equals(id)).findFirst();
  }
}
