package tw.coloaudit.controls.firewall;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import tw.coloaudit.controls.Evaluation;
import tw.coloaudit.model.InputFile;
import tw.coloaudit.model.firewall.FirewallLogBackup;

class FirewallLogsBackedUpTest {

  private static final FirewallLogsBackedUp CONTROL = new FirewallLogsBackedUp();
  private static final String A = "a".repeat(64);
  private static final String B = "b".repeat(64);
  private static final String C = "c".repeat(64);

  private static FwInput logs() {
    return new FwInput().kind("firewall-log", "firewall-log-backup").add(
        new InputFile("fw/colo-fw-1/kern.log-20260101.gz", "firewall-log", "iptables-log", null, "colo-fw-1", A),
        new InputFile("fw/colo-fw-1/kern.log-20260102.gz", "firewall-log", "iptables-log", null, "colo-fw-1", B),
        new InputFile("fw/colo-fw-1/kern.log-20260103.gz", "firewall-log", "iptables-log", null, "colo-fw-1", C),
        new InputFile("backup/sums.csv", "firewall-log-backup", "csv", null, "colo-fw-1", "d".repeat(64)));
  }

  @Test
  void passesWhenEveryFileHasABackupWithItsHash() {
    Evaluation e = logs().add(
        new FirewallLogBackup("kern.log-20260101.gz", A, null, FwInput.src("backup/sums.csv", 2)),
        new FirewallLogBackup("/nas/fw/kern.log-20260102.gz", B, null, FwInput.src("backup/sums.csv", 3)),
        new InputFile("backup/copies/kern.log-20260103.gz", "firewall-log-backup", "backup-copy", null, "colo-fw-1", C))
        .run(CONTROL);
    assertThat(FwInput.failing(e)).isEmpty();
    assertThat(e.passed()).isEqualTo(3);
  }

  @Test
  void listsAMissingBackupAndAHashMismatch() {
    Evaluation e = logs().add(
        new FirewallLogBackup("kern.log-20260101.gz", A, null, FwInput.src("backup/sums.csv", 2)),
        new FirewallLogBackup("kern.log-20260102.gz", C, null, FwInput.src("backup/sums.csv", 3)))
        .run(CONTROL);
    assertThat(FwInput.failing(e)).containsExactlyInAnyOrder(
        Map.of("device", "colo-fw-1", "file", "fw/colo-fw-1/kern.log-20260102.gz"),
        Map.of("device", "colo-fw-1", "file", "fw/colo-fw-1/kern.log-20260103.gz"));
  }

  @Test
  void aBackupOfAnotherDeviceDoesNotCount() {
    Evaluation e = logs().add(
        new InputFile("backup/other/kern.log-20260101.gz", "firewall-log-backup", "backup-copy", null, "colo-fw-2", A),
        new FirewallLogBackup("kern.log-20260102.gz", B, null, FwInput.src("backup/sums.csv", 3)),
        new FirewallLogBackup("kern.log-20260103.gz", C, null, FwInput.src("backup/sums.csv", 4)))
        .run(CONTROL);
    assertThat(FwInput.failing(e)).containsExactly(Map.of("device", "colo-fw-1", "file", "fw/colo-fw-1/kern.log-20260101.gz"));
  }

  @Test
  void withoutBackupEvidenceNothingFailsAndADeclaredFirewallWithoutLogsHasNoEvidence() {
    Evaluation e = new FwInput().kind("firewall-log").add(
        new InputFile("fw/x/kern.log", "firewall-log", "iptables-log", null, "colo-fw-9", A)).run(CONTROL);
    assertThat(FwInput.failing(e)).isEmpty();
    assertThat(e.skipped()).containsEntry("no_backup_evidence", 1);
    assertThat(FwInput.missing(e)).containsExactly(Map.of("system", "colo-fw-1"));
  }
}
