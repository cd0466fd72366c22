package tw.coloaudit.evidence.pack;

import java.util.Set;
import java.util.TreeSet;

/** The evidence kinds a manifest's {@code files} entry may name (EVIDENCE.md §1). */
public final class EvidenceKinds {

  /** The register kinds: tables people keep in CSV or XLSX. */
  public static final Set<String> REGISTERS =
      Set.of(
          "rack-inventory",
          "rack-discovery",
          "software-inventory",
          "equipment-moves",
          "shared-cabinet-approvals",
          "colo-eligibility",
          "colo-eligibility-reviews",
          "client-orders",
          "order-signoffs",
          "clock-sync",
          "firewall-rules",
          "firewall-reviews",
          "firewall-log-backup",
          "remote-access",
          "accounts",
          "people",
          "password-policy",
          "weak-password-audit",
          "privileged-approvals",
          "access-requests",
          "dormant-reviews",
          "log-reviews",
          "vuln-remediation",
          "change-requests",
          "deployments",
          "outsourcing-contracts");

  /** Kinds read from files as systems write them, and the small YAML files. */
  public static final Set<String> OTHERS =
      Set.of(
          "colo-rules",
          "exchange-orders",
          "sshd-config",
          "login-log",
          "firewall-log",
          "vuln-scan");

  /** Every known kind, sorted. */
  public static final Set<String> ALL;

  static {
    TreeSet<String> all = new TreeSet<>(REGISTERS);
    all.addAll(OTHERS);
    ALL = java.util.Collections.unmodifiableSortedSet(all);
  }

  private EvidenceKinds() {}

  public static boolean isKnown(String kind) {
    return kind != null && ALL.contains(kind);
  }
}
