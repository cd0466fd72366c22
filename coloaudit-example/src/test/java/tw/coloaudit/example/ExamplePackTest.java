package tw.coloaudit.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tw.coloaudit.example.ExamplePack.ExpectedFinding;

class ExamplePackTest {

  /** The account and password controls of CONTROLS.md with the subject forms each may use. */
  private static final Map<String, List<Set<String>>> SUBJECT_FORMS = Map.ofEntries(
      Map.entry("ACC-PRIV-VENDOR", List.of(Set.of("system", "account"))),
      Map.entry("ACC-PRIV-APPROVAL", List.of(Set.of("system", "account", "login_at"), Set.of("system", "account", "start"))),
      Map.entry("ACC-REQUEST", List.of(Set.of("system", "account"))),
      Map.entry("ACC-UNIQUE", List.of(Set.of("system", "account"), Set.of("person"))),
      Map.entry("ACC-DORMANT", List.of(Set.of("system", "account"), Set.of("system", "from", "to"))),
      Map.entry("ACC-OUTSOURCE-REVOKE", List.of(Set.of("system", "account"))),
      Map.entry("PWD-POLICY", List.of(Set.of("system", "setting"))),
      Map.entry("PWD-AGE", List.of(Set.of("system", "account"))),
      Map.entry("PWD-DEFAULT", List.of(Set.of("system", "account"))),
      Map.entry("COLO-RACK-THIRDPARTY", List.of(Set.of("rack", "serial"))),
      Map.entry("COLO-RACK-SOFTWARE", List.of(Set.of("host", "software"))),
      Map.entry("COLO-RACK-RECONCILE", List.of(Set.of("serial"), Set.of("ip"))),
      Map.entry("COLO-RACK-INVENTORY-CADENCE", List.of(Set.of("from", "to"))),
      Map.entry("COLO-EQUIP-MOVES", List.of(Set.of("serial"))),
      Map.entry("NET-FIREWALL", List.of(Set.of("device"))),
      Map.entry("CHG-APPROVAL", List.of(Set.of("system", "change_id"), Set.of("system", "deployed_at"))),
      Map.entry("OUT-CONTRACT", List.of(Set.of("vendor", "contract_id"))),
      Map.entry("LOG-INTEGRITY", List.of(Set.of("file"))),
      Map.entry("LOG-FIELDS", List.of(Set.of("system", "field"))),
      Map.entry("LOG-RETENTION", List.of(Set.of("system", "from", "to"))),
      Map.entry("LOG-REVIEW", List.of(Set.of("system", "from", "to"))));

  /** The vulnerability-management controls with their subject forms. */
  private static final Map<String, List<Set<String>>> VULN_SUBJECT_FORMS = Map.of(
      "VULN-CADENCE", List.of(Set.of("host", "from", "to")),
      "VULN-COVERAGE", List.of(Set.of("host")),
      "VULN-REMEDIATION", List.of(Set.of("host", "plugin")));

  private static Map<String, List<Set<String>>> subjectForms() {
    Map<String, List<Set<String>>> all = new java.util.HashMap<>(SUBJECT_FORMS);
    all.putAll(VULN_SUBJECT_FORMS);
    all.putAll(FIREWALL_FORMS);
    return all;
  }

  private static final Map<String, List<Set<String>>> FIREWALL_FORMS = Map.of(
      "NET-FW-LOG-RETENTION", List.of(Set.of("device", "from", "to")),
      "NET-FW-LOG-BACKUP", List.of(Set.of("device", "file")),
      "NET-FW-RULE-REVIEW", List.of(Set.of("device", "from", "to"), Set.of("device", "rule")),
      "NET-ISOLATION", List.of(Set.of("device", "rule"), Set.of("device", "src", "dst")),
      "NET-REMOTE", List.of(Set.of("user", "session_start")));

  @TempDir Path tmp;

  @Test
  void writesTheSameBytesEveryTime() throws IOException {
    Path first = tmp.resolve("first");
    Path second = tmp.resolve("second");
    ExamplePack.write(first);
    ExamplePack.write(second);
    Map<String, byte[]> a = read(first);
    Map<String, byte[]> b = read(second);
    assertThat(a.keySet()).isEqualTo(ExamplePack.contents().keySet());
    assertThat(a.keySet()).isEqualTo(b.keySet());
    a.forEach((path, bytes) -> assertThat(b.get(path)).as(path).isEqualTo(bytes));

    ExamplePack.write(first);
    read(first).forEach((path, bytes) -> assertThat(bytes).as(path).isEqualTo(a.get(path)));
    assertThat(Files.getLastModifiedTime(first.resolve("registers/people.csv")))
        .isEqualTo(Files.getLastModifiedTime(second.resolve("registers/people.csv")));
  }

