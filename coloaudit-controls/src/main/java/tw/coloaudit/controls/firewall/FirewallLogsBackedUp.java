package tw.coloaudit.controls.firewall;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import tw.coloaudit.controls.AuditControl;
import tw.coloaudit.controls.AuditInput;
import tw.coloaudit.controls.Control;
import tw.coloaudit.controls.Evaluation;
import tw.coloaudit.facts.firewall.FirewallLogFacts;
import tw.coloaudit.model.InputFile;
import tw.coloaudit.model.Localized;
import tw.coloaudit.model.Provenance;
import tw.coloaudit.model.Severity;
import tw.coloaudit.model.Subject;
import tw.coloaudit.model.firewall.FirewallLogBackup;

/** NET-FW-LOG-BACKUP: every firewall log file has a backup copy whose SHA-256 matches the file as stored. */
@Control(
    id = "NET-FW-LOG-BACKUP",
    family = "network",
    pattern = 4,
    titleZh = "防火牆紀錄備份完整",
    titleEn = "Firewall log backups complete and intact",
    checksZh = "每個防火牆紀錄檔皆有備份，且備份之 SHA-256（以檔案儲存之原樣計算，不論是否壓縮）與原檔相符；"
        + "以檔名在同一防火牆內比對。備份可為雜湊清單，或一個備份副本資料夾。",
    checksEn = "Every firewall log file has a backup copy whose SHA-256 (over the file as stored, compressed or not) "
        + "matches; files are matched by name within the same device. Backups may be a manifest of SHA-256 sums or a "
        + "folder of copies.",
    severity = Severity.MEDIUM,
    refs = {"CC-17010", "TWSE 2020-12-31 co-location audit findings, pattern 4"},
    requires = {"firewall-log", "firewall-log-backup"},
    subjects = {"device,file"})
public final class FirewallLogsBackedUp implements AuditControl {

  /** One backup, from a manifest row or a copy: the device it is for (null: any), name, hash, where it is written. */
  private record Backup(String device, String name, String sha256, Provenance source) {}

  @Override
  public void evaluate(AuditInput in, Evaluation out) {
    Map<String, InputFile> files = FirewallSupport.files(in);
    FirewallLogFacts logs = FirewallSupport.logs(in);
    List<Backup> backups = new ArrayList<>();
    for (FirewallLogBackup b : in.facts().records(FirewallLogBackup.class)) {
      String device = FirewallSupport.device(null, b.source(), files);
      backups.add(new Backup(FirewallSupport.canonicalDevice(in, device), b.name(), b.sha256(), b.source()));
    }
    for (InputFile f : files.values()) {
      if (f.kind().equals("firewall-log-backup") && f.format().equals("backup-copy")) {
        backups.add(new Backup(FirewallSupport.canonicalDevice(in, f.scope()), f.name(), f.sha256(), Provenance.file(f.path())));
      }
    }
    boolean backupEvidence = in.facts().presence().has("firewall-log-backup");
    TreeSet<String> withLogs = new TreeSet<>();
    for (InputFile f : files.values()) {
      if (!f.kind().equals("firewall-log")) continue;
      String device = f.scope() != null ? f.scope() : logs.deviceOfFile().getOrDefault(f.path(), "");
      device = FirewallSupport.canonicalDevice(in, device);
      withLogs.add(device);
      Subject subject = Subject.of("device", device, "file", f.path());
      if (!backupEvidence) {
        out.skip("no_backup_evidence");
        continue;
      }
      final String dev = device;
      List<Backup> named = backups.stream()
          .filter(b -> b.name().equals(f.name()) && (b.device() == null || b.device().equalsIgnoreCase(dev)))
          .toList();
      if (named.stream().anyMatch(b -> b.sha256().equalsIgnoreCase(f.sha256()))) {
        out.pass(subject);
        continue;
      }
      Map<String, Object> observed = new LinkedHashMap<>();
      observed.put("sha256", f.sha256());
      List<Provenance> evidence = new ArrayList<>();
      evidence.add(Provenance.file(f.path()));
      if (named.isEmpty()) {
        observed.put("backup", "missing");
        out.fail(subject,
            Localized.of("防火牆 " + device + " 的紀錄檔 " + f.path() + " 沒有備份。",
                "Firewall " + device + " log file " + f.path() + " has no backup copy."),
            observed, evidence);
      } else {
        observed.put("backup", "sha256_mismatch");
        observed.put("backup_sha256", named.stream().map(Backup::sha256).distinct().toList());
        named.forEach(b -> evidence.add(b.source()));
        out.fail(subject,
            Localized.of("防火牆 " + device + " 的紀錄檔 " + f.path() + " 與其備份的 SHA-256 不符。",
                "Firewall " + device + " log file " + f.path() + " does not match the SHA-256 of its backup."),
            observed, evidence);
      }
    }
    for (String fw : FirewallSupport.declaredFirewalls(in)) {
      if (!withLogs.contains(fw)) out.noEvidence(Subject.of("system", fw), "firewall-log");
    }
  }
}
