package tw.coloaudit.evidence.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import tw.coloaudit.model.FileEntry;
import tw.coloaudit.model.Manifest;
import tw.coloaudit.model.SystemDef;
import tw.coloaudit.model.Waiver;

class ManifestReaderTest {

  private static ManifestReader.Result read(String yaml) throws IOException {
    return ManifestReader.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "evidence.yaml");
  }

  /** The example of EVIDENCE.md §1. */
  private static final String EXAMPLE = """
      broker: { id: "9A00", name: "範例證券" }
      as_of: 2026-11-20                 # the audit reference date
      timezone: Asia/Taipei
      policy:
        password_max_age_days: 60
      systems:
        - id: colo-gw-1
          name: 主機共置下單閘道
          role: order-gateway
          important: true
          hosts: [10.20.1.11, colo-gw-1]
          owner: E001
          since: 2023-08-01
      holidays: [2026-10-09, 2026-10-10]
      files:
        - { path: inventory/rack.xlsx, kind: rack-inventory }
        - { path: fw/colo-fw-1/*.log.gz, kind: firewall-log, device: colo-fw-1 }
        - { path: accounts/colo-gw-1/*, kind: accounts, system: colo-gw-1 }
      waivers:
        - control: PWD-AGE
          subject: { system: colo-gw-1, account: svc_fix }
          reason: 服務帳號由金鑰登入，密碼停用
          approved_by: 資訊主管 王大明
          approved_on: 2026-10-01
          expires_on: 2027-03-31
      """;

  @Test
  void readsTheExampleManifest() throws IOException {
    ManifestReader.Result r = read(EXAMPLE);
    Manifest m = r.manifest();
    assertThat(r.issues()).isEmpty();
    assertThat(m.broker().id()).isEqualTo("9A00");
    assertThat(m.broker().name()).isEqualTo("範例證券");
    assertThat(m.asOf()).isEqualTo(LocalDate.of(2026, 11, 20));
    assertThat(m.timezone()).isEqualTo(ZoneId.of("Asia/Taipei"));
    assertThat(m.policy()).containsEntry("password_max_age_days", 60);
    assertThat(m.systems()).containsExactly(
        new SystemDef("colo-gw-1", "主機共置下單閘道", "order-gateway", true, List.of("10.20.1.11", "colo-gw-1"), "E001",
            LocalDate.of(2023, 8, 1)));
    assertThat(m.holidays()).containsExactly(LocalDate.of(2026, 10, 9), LocalDate.of(2026, 10, 10));
    assertThat(m.files()).containsExactly(
        new FileEntry("inventory/rack.xlsx", "rack-inventory", null, null, null, null, null, 16),
        new FileEntry("fw/colo-fw-1/*.log.gz", "firewall-log", null, null, null, "colo-fw-1", null, 17),
        new FileEntry("accounts/colo-gw-1/*", "accounts", null, null, "colo-gw-1", null, null, 18));
    Waiver w = m.waivers().get(0);
    assertThat(w.control()).isEqualTo("PWD-AGE");
    assertThat(w.subject().values()).containsExactly(
        java.util.Map.entry("system", "colo-gw-1"), java.util.Map.entry("account", "svc_fix"));
    assertThat(w.approvedBy()).isEqualTo("資訊主管 王大明");
    assertThat(w.approvedOn()).isEqualTo(LocalDate.of(2026, 10, 1));
    assertThat(w.expiresOn()).isEqualTo(LocalDate.of(2027, 3, 31));
  }

  @Test
  void givesBlockStyleEntriesTheLineOfTheirFirstKey() throws IOException {
    Manifest m = read("""
        as_of: 2026-11-20
        files:
          - path: a.csv
            kind: accounts
            system: gw
            encoding: big5
            format: csv

          - path: b.xlsx
            kind: people
            sheet: 人員
        """).manifest();
    assertThat(m.files()).extracting(FileEntry::manifestLine).containsExactly(3, 9);
    assertThat(m.files().get(0).encoding()).isEqualTo("big5");
    assertThat(m.files().get(1).sheet()).isEqualTo("人員");
  }

  @Test
  void defaultsTheTimezoneToTaipeiAndLeavesTheBrokerOptional() throws IOException {
    Manifest m = read("as_of: 2026-11-20\n").manifest();
    assertThat(m.timezone()).isEqualTo(ZoneId.of("Asia/Taipei"));
    assertThat(m.broker()).isNull();
    assertThat(m.files()).isEmpty();
  }

  @Test
  void turnsWaiverSubjectValuesIntoStrings() throws IOException {
    Manifest m = read("""
        as_of: 2026-11-20
        waivers:
          - control: ORD-RECEIPT
            subject: { trade_date: 2026-10-05, client_order_id: 12345 }
        """).manifest();
    assertThat(m.waivers().get(0).subject().values())
        .containsEntry("trade_date", "2026-10-05")
        .containsEntry("client_order_id", "12345");
  }

  @Test
  void failsWithoutAsOfNamingFileAndLine() {
    assertThatThrownBy(() -> read("broker: { id: x }\ntimezone: UTC\n"))
        .isInstanceOf(ManifestException.class)
        .hasMessageContaining("evidence.yaml")
        .hasMessageContaining("line 1")
        .hasMessageContaining("as_of");
  }

  @Test
  void failsOnAnAsOfThatIsNoDateWithItsLine() {
    assertThatThrownBy(() -> read("broker: { id: x }\nas_of: 2026-13-45\n"))
        .isInstanceOfSatisfying(ManifestException.class, e -> assertThat(e.line()).isEqualTo(2))
        .hasMessageContaining("2026-13-45");
  }

  @Test
  void failsOnABadTimezoneWithItsLine() {
    assertThatThrownBy(() -> read("as_of: 2026-11-20\n\ntimezone: Mars/Olympus\n"))
        .isInstanceOfSatisfying(ManifestException.class, e -> assertThat(e.line()).isEqualTo(3))
        .hasMessageContaining("Mars/Olympus");
  }

  @Test
  void failsOnTextThatIsNoYaml() {
    assertThatThrownBy(() -> read("as_of: 2026-11-20\nfiles: [ { path: a\n  kind: ]]\n"))
        .isInstanceOf(ManifestException.class)
        .hasMessageContaining("not valid YAML")
        .satisfies(e -> assertThat(((ManifestException) e).line()).isGreaterThan(1));
  }

  @Test
  void failsOnAManifestThatIsNoMapping() {
    assertThatThrownBy(() -> read("- as_of\n- files\n"))
        .isInstanceOfSatisfying(ManifestException.class, e -> assertThat(e.line()).isEqualTo(1))
        .hasMessageContaining("mapping");
    assertThatThrownBy(() -> read("")).hasMessageContaining("empty");
  }

  @Test
  void leavesOutBadFileEntriesWithTheirLines() throws IOException {
    ManifestReader.Result r = read("""
        as_of: 2026-11-20
        files:
          - { path: ok.csv, kind: accounts }
          - { kind: accounts }
          - { path: nokind.csv }
          - { path: x.csv, kind: passwords }
          - { path: ../outside.csv, kind: people }
          - { path: /etc/shadow, kind: accounts }
          - { path: 'C:\\evidence\\a.csv', kind: accounts }
          - { path: a/../../b.csv, kind: accounts }
          - just-a-string.csv
        """);
    assertThat(r.manifest().files()).extracting(FileEntry::path).containsExactly("ok.csv");
    assertThat(r.issues())
        .extracting(ManifestIssue::line, ManifestIssue::path)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(4, null),
            org.assertj.core.groups.Tuple.tuple(5, "nokind.csv"),
            org.assertj.core.groups.Tuple.tuple(6, "x.csv"),
            org.assertj.core.groups.Tuple.tuple(7, "../outside.csv"),
            org.assertj.core.groups.Tuple.tuple(8, "/etc/shadow"),
            org.assertj.core.groups.Tuple.tuple(9, "C:\\evidence\\a.csv"),
            org.assertj.core.groups.Tuple.tuple(10, "a/../../b.csv"),
            org.assertj.core.groups.Tuple.tuple(11, "just-a-string.csv"));
    assertThat(r.issues().get(0).message()).contains("no path");
    assertThat(r.issues().get(1).message()).contains("no kind");
    assertThat(r.issues().get(2).message()).contains("unknown kind: passwords");
    assertThat(r.issues().get(3).message()).contains("leaves the pack");
    assertThat(r.issues().get(3).toProblem().kind()).isEqualTo("manifest");
    assertThat(r.issues().get(3).toProblem().message().zh()).contains("第 7 行");
  }

  @Test
  void reportsBadDatesAndSystemsWithoutLosingTheRest() throws IOException {
    ManifestReader.Result r = read("""
        as_of: 2026-11-20
        systems:
          - name: no id here
          - { id: gw, important: yes, since: last year }
        holidays: [2026-10-10, someday]
        waivers:
          - control: PWD-AGE
            subject: { system: gw }
            expires_on: never
          - control: PWD-AGE
        """);
    Manifest m = r.manifest();
    assertThat(m.systems()).extracting(SystemDef::id).containsExactly("gw");
    assertThat(m.systems().get(0).important()).isTrue();
    assertThat(m.systems().get(0).since()).isNull();
    assertThat(m.holidays()).containsExactly(LocalDate.of(2026, 10, 10));
    assertThat(m.waivers()).hasSize(1);
    assertThat(m.waivers().get(0).expiresOn()).isNull();
    assertThat(r.issues()).extracting(ManifestIssue::line).containsExactly(3, 4, 5, 9, 10);
  }

  @Test
  void knowsEveryKindTheContractNames() {
    assertThat(EvidenceKinds.ALL)
        .contains("accounts", "people", "password-policy", "sshd-config", "login-log", "firewall-log",
            "vuln-scan", "exchange-orders", "client-orders", "colo-rules", "firewall-log-backup", "rack-discovery",
            "outsourcing-contracts")
        .hasSize(32);
  }
}
