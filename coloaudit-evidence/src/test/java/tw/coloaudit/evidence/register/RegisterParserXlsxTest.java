package tw.coloaudit.evidence.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tw.coloaudit.evidence.pack.EvidenceFile;
import tw.coloaudit.model.FileEntry;
import tw.coloaudit.model.PartyType;
import tw.coloaudit.model.Provenance;
import tw.coloaudit.model.account.AccountRecord;
import tw.coloaudit.model.account.Person;

class RegisterParserXlsxTest {

  @TempDir Path tmp;

  private final RegisterParser parser = RegisterParser.xlsx();

  /** Writes a workbook: a cover sheet, then the register sheet with a blank first row. */
  private static byte[] workbook() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Workbook wb = new Workbook(out, "ColoAudit test", "1.0");
    Worksheet cover = wb.newWorksheet("說明");
    cover.value(0, 0, "帳號清冊 2026");
    Worksheet ws = wb.newWorksheet("帳號清冊");
    // Row 1 is left empty: the header is the first non-empty row.
    String[] header = {"系統", "帳號", "使用人類別", "最高權限", "啟用", "建立日期", "密碼變更日期", "最後登入", "停用日期"};
    for (int c = 0; c < header.length; c++) ws.value(1, c, header[c]);
    // Row 3: real Excel dates and a date-time.
    ws.value(2, 0, "colo-gw-1");
    ws.value(2, 1, "root");
    ws.value(2, 2, "員工");
    ws.value(2, 3, true);
    ws.value(2, 4, "Y");
    ws.value(2, 5, LocalDate.of(2023, 8, 1));
    ws.style(2, 5).format("yyyy-mm-dd").set();
    ws.value(2, 6, LocalDate.of(2024, 5, 1));
    ws.style(2, 6).format("yyyy-mm-dd").set();
    ws.value(2, 7, LocalDateTime.of(2026, 10, 5, 14, 5));
    ws.style(2, 7).format("yyyy-mm-dd hh:mm").set();
    // Row 4: dates typed as text, ROC style.
    ws.value(3, 0, "colo-gw-1");
    ws.value(3, 1, "vendor01");
    ws.value(3, 2, "廠商");
    ws.value(3, 3, "N");
    ws.value(3, 4, "否");
    ws.value(3, 6, "113/13/40");
    // Row 6 (row 5 blank): a number where a date belongs but outside the serial range.
    ws.value(5, 0, "colo-gw-1");
    ws.value(5, 1, "ops");
    ws.value(5, 2, "員工");
    ws.value(5, 6, 3);
    // Row 7: no account.
    ws.value(6, 0, "colo-gw-1");
    ws.value(6, 2, "員工");
    // Row 8: numbers in text columns.
    ws.value(7, 0, "colo-gw-1");
    ws.value(7, 1, 1001);
    ws.value(7, 4, 1);
    ws.value(7, 6, "2024/5/1");
    wb.finish();
    return out.toByteArray();
  }

  private CollectingContext parse(String sheet) throws IOException {
    FileEntry entry = new FileEntry("accounts.xlsx", "accounts", null, null, null, null, sheet, 1);
    EvidenceFile f = TestFiles.file(tmp, "accounts.xlsx", workbook(), entry);
    CollectingContext ctx = new CollectingContext("accounts.xlsx", null);
    parser.parse(f, ctx);
    return ctx;
  }

  @Test
  void readsTheNamedSheetWithExcelDatesAndRowProvenance() throws IOException {
    CollectingContext ctx = parse("帳號清冊");
    List<AccountRecord> a = ctx.records(AccountRecord.class);
    assertThat(a).extracting(AccountRecord::account).containsExactly("root", "1001");
    AccountRecord root = a.get(0);
    assertThat(root.createdOn()).isEqualTo(LocalDate.of(2023, 8, 1));
    assertThat(root.passwordChangedOn()).isEqualTo(LocalDate.of(2024, 5, 1));
    assertThat(root.lastLoginAt()).isEqualTo(Instant.parse("2026-10-05T06:05:00Z"));
    assertThat(root.privileged()).isTrue();
    assertThat(root.enabled()).isTrue();
    assertThat(root.holderType()).isEqualTo(PartyType.EMPLOYEE);
    assertThat(root.source()).isEqualTo(Provenance.cell("accounts.xlsx", "帳號清冊", 3));
    assertThat(a.get(1).enabled()).isTrue();
    assertThat(a.get(1).passwordChangedOn()).isEqualTo(LocalDate.of(2024, 5, 1));
  }

  @Test
  void accountsForEveryRowByItsRowNumber() throws IOException {
    CollectingContext ctx = parse("帳號清冊");
    assertThat(ctx.usedLines()).containsExactly(3, 8);
    assertThat(ctx.rejects()).containsOnlyKeys(4, 6, 7);
    assertThat(ctx.rejects().get(4)).isEqualTo("column password_changed_on (密碼變更日期): cannot read '113/13/40' as a date");
    assertThat(ctx.rejects().get(6)).startsWith("column password_changed_on (密碼變更日期): cannot read '3'");
    assertThat(ctx.rejects().get(7)).isEqualTo("column account (帳號) is blank");
    assertThat(ctx.rejectsZh().get(4)).isEqualTo("欄位 password_changed_on (密碼變更日期)：無法將 '113/13/40' 讀為日期");
    assertThat(ctx.rejectsZh().get(6)).isEqualTo("欄位 password_changed_on (密碼變更日期)：無法將 '3' 讀為 Excel 日期序號");
    assertThat(ctx.total()).isEqualTo(5);
  }

  @Test
  void readsTheFirstSheetWhenNoneIsNamed() throws IOException {
    CollectingContext ctx = parse(null);
    // The cover sheet's one cell is taken as a header with no rows under it.
    assertThat(ctx.total()).isZero();
    assertThat(ctx.numberedWarnings()).anySatisfy(w -> assertThat(w).contains("帳號清冊 2026"));
  }

  @Test
  void namesTheSheetsWhenTheNamedOneIsMissing() {
    assertThatThrownBy(() -> parse("Sheet9"))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("Sheet9")
        .hasMessageContaining("說明, 帳號清冊");
  }

  @Test
  void readsPeopleFromAWorkbook() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Workbook wb = new Workbook(out, "ColoAudit test", "1.0");
    Worksheet ws = wb.newWorksheet("people");
    ws.value(0, 0, "Person");
    ws.value(0, 1, "TYPE");
    ws.value(0, 2, "Contract_End");
    ws.value(1, 0, "V001");
    ws.value(1, 1, "vendor");
    ws.value(1, 2, LocalDate.of(2026, 6, 30));
    wb.finish();
    FileEntry entry = new FileEntry("people.xlsx", "people", null, null, null, null, null, 1);
    EvidenceFile f = TestFiles.file(tmp, "people.xlsx", out.toByteArray(), entry);
    CollectingContext ctx = new CollectingContext("people.xlsx", null);
    parser.parse(f, ctx);
    assertThat(ctx.records(Person.class)).singleElement().satisfies(p -> {
      assertThat(p.type()).isEqualTo(PartyType.VENDOR);
      assertThat(p.contractEnd()).isEqualTo(LocalDate.of(2026, 6, 30));
      assertThat(p.source().sheet()).isEqualTo("people");
      assertThat(p.source().row()).isEqualTo(2);
    });
  }

  @Test
  void reportsAFileThatIsNoWorkbook() {
    FileEntry entry = new FileEntry("bad.xlsx", "accounts", null, null, null, null, null, 1);
    EvidenceFile f = TestFiles.file(tmp, "bad.xlsx", "not a workbook".getBytes(java.nio.charset.StandardCharsets.UTF_8), entry);
    assertThatThrownBy(() -> parser.parse(f, new CollectingContext("bad.xlsx", null))).isInstanceOf(IOException.class);
  }
}
