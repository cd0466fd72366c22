package tw.coloaudit.evidence.register;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tw.coloaudit.evidence.pack.EvidenceFile;
import tw.coloaudit.evidence.spi.Sample;
import tw.coloaudit.model.PartyType;
import tw.coloaudit.model.Provenance;
import tw.coloaudit.model.account.AccessRequest;
import tw.coloaudit.model.account.AccountRecord;
import tw.coloaudit.model.account.DormantReview;
import tw.coloaudit.model.account.Person;
import tw.coloaudit.model.account.PolicySetting;
import tw.coloaudit.model.account.WeakPasswordResult;

class RegisterParserCsvTest {

  @TempDir Path tmp;

  private final RegisterParser parser = RegisterParser.csv();

  private CollectingContext parse(String name, String text, Charset cs, String kind, String system) throws IOException {
    return parse(name, text.getBytes(cs), kind, system);
  }

  private CollectingContext parse(String name, byte[] bytes, String kind, String system) throws IOException {
    EvidenceFile f = TestFiles.file(tmp, name, bytes, kind, system);
    CollectingContext ctx = new CollectingContext(name, system);
    parser.parse(f, ctx);
    return ctx;
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = RegisterParserCsvTest.class.getResourceAsStream(name)) {
      return in.readAllBytes();
    }
  }

  /** Line number to the {@code expect} cell of the spec file, for rows that have one. */
  private static Map<Integer, String> expectations(byte[] spec) {
    Map<Integer, String> out = new TreeMap<>();
    try (CsvReader<CsvRecord> r = CsvReader.builder().allowMissingFields(true).ofCsvRecord(new String(spec, StandardCharsets.UTF_8))) {
      for (CsvRecord rec : r) {
        String expect = rec.getFields().get(rec.getFieldCount() - 1);
        if (rec.getStartingLineNumber() > 1 && !expect.isBlank()) out.put((int) rec.getStartingLineNumber(), expect);
      }
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return out;
  }

  @Test
  void readsTheAccountsSpecFileRowByRowAsItsExpectColumnSays() throws IOException {
    byte[] spec = resource("/register/accounts-spec.csv");
    CollectingContext ctx = parse("accounts/register.csv", spec, "accounts", null);
    Map<Integer, String> expected = expectations(spec);
    assertThat(expected).hasSize(12);
    for (Map.Entry<Integer, String> e : expected.entrySet()) {
      int line = e.getKey();
      if (e.getValue().equals("used")) {
        assertThat(ctx.usedLines()).as("line %d", line).contains(line);
      } else {
        String reason = e.getValue().substring("rejected: ".length());
        assertThat(ctx.rejects().get(line)).as("line %d", line).startsWith(reason);
      }
    }
    assertThat(ctx.total()).isEqualTo(expected.size());
    assertThat(ctx.numberedWarnings()).singleElement().satisfies(w -> assertThat(w).contains("expect"));
  }

  @Test
  void mapsAccountRowsToRecordsWithTheirLines() throws IOException {
    CollectingContext ctx = parse("a.csv", resource("/register/accounts-spec.csv"), "accounts", null);
    List<AccountRecord> accounts = ctx.records(AccountRecord.class);
    assertThat(accounts).extracting(AccountRecord::account)
        .containsExactly("root", "vendor01", "svc_fix", "olduser", "quoted, name", "multi\nline");
    AccountRecord root = accounts.get(0);
    assertThat(root.system()).isEqualTo("colo-gw-1");
    assertThat(root.holder()).isEqualTo("E001");
    assertThat(root.holderType()).isEqualTo(PartyType.EMPLOYEE);
    assertThat(root.privileged()).isTrue();
    assertThat(root.enabled()).isTrue();
    assertThat(root.createdOn()).isEqualTo(LocalDate.of(2023, 8, 1));
    assertThat(root.passwordChangedOn()).isEqualTo(LocalDate.of(2024, 5, 1));
    assertThat(root.lastLoginAt()).isEqualTo(Instant.parse("2026-10-05T06:05:00Z"));
    assertThat(root.format()).isEqualTo("register");
    assertThat(root.source()).isEqualTo(Provenance.line("a.csv", 2));
    AccountRecord svc = accounts.get(2);
    assertThat(svc.privileged()).isNull();
    assertThat(svc.holderType()).isEqualTo(PartyType.SYSTEM);
    assertThat(svc.createdOn()).isEqualTo(LocalDate.of(2024, 5, 1));
    AccountRecord old = accounts.get(3);
    assertThat(old.enabled()).isFalse();
    assertThat(old.passwordChangedOn()).isEqualTo(LocalDate.of(2010, 5, 1));
    assertThat(old.disabledOn()).isEqualTo(LocalDate.of(2024, 1, 31));
    assertThat(accounts.get(5).source().line()).isEqualTo(14);
  }

  private static final String BIG5_REGISTER =
      "#TYPE System.Management.Automation.PSCustomObject\n"
          + "\n"
          + "系統,帳號,使用人類別,密碼變更日期,啟用\n"
          + "colo-gw-1,王小明,員工,113/05/01,是\n"
          + "\n"
          + "colo-gw-1,trader01,客戶,113.6.30,否\n";

  @ParameterizedTest(name = "{0} with {1} line endings")
  @CsvSource({"UTF-8, LF", "UTF-8, CRLF", "x-windows-950, LF", "x-windows-950, CRLF", "UTF-16LE, CRLF"})
  void readsTheSameRowsWhateverTheEncodingAndLineEndings(String charset, String eol) throws IOException {
    String text = BIG5_REGISTER.replace("\n", eol.equals("CRLF") ? "\r\n" : "\n");
    byte[] body = text.getBytes(Charset.forName(charset));
    byte[] bytes = body;
    if (charset.equals("UTF-16LE")) {
      bytes = new byte[body.length + 2];
      bytes[0] = (byte) 0xFF;
      bytes[1] = (byte) 0xFE;
      System.arraycopy(body, 0, bytes, 2, body.length);
    }
    CollectingContext ctx = parse("reg.csv", bytes, "accounts", null);
    assertThat(ctx.rejects()).isEmpty();
    assertThat(ctx.usedLines()).containsExactly(4, 6);
    List<AccountRecord> a = ctx.records(AccountRecord.class);
    assertThat(a).extracting(AccountRecord::account).containsExactly("王小明", "trader01");
    assertThat(a).extracting(AccountRecord::passwordChangedOn).containsExactly(LocalDate.of(2024, 5, 1), LocalDate.of(2024, 6, 30));
    assertThat(a).extracting(AccountRecord::enabled).containsExactly(true, false);
    assertThat(a.get(1).holderType()).isEqualTo(PartyType.CUSTOMER);
  }

  @Test
  void matchesHeadersIgnoringCaseSpacesUnderscoresAndFullWidthForms() throws IOException {
    String text = "SYSTEM,Account,Password Changed-On,最後登入（Last login）,啟用 *\ngw,ops,2024-05-01,2024-05-02 08:00,Y\n";
    CollectingContext ctx = parse("h.csv", text, StandardCharsets.UTF_8, "accounts", null);
    AccountRecord a = ctx.records(AccountRecord.class).get(0);
    assertThat(a.passwordChangedOn()).isEqualTo(LocalDate.of(2024, 5, 1));
    assertThat(a.lastLoginAt()).isEqualTo(Instant.parse("2024-05-02T00:00:00Z"));
    assertThat(a.enabled()).isTrue();
    assertThat(ctx.numberedWarnings()).isEmpty();
  }

  @Test
  void letsTheManifestEntryNameTheSystemAndWarnsWhenARowDisagrees() throws IOException {
    String text = "系統,帳號\ncolo-gw-1,a\nCOLO-GW-1,b\ncolo-gw-2,c\n,d\n";
    CollectingContext ctx = parse("s.csv", text, StandardCharsets.UTF_8, "accounts", "colo-gw-1");
    assertThat(ctx.records(AccountRecord.class)).extracting(AccountRecord::system).containsOnly("colo-gw-1");
    assertThat(ctx.usedLines()).containsExactly(2, 3, 4, 5);
    assertThat(ctx.numberedWarnings()).singleElement().satisfies(w -> assertThat(w).startsWith("4: ").contains("colo-gw-2"));
    assertThat(ctx.numberedWarningsZh()).containsExactly("4: 此列的系統為 'colo-gw-2'，但清單項目指定 'colo-gw-1'；以 'colo-gw-1' 為準");
  }

  @Test
  void doesNotNeedASystemColumnWhenTheEntryNamesTheSystem() throws IOException {
    CollectingContext ctx = parse("s.csv", "帳號\nroot\n", StandardCharsets.UTF_8, "accounts", "db-1");
    assertThat(ctx.records(AccountRecord.class)).singleElement().satisfies(a -> assertThat(a.system()).isEqualTo("db-1"));
  }

  @Test
  void rejectsEveryRowWhenTheHeaderLacksARequiredColumn() throws IOException {
    String text = "系統,使用人\ngw,E001\ngw,E002\n\n";
    CollectingContext ctx = parse("m.csv", text, StandardCharsets.UTF_8, "accounts", null);
    assertThat(ctx.rejects()).containsOnlyKeys(2, 3);
    assertThat(ctx.rejects().get(2)).isEqualTo("the header (line 1) has no column account (帳號)");
    assertThat(ctx.rejectsZh().get(2)).isEqualTo("標頭（第 1 行）缺少欄位 account (帳號)");
    assertThat(ctx.total()).isEqualTo(2);
  }

  @Test
  void countsRowsOfKindsWithoutAMapperAsSkippedWithOneWarning() throws IOException {
    String text = "檢視日期,檢視人\n2026/5/4,王大明\n2026/10/31,王大明\n";
    EvidenceFile f = TestFiles.file(tmp, "reviews.csv", text.getBytes(StandardCharsets.UTF_8), "colo-eligibility-reviews", null);
    CollectingContext ctx = new CollectingContext("reviews.csv", null);
    parser.withoutMapper("colo-eligibility-reviews").parse(f, ctx);
    assertThat(ctx.skippedLines()).containsExactly(2, 3);
    assertThat(ctx.records()).isEmpty();
    assertThat(ctx.numberedWarnings()).singleElement().satisfies(w -> assertThat(w).contains("colo-eligibility-reviews is not used yet"));
  }

  @Test
  void letsANewKindBeMappedWithoutTouchingTheParser() throws IOException {
    RegisterParser withRack = parser.withMapper("rack-inventory", row -> List.of(row.text("serial")));
    EvidenceFile f = TestFiles.file(tmp, "rack.csv", "序號,機櫃,設備名稱,所有權人\nSN1,A01,gw,本公司\n".getBytes(StandardCharsets.UTF_8), "rack-inventory", null);
    CollectingContext ctx = new CollectingContext("rack.csv", null);
    withRack.parse(f, ctx);
    assertThat(ctx.records()).containsExactly("SN1");
    assertThat(ctx.usedLines()).containsExactly(2);
  }

  @Test
  void readsSemicolonAndTabSeparatedFiles() throws IOException {
    CollectingContext semi = parse("a.csv", "system;account\ngw;a\n", StandardCharsets.UTF_8, "accounts", null);
    CollectingContext tab = parse("b.csv", "system\taccount\ngw\tb\n", StandardCharsets.UTF_8, "accounts", null);
    assertThat(semi.records(AccountRecord.class)).extracting(AccountRecord::account).containsExactly("a");
    assertThat(tab.records(AccountRecord.class)).extracting(AccountRecord::account).containsExactly("b");
  }

  @Test
  void readsPeople() throws IOException {
    String text = """
        人員代號,姓名,類別,公司,合約到期日,帳號
        E001,王大明,員工,範例證券,,colo-gw-1:root; db-1:sa
        V001,陳廠商,委外,某資訊公司,115/06/30,"colo-gw-1:vendor01,colo-gw-1:vendor02"
        X001,某人,火星人,,,
        """;
    CollectingContext ctx = parse("people.csv", text, StandardCharsets.UTF_8, "people", null);
    List<Person> people = ctx.records(Person.class);
    assertThat(people).extracting(Person::person).containsExactly("E001", "V001");
    assertThat(people.get(0).accounts()).containsExactly("colo-gw-1:root", "db-1:sa");
    assertThat(people.get(1).type()).isEqualTo(PartyType.VENDOR);
    assertThat(people.get(1).contractEnd()).isEqualTo(LocalDate.of(2026, 6, 30));
    assertThat(people.get(1).accounts()).containsExactly("colo-gw-1:vendor01", "colo-gw-1:vendor02");
    assertThat(ctx.rejects().get(4)).startsWith("column type (類別): cannot read '火星人'");
  }

  @Test
  void readsAccessRequestsAndDormantReviews() throws IOException {
    CollectingContext req = parse("req.csv", """
        系統,帳號,用途,權限,申請日期,單位主管核准日期,資訊主管核准日期
        colo-gw-1,vendor01,維護,read,113/4/1,113/4/2,
        """, StandardCharsets.UTF_8, "access-requests", null);
    AccessRequest r = req.records(AccessRequest.class).get(0);
    assertThat(r.requestedOn()).isEqualTo(LocalDate.of(2024, 4, 1));
    assertThat(r.unitApprovedOn()).isEqualTo(LocalDate.of(2024, 4, 2));
    assertThat(r.itApprovedOn()).isNull();

    CollectingContext dorm = parse("dorm.csv", """
        系統,檢視日期,檢視人,檢視帳號
        colo-gw-1,2026/6/30,王大明,olduser、test
        colo-gw-1,,王大明,x
        """, StandardCharsets.UTF_8, "dormant-reviews", null);
    DormantReview d = dorm.records(DormantReview.class).get(0);
    assertThat(d.reviewedOn()).isEqualTo(LocalDate.of(2026, 6, 30));
    assertThat(d.accounts()).containsExactly("olduser", "test");
    assertThat(dorm.rejects().get(3)).isEqualTo("column reviewed_on (檢視日期) is blank");
    assertThat(dorm.rejectsZh().get(3)).isEqualTo("欄位 reviewed_on (檢視日期) 空白");
  }

  @Test
  void readsWeakPasswordResultsInBothLanguages() throws IOException {
    CollectingContext ctx = parse("weak.csv", """
        系統,帳號,測試日期,結果
        gw,a,2026-10-01,弱密碼
        gw,b,2026-10-01,通過
        gw,c,2026-10-01,fail
        gw,d,2026-10-01,PASS
        gw,e,2026-10-01,不通過
        gw,f,2026-10-01,weak
        gw,g,2026-10-01,ok
        gw,h,2026-10-01,maybe
        """, StandardCharsets.UTF_8, "weak-password-audit", null);
    assertThat(ctx.records(WeakPasswordResult.class)).extracting(WeakPasswordResult::weak)
        .containsExactly(true, false, true, false, true, true, false);
    assertThat(ctx.rejects().get(9)).isEqualTo("column result (結果): cannot read 'maybe' as a test result (weak/ok, 弱密碼/通過)");
    assertThat(ctx.rejectsZh().get(9)).isEqualTo("欄位 result (結果)：無法將 'maybe' 讀為測試結果（weak/ok、弱密碼/通過）");
  }

  @Test
  void readsPasswordPolicyRowsIntoOneSettingPerValue() throws IOException {
    CollectingContext ctx = parse("policy.csv", """
        系統,最小長度,複雜度,最長使用天數
        gw,8,Y,90
        db,6,N,0
        web,12,4,
        app,,,
        bad,8,7,90
        """, StandardCharsets.UTF_8, "password-policy", null);
    List<PolicySetting> s = ctx.records(PolicySetting.class);
    assertThat(s).filteredOn(p -> p.system().equals("gw"))
        .extracting(PolicySetting::setting, PolicySetting::value)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("min_length", 8),
            org.assertj.core.groups.Tuple.tuple("min_classes", 3),
            org.assertj.core.groups.Tuple.tuple("max_age_days", 90));
    assertThat(s).filteredOn(p -> p.system().equals("db")).extracting(PolicySetting::value).containsExactly(6, 1, Integer.MAX_VALUE);
    assertThat(s).filteredOn(p -> p.system().equals("web")).extracting(PolicySetting::value).containsExactly(12, 4);
    assertThat(s).allSatisfy(p -> assertThat(p.origin()).isEqualTo("register"));
    assertThat(ctx.usedLines()).containsExactly(2, 3, 4);
    assertThat(ctx.skippedLines()).containsExactly(5);
    assertThat(ctx.rejects().get(6)).startsWith("column complexity (複雜度): cannot read '7'");
  }

  @Test
  void countsNothingForAFileWithOnlyAHeaderOrNothing() throws IOException {
    assertThat(parse("h.csv", "系統,帳號\n", StandardCharsets.UTF_8, "accounts", null).total()).isZero();
    CollectingContext empty = parse("e.csv", "\n\n", StandardCharsets.UTF_8, "accounts", null);
    assertThat(empty.total()).isZero();
    assertThat(empty.numberedWarnings()).singleElement().satisfies(w -> assertThat(w).contains("no header"));
    assertThat(empty.numberedWarningsZh()).containsExactly("0: 檔案沒有標頭列：沒有可讀取的內容");
  }

  @Test
  void probesCsvRegistersButLeavesWindowsExportsAndWorkbooksAlone() {
    byte[] none = new byte[0];
    assertThat(parser.probe(new Sample("accounts.csv", none, List.of("系統,帳號", "gw,root")))).isTrue();
    assertThat(parser.probe(new Sample("users.csv", none, List.of("#TYPE Microsoft.PowerShell.Commands.LocalUser", "\"Name\",\"Enabled\"")))).isFalse();
    assertThat(parser.probe(new Sample("rack.xlsx", new byte[] {'P', 'K', 3, 4}, List.of()))).isFalse();
    assertThat(RegisterParser.xlsx().probe(new Sample("rack.xlsx", new byte[] {'P', 'K', 3, 4}, List.of()))).isTrue();
    assertThat(parser.probe(new Sample("shadow", none, List.of("root:!:19000::::::")))).isFalse();
  }

  @Test
  void servesEveryRegisterKind() {
    assertThat(parser.kinds()).containsAll(RegisterColumns.kinds());
    assertThat(parser.format()).isEqualTo("csv");
    assertThat(RegisterParser.xlsx().format()).isEqualTo("xlsx");
  }
}
