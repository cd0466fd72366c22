package tw.coloaudit.example;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import tw.coloaudit.example.ExamplePack.ExpectedFinding;

/** The account and password part of the example pack: Linux, Windows and database accounts, registers. */
final class AccountsPart implements ExamplePart {

  // The first waiver is in force on the as-of date: ACC-OUTSOURCE-REVOKE {colo-win-1, vendor02}
  // is reported with it, and as that control's only finding, the control ends waived.
  // The second expired on 2026-10-31, before the as-of date: PWD-AGE {colo-gw-1, linzh} reopens
  // and PWD-AGE fails. colo-mon-1 is not important and has no evidence: no "no evidence" finding.
  // dormant_days 60 is stricter than the default 90: it alone makes colo-db-1 huangsh dormant.
  @Override
  public Map<String, byte[]> files() {
    Map<String, byte[]> files = new TreeMap<>();
    files.putAll(LinuxFiles.files());
    files.putAll(WindowsFiles.files());
    files.putAll(Registers.files());
    return files;
  }

  @Override
  public String policy() {
    return """
        password_max_age_days: 90
        dormant_days: 60                # 本公司自訂：閒置 60 日即為閒置帳號
        """;
  }

  @Override
  public String manifestFiles() {
    return """
          - { path: accounts/colo-gw-1/*, kind: accounts, system: colo-gw-1 }
          - { path: config/colo-gw-1/login.defs, kind: password-policy, system: colo-gw-1 }
          - { path: config/colo-gw-1/pwquality.conf, kind: password-policy, system: colo-gw-1 }
          - { path: config/colo-gw-1/sshd_config, kind: sshd-config, system: colo-gw-1 }
          - { path: accounts/colo-win-1/localusers.csv, kind: accounts, system: colo-win-1 }
          - { path: config/colo-win-1/secpol.inf, kind: password-policy, system: colo-win-1 }
          - { path: accounts/colo-db-1/accounts.xlsx, kind: accounts, system: colo-db-1 }
          - { path: config/colo-db-1/password-policy.csv, kind: password-policy, system: colo-db-1 }
          - { path: registers/people.csv, kind: people }
          - { path: registers/access-requests.xlsx, kind: access-requests }
          - { path: registers/dormant-reviews.csv, kind: dormant-reviews }
          - { path: registers/weak-password-audit.csv, kind: weak-password-audit }
        """;
  }

  @Override
  public String waivers() {
    return """
          - control: ACC-OUTSOURCE-REVOKE
            subject: { system: colo-win-1, account: vendor02 }
            reason: 信網科技維護合約續約中，帳號保留供年底系統升級
            approved_by: 資訊主管 王大明
            approved_on: 2026-07-01
            expires_on: 2026-12-31
          - control: PWD-AGE
            subject: { system: colo-gw-1, account: linzh }
            reason: 林志豪留職停薪，帳號保留至復職
            approved_by: 資訊主管 王大明
            approved_on: 2026-05-15
            expires_on: 2026-10-31
        """;
  }

