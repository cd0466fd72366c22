package tw.coloaudit.evidence.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import tw.coloaudit.evidence.pack.EvidenceFile;
import tw.coloaudit.evidence.spi.InputLimits;

class RegisterLimitsTest {

  @TempDir Path tmp;

  private CollectingContext parse(String text, InputLimits limits) throws IOException {
    EvidenceFile f = TestFiles.file(tmp, "people.csv", text.getBytes(StandardCharsets.UTF_8), "people", null);
    CollectingContext ctx = new CollectingContext("people.csv", null);
    RegisterParser.csv().parse(f, new Limited(ctx, limits));
    return ctx;
  }

  /** The collecting context with other limits. */
  private record Limited(CollectingContext c, InputLimits limits) implements tw.coloaudit.evidence.spi.ParseContext {
    public String system() {
      return c.system();
    }

    public String device() {
      return c.device();
    }

    public java.time.ZoneId zone() {
      return c.zone();
    }

    public java.time.LocalDate asOf() {
      return c.asOf();
    }

    public tw.coloaudit.model.Provenance line(int line) {
      return c.line(line);
    }

    public tw.coloaudit.model.Provenance row(String sheet, int row) {
      return c.row(sheet, row);
    }

    public void emit(Object record) {
      c.emit(record);
    }

    public void used(int line) {
      c.used(line);
    }

    public void skipped(int line) {
      c.skipped(line);
    }

    public void rejected(int line, tw.coloaudit.model.Localized reason) {
      c.rejected(line, reason);
    }

    public void warn(int line, tw.coloaudit.model.Localized message) {
      c.warn(line, message);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"\n", "\r\n", "\r"})
  void rejectsExactlyTheRowHoldingAnOverlongLineAndReadsOn(String eol) throws IOException {
    InputLimits small = InputLimits.DEFAULT.with("max-line-chars", "100");
    String text = "person,name,type" + eol + "E001,Ann,employee" + eol + "E002," + "x".repeat(500) + ",employee" + eol
        + "E003,\"Multi" + eol + "line\",employee" + eol + "E004,Bob,employee" + eol;
    CollectingContext ctx = parse(text, small);
    assertThat(ctx.rejects()).containsOnlyKeys(3);
    assertThat(ctx.rejects().get(3)).contains("limit of 100");
    assertThat(ctx.rejectsZh().get(3)).isEqualTo("此列有一行超過長度上限 100 個字元");
    assertThat(ctx.usedLines()).containsExactly(2, 4, 6);
  }

  @Test
  void rejectsARowWithMoreFilledCellsThanTheLimit() throws IOException {
    InputLimits small = InputLimits.DEFAULT.with("max-fields", "5");
    CollectingContext ctx = parse("person,name,type\nE001,Ann,employee,,,,,,,,,\nE002,Bob,employee,a,b,c,d\n", small);
    assertThat(ctx.usedLines()).containsExactly(2);
    assertThat(ctx.rejects()).containsOnlyKeys(3);
    assertThat(ctx.rejects().get(3)).contains("7 cells").contains("limit of 5");
    assertThat(ctx.rejectsZh().get(3)).isEqualTo("此列有 7 個儲存格有內容，超過上限 5 個");
  }

  @Test
  void refusesAWorkbookThatIsNotAZipWithAClearMessage() {
    EvidenceFile f = TestFiles.file(tmp, "people.xlsx", "person,name\n".getBytes(StandardCharsets.UTF_8), "people", null);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> RegisterParser.xlsx().parse(f, new CollectingContext("people.xlsx", null)))
        .isInstanceOf(tw.coloaudit.evidence.spi.UnreadableFileException.class)
        .hasMessageContaining("people.xlsx")
        .hasMessageContaining("not an XLSX workbook")
        .satisfies(e -> assertThat(((tw.coloaudit.evidence.spi.UnreadableFileException) e).reason().zh())
            .isEqualTo("people.xlsx：不是 XLSX 活頁簿：開頭不是 zip 檔案格式"));
  }

  @Test
  void refusesAnOverlongDateBeforeAnyPatternSeesIt() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Values.timestamp("2026-11-01 08:00" + " ".repeat(30_000) + "x", java.time.ZoneOffset.UTC))
        .isInstanceOf(ValueException.class)
        .hasMessageContaining("characters");
  }
}
