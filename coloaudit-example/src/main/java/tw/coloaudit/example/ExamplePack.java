package tw.coloaudit.example;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The example evidence pack of broker 9A00 範例證券: account and password evidence of three
 * important co-location systems, with planted deficiencies, and the answer key an audit of it
 * must reproduce.
 */
public final class ExamplePack {

  /** The audit reference date of the pack. */
  public static final LocalDate AS_OF = LocalDate.of(2026, 11, 20);

  public static final ZoneId TIMEZONE = ZoneId.of("Asia/Taipei");

  static final String MANIFEST = "evidence.yaml";

  /** The first line of the manifest: how a directory is recognised as holding an example pack. */
  static final String MARKER = "# 範例證券 9A00 範例證據包（帳號與密碼管理）/ example evidence pack: accounts and passwords";

  private static final FileTime WRITTEN_AT = FileTime.from(Instant.parse("2026-11-20T01:00:00Z"));

  private static final Comparator<ExpectedFinding> ORDER =
      Comparator.comparing(ExpectedFinding::control).thenComparing(f -> f.subject().toString());

  private ExamplePack() {}

  /**
   * One finding the audit of the pack must report: the control ID, the subject exactly as the
   * control names it (all values strings), and why it is planted.
   */
  public record ExpectedFinding(String control, Map<String, String> subject, String why) {

    public ExpectedFinding {
      subject = Collections.unmodifiableSortedMap(new TreeMap<>(subject));
    }
  }