  @Override
  public List<ExpectedFinding> answerKey() {
    List<ExpectedFinding> key = new ArrayList<>(List.of(
        finding("ACC-PRIV-VENDOR", Map.of("system", "colo-gw-1", "account", "vendor01"),
            "vendor01 is held by V001 黃建國 (廠商, 瑞達系統整合) and is a member of group sudo, which sudoers grants ALL=(ALL:ALL) ALL"),

        finding("ACC-REQUEST", Map.of("system", "colo-win-1", "account", "chenyj"),
            "enabled Windows account with no row in access-requests.xlsx"),
        finding("ACC-REQUEST", Map.of("system", "colo-win-1", "account", "zhouml"),
            "request AR-2025-024 was approved by the unit supervisor (2025-06-03) but never by the IT supervisor"),
        finding("ACC-REQUEST", Map.of("system", "colo-win-1", "account", "Guest"),
            "the built-in Guest is enabled, can log in, and has no access request"),
        finding("ACC-REQUEST", Map.of("system", "colo-db-1", "account", "liket"),
            "created 2026-02-02; request AR-2026-003 approved by the unit supervisor on 2026-02-03 and the IT supervisor on 2026-02-05, after creation"),

        finding("ACC-UNIQUE", Map.of("system", "colo-gw-1", "account", "trader"),
            "shared account with a usable password held by nobody (no people row lists colo-gw-1:trader); generic name"),
        finding("ACC-UNIQUE", Map.of("system", "colo-win-1", "account", "Guest"),
            "the enabled built-in Guest is held by nobody; generic name"),
        finding("ACC-UNIQUE", Map.of("person", "E005"),
            "person id E005 is used twice in people.csv (周美玲 and 吳俊傑)"),

        finding("ACC-DORMANT", Map.of("system", "colo-win-1", "from", "2025-11-10", "to", "2026-05-25"),
            "196 days between dormant-account reviews of colo-win-1, over the 183-day limit"),
        finding("ACC-DORMANT", Map.of("system", "colo-db-1", "account", "hsuwb"),
            "last login 2026-07-15: 107 days idle on the latest review (2026-10-30), which does not name it"),
        finding("ACC-DORMANT", Map.of("system", "colo-db-1", "account", "huangsh"),
            "last login 2026-08-24: 67 days idle on the latest review (2026-10-30), over the pack's dormant_days 60 (not the default 90), and not named"),

        finding("ACC-OUTSOURCE-REVOKE", Map.of("system", "colo-win-1", "account", "vendor02"),
            "V002 劉家宏's contract ended 2026-06-30 (115/06/30) and vendor02 is still enabled; covered by the waiver approved 2026-07-01, in force until 2026-12-31"),

        finding("PWD-POLICY", Map.of("system", "colo-gw-1", "setting", "max_age_days"),
            "login.defs PASS_MAX_DAYS 99999 (never expires), over the limit of 90; pwquality minlen 12 and minclass 3 pass"),
        finding("PWD-POLICY", Map.of("system", "colo-win-1", "setting", "min_length"),
            "secpol.inf MinimumPasswordLength = 4, under the minimum of 6; PasswordComplexity = 1 and MaximumPasswordAge = 90 pass"),

        finding("PWD-AGE", Map.of("system", "colo-gw-1", "account", "linzh"),
            "shadow last change 2026-05-20: 184 days, over 90; its waiver expired 2026-10-31, so the finding reopens"),
        finding("PWD-AGE", Map.of("system", "colo-db-1", "account", "hsuwb"),
            "password changed 2026-07-15: 128 days, over 90"),

        finding("PWD-DEFAULT", Map.of("system", "colo-gw-1", "account", "root"),
            "root has a usable password and sshd_config says PermitRootLogin yes; auth.log also shows its direct SSH logins (LogsPart)"),
        finding("PWD-DEFAULT", Map.of("system", "colo-win-1", "account", "Guest"),
            "the built-in Guest account is enabled"),
        finding("PWD-DEFAULT", Map.of("system", "colo-db-1", "account", "app_order"),
            "the weak-password test of 2026-11-05 marks the enabled account app_order weak")));
    return List.copyOf(key);
  }

  @Override
  public List<ExpectedFinding> waivedFindings() {
    return answerKey().stream()
        .filter(f -> f.control().equals("ACC-OUTSOURCE-REVOKE")
            && f.subject().equals(Map.of("system", "colo-win-1", "account", "vendor02")))
        .toList();
  }

  @Override
  public Map<String, String> expectedStatus() {
    SortedMap<String, String> status = new TreeMap<>();
    status.put("ACC-PRIV-VENDOR", "fail");
    status.put("ACC-REQUEST", "fail");
    status.put("ACC-UNIQUE", "fail");
    status.put("ACC-DORMANT", "fail");
    status.put("ACC-OUTSOURCE-REVOKE", "waived");
    status.put("PWD-POLICY", "fail");
    status.put("PWD-AGE", "fail");
    status.put("PWD-DEFAULT", "fail");
    return Collections.unmodifiableSortedMap(status);
  }

  private static ExpectedFinding finding(String control, Map<String, String> subject, String why) {
    return new ExpectedFinding(control, subject, why);
  }
}