  @Test
  void listsEveryWrittenFileInTheManifestAndEveryListedPathExists() throws IOException {
    ExamplePack.write(tmp);
    String manifest = Files.readString(tmp.resolve("evidence.yaml"));
    Matcher m = Pattern.compile("\\{ path: ([^,}]+),").matcher(manifest);
    List<String> listed = new ArrayList<>();
    while (m.find()) listed.add(m.group(1).trim());
    assertThat(listed).isNotEmpty().doesNotHaveDuplicates();

    Set<String> written = read(tmp).keySet().stream()
        .filter(p -> !p.equals("evidence.yaml") && !p.startsWith(".coloaudit/")).collect(Collectors.toSet());
    for (String glob : listed) {
      PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
      assertThat(written).as(glob).anyMatch(p -> matcher.matches(Path.of(p)));
    }
    for (String file : written) {
      assertThat(listed).as(file)
          .anyMatch(glob -> FileSystems.getDefault().getPathMatcher("glob:" + glob).matches(Path.of(file)));
    }
  }

  @Test
  void writesThePeopleRegisterInBig5WithRocDates() throws IOException {
    ExamplePack.write(tmp);
    byte[] bytes = Files.readAllBytes(tmp.resolve("registers/people.csv"));
    assertThatThrownBy(() -> StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)))
        .isInstanceOf(CharacterCodingException.class);
    String text = Charset.forName("x-windows-950").newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes)).toString();
    assertThat(text).startsWith("人員代號,姓名,類別,公司,合約到期日,帳號\r\n")
        .contains("V002,劉家宏,廠商,信網科技股份有限公司,115/06/30,colo-win-1:vendor02\r\n")
        .doesNotContain("\r\r").endsWith("\r\n");
    assertThat(text.replace("\r\n", "")).doesNotContain("\n");
  }

  @Test
  void writesSecpolAsSeceditDoesInUtf16WithByteOrderMark() throws IOException {
    ExamplePack.write(tmp);
    byte[] bytes = Files.readAllBytes(tmp.resolve("config/colo-win-1/secpol.inf"));
    assertThat(bytes[0]).isEqualTo((byte) 0xFF);
    assertThat(bytes[1]).isEqualTo((byte) 0xFE);
    String text = new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
    assertThat(text).startsWith("[Unicode]\r\nUnicode=yes\r\n[System Access]\r\n")
        .contains("MinimumPasswordLength = 4\r\n", "PasswordComplexity = 1\r\n", "MaximumPasswordAge = 90\r\n");
  }

  @Test
  void writesLocalUsersAsExportCsvDoes() throws IOException {
    ExamplePack.write(tmp);
    byte[] bytes = Files.readAllBytes(tmp.resolve("accounts/colo-win-1/localusers.csv"));
    String text = new String(bytes, StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFF#TYPE Microsoft.PowerShell.Commands.LocalUser\r\n"
        + "\"AccountExpires\",\"Description\",\"Enabled\",\"FullName\",\"PasswordChangeableDate\","
        + "\"PasswordExpires\",\"UserMayChangePassword\",\"PasswordRequired\",\"PasswordLastSet\","
        + "\"LastLogon\",\"Name\",\"SID\",\"PrincipalSource\",\"ObjectClass\",\"Groups\"\r\n");
    assertThat(text).contains("\"10/20/2026 8:30:12 AM\",\"11/18/2026 9:02:11 AM\",\"wangdm\"")
        .contains("\"Administrators;Users\"");
  }

  @Test
  void writesTheXlsxRegistersAsWorkbooks() throws IOException {
    ExamplePack.write(tmp);
    for (String xlsx : List.of("registers/access-requests.xlsx", "accounts/colo-db-1/accounts.xlsx")) {
      try (ZipFile zip = new ZipFile(tmp.resolve(xlsx).toFile())) {
        assertThat(zip.getEntry("xl/workbook.xml")).as(xlsx).isNotNull();
        assertThat(zip.getEntry("xl/worksheets/sheet1.xml")).as(xlsx).isNotNull();
      }
    }
  }

  @Test
  void plantsThePasswordAgesTheAnswerKeyCounts() throws IOException {
    ExamplePack.write(tmp);
    Map<String, Long> lastChange = new TreeMap<>();
    for (String line : Files.readAllLines(tmp.resolve("accounts/colo-gw-1/shadow"))) {
      String[] f = line.split(":", -1);
      lastChange.put(f[0], Long.parseLong(f[2]));
    }
    assertThat(LocalDate.ofEpochDay(lastChange.get("linzh"))).isEqualTo(ExamplePack.AS_OF.minusDays(184));
    assertThat(LocalDate.ofEpochDay(lastChange.get("changesf"))).isEqualTo(ExamplePack.AS_OF.minusDays(90));
    assertThat(lastChange.get("tsaiyt")).isZero();
  }

  @Test
  void refusesANonEmptyDirectoryThatHoldsNoExamplePack() throws IOException {
    Files.writeString(tmp.resolve("notes.txt"), "mine");
    assertThatThrownBy(() -> ExamplePack.write(tmp))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(tmp.toString());
    try (Stream<Path> left = Files.list(tmp)) {
      assertThat(left.map(p -> p.getFileName().toString())).containsExactly("notes.txt");
    }
  }

  @Test
  void refusesAFile() throws IOException {
    Path file = Files.writeString(tmp.resolve("pack"), "x");
    assertThatThrownBy(() -> ExamplePack.write(file)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void answerKeyNamesOnlyAccountAndPasswordControlsWithTheirSubjectForms() {
    List<ExpectedFinding> key = new AccountsPart().answerKey();
    assertThat(key).isNotEmpty().doesNotHaveDuplicates();
    for (ExpectedFinding f : key) {
      assertThat(subjectForms()).as(f.toString()).containsKey(f.control());
      assertThat(subjectForms().get(f.control())).as(f.toString()).contains(f.subject().keySet());
      assertThat(f.subject().values()).as(f.toString()).allSatisfy(v -> assertThat(v).isNotBlank());
      assertThat(f.why()).isNotBlank();
      if (f.subject().containsKey("from")) {
        assertThat(LocalDate.parse(f.subject().get("from"))).isBefore(LocalDate.parse(f.subject().get("to")));
      }
    }
    assertThat(key.stream().filter(f -> f.control().equals("PWD-POLICY")).map(f -> f.subject().get("setting")))
        .allMatch(s -> Set.of("min_length", "min_classes", "max_age_days").contains(s));
  }

  @Test
  void expectedStatusAgreesWithTheFindingsAndTheirWaivers() {
    Map<String, String> status = ExamplePack.expectedStatus();
    List<ExpectedFinding> key = ExamplePack.answerKey();
    List<ExpectedFinding> waived = ExamplePack.waivedFindings();
    Set<String> withFindings = key.stream().map(ExpectedFinding::control).collect(java.util.stream.Collectors.toSet());
    assertThat(status.keySet()).as("controls with an expected status").containsAll(withFindings);
    status.forEach((control, s) -> {
      if (!withFindings.contains(control)) assertThat(s).as(control + " has no planted finding").isIn("pass", "not_applicable");
    });
    assertThat(key).containsAll(waived);
    status.forEach((control, s) -> {
      if (!withFindings.contains(control)) return;
      List<ExpectedFinding> mine = key.stream().filter(f -> f.control().equals(control)).toList();
      switch (s) {
        case "fail" -> assertThat(mine).as(control).anyMatch(f -> !waived.contains(f));
        case "waived" -> assertThat(waived).as(control).containsAll(mine);
        default -> throw new AssertionError(control + " " + s);
      }
    });
    assertThat(key).allMatch(f -> status.containsKey(f.control()));
  }

  @Test
  void everyWaiverInTheManifestIsEitherInForceOverAKeyFindingOrExpired() {
    String manifest = ExamplePack.manifest();
    assertThat(manifest).contains("control: ACC-OUTSOURCE-REVOKE", "expires_on: 2026-12-31",
        "control: PWD-AGE", "expires_on: 2026-10-31");
    assertThat(LocalDate.parse("2026-12-31")).isAfter(ExamplePack.AS_OF);
    assertThat(LocalDate.parse("2026-10-31")).isBefore(ExamplePack.AS_OF);
    assertThat(ExamplePack.waivedFindings()).singleElement()
        .satisfies(f -> assertThat(f.subject()).isEqualTo(Map.of("system", "colo-win-1", "account", "vendor02")));
    assertThat(ExamplePack.answerKey())
        .anyMatch(f -> f.control().equals("PWD-AGE") && f.subject().equals(Map.of("system", "colo-gw-1", "account", "linzh")));
  }

  @Test
  void rendersTheAnswerKeyAsSortedDeterministicJson() {
    String json = ExamplePack.answerKeyJson();
    assertThat(json).isEqualTo(ExamplePack.answerKeyJson());
    assertThat(json.indexOf("\"as_of\"")).isLessThan(json.indexOf("\"broker\""));
    assertThat(json.indexOf("\"broker\"")).isLessThan(json.indexOf("\"expected_status\""));
    assertThat(json.indexOf("\"expected_status\"")).isLessThan(json.indexOf("\"findings\""));
    assertThat(json).contains("\"ACC-OUTSOURCE-REVOKE\": \"waived\"")
        .contains("\"subject\": {\"account\": \"vendor01\", \"system\": \"colo-gw-1\"}")
        .contains("\"subject\": {\"from\": \"2025-11-10\", \"system\": \"colo-win-1\", \"to\": \"2026-05-25\"}");
    assertThat(json.split("\"control\":", -1)).hasSize(ExamplePack.answerKey().size() + 1);
    assertThat(json.split("\"waived\": true", -1)).hasSize(2);
  }

  private static Map<String, byte[]> read(Path dir) {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        files.put(dir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
      }
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return files;
  }
}