  /**
   * Writes the pack into {@code dir}, creating it. A non-empty directory is written into only when
   * it already holds an example pack (its files are overwritten; other files are left alone).
   *
   * @throws IllegalArgumentException when {@code dir} is a file, or a non-empty directory that
   *     holds no example pack
   * @throws UncheckedIOException when a file cannot be written
   */
  public static void write(Path dir) {
    try {
      if (Files.exists(dir) && !Files.isDirectory(dir)) {
        throw new IllegalArgumentException("不是目錄 / not a directory: " + dir);
      }
      if (Files.isDirectory(dir) && !isEmpty(dir) && !holdsExamplePack(dir)) {
        throw new IllegalArgumentException(
            "目錄非空且不是範例證據包，不予寫入 / refusing to write into a non-empty directory that holds no example pack: " + dir);
      }
      Files.createDirectories(dir);
      for (Map.Entry<String, byte[]> e : contents().entrySet()) {
        Path file = dir.resolve(e.getKey());
        Files.createDirectories(file.getParent());
        Files.write(file, e.getValue());
        Files.setLastModifiedTime(file, WRITTEN_AT);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean isEmpty(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.findAny().isEmpty();
    }
  }

  private static boolean holdsExamplePack(Path dir) throws IOException {
    Path manifest = dir.resolve(MANIFEST);
    if (!Files.isRegularFile(manifest)) return false;
    try (BufferedReader r = Files.newBufferedReader(manifest, StandardCharsets.UTF_8)) {
      return MARKER.equals(r.readLine());
    } catch (java.nio.charset.CharacterCodingException e) {
      return false;
    }
  }

  /** Every file of the pack by its path within the pack, sorted. */
  static SortedMap<String, byte[]> contents() {
    SortedMap<String, byte[]> files = new TreeMap<>();
    files.put(MANIFEST, manifest().getBytes(StandardCharsets.UTF_8));
    files.putAll(LinuxFiles.files());
    files.putAll(WindowsFiles.files());
    files.putAll(Registers.files());
    return Collections.unmodifiableSortedMap(files);
  }

  // The first waiver is in force on the as-of date: ACC-OUTSOURCE-REVOKE {colo-win-1, vendor02}
  // is reported with it, and as that control's only finding, the control ends waived.
  // The second expired on 2026-10-31, before the as-of date: PWD-AGE {colo-gw-1, linzh} reopens
  // and PWD-AGE fails. colo-mon-1 is not important and has no evidence: no "no evidence" finding.
  // dormant_days 60 is stricter than the default 90: it alone makes colo-db-1 huangsh dormant.
  static String manifest() {
    return MARKER + "\n" + """
        broker: { id: "9A00", name: "範例證券" }
        as_of: 2026-11-20
        timezone: Asia/Taipei
        policy:
          password_max_age_days: 90
          dormant_days: 60                # 本公司自訂：閒置 60 日即為閒置帳號
        systems:
          - id: colo-gw-1
            name: 主機共置下單閘道
            role: order-gateway
            important: true
            hosts: [10.20.1.11, colo-gw-1]
            owner: E001
            since: 2023-08-01
          - id: colo-win-1
            name: 主機共置維運伺服器
            role: server
            important: true
            hosts: [10.20.1.21, colo-win-1]
            owner: E001
            since: 2023-08-01
          - id: colo-db-1
            name: 委託紀錄資料庫
            role: database
            important: true
            hosts: [10.20.1.41, colo-db-1]
            owner: E002
            since: 2023-08-01
          - id: colo-mon-1
            name: 機房環境監控主機
            role: other
            important: false
            hosts: [10.20.1.51, colo-mon-1]
        files:
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
        waivers:
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

  /** Every finding an audit of the pack must report for the account and password controls. */
  public static List<ExpectedFinding> answerKey() {
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
            "root has a usable password and sshd_config says PermitRootLogin yes"),
        finding("PWD-DEFAULT", Map.of("system", "colo-win-1", "account", "Guest"),
            "the built-in Guest account is enabled"),
        finding("PWD-DEFAULT", Map.of("system", "colo-db-1", "account", "app_order"),
            "the weak-password test of 2026-11-05 marks the enabled account app_order weak")));
    key.sort(ORDER);
    return List.copyOf(key);
  }

  /** The findings of {@link #answerKey()} that a waiver in force on the as-of date covers. */
  public static List<ExpectedFinding> waivedFindings() {
    return answerKey().stream()
        .filter(f -> f.control().equals("ACC-OUTSOURCE-REVOKE")
            && f.subject().equals(Map.of("system", "colo-win-1", "account", "vendor02")))
        .toList();
  }

  /** The status each account and password control must end in, by control ID. */
  public static Map<String, String> expectedStatus() {
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

  /**
   * The answer key as JSON with sorted keys: {@code as_of}, {@code broker},
   * {@code expected_status} and {@code findings} (each with {@code control}, {@code subject},
   * {@code waived} and {@code why}).
   */
  public static String answerKeyJson() {
    List<ExpectedFinding> waived = waivedFindings();
    StringBuilder j = new StringBuilder();
    j.append("{\n");
    j.append("  \"as_of\": ").append(str(AS_OF.toString())).append(",\n");
    j.append("  \"broker\": ").append(str("9A00")).append(",\n");
    j.append("  \"expected_status\": {");
    String sep = "\n";
    for (Map.Entry<String, String> e : expectedStatus().entrySet()) {
      j.append(sep).append("    ").append(str(e.getKey())).append(": ").append(str(e.getValue()));
      sep = ",\n";
    }
    j.append("\n  },\n");
    j.append("  \"findings\": [");
    sep = "\n";
    for (ExpectedFinding f : answerKey()) {
      j.append(sep).append("    {\n");
      j.append("      \"control\": ").append(str(f.control())).append(",\n");
      j.append("      \"subject\": {");
      String inner = "";
      for (Map.Entry<String, String> e : f.subject().entrySet()) {
        j.append(inner).append(str(e.getKey())).append(": ").append(str(e.getValue()));
        inner = ", ";
      }
      j.append("},\n");
      j.append("      \"waived\": ").append(waived.contains(f)).append(",\n");
      j.append("      \"why\": ").append(str(f.why())).append("\n");
      j.append("    }");
      sep = ",\n";
    }
    j.append("\n  ]\n}\n");
    return j.toString();
  }

  private static ExpectedFinding finding(String control, Map<String, String> subject, String why) {
    return new ExpectedFinding(control, subject, why);
  }

  private static String str(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20) b.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
          else b.append(c);
        }
      }
    }
    return b.append('"').toString();
  }
}
