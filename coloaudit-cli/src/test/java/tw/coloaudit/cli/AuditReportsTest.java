package tw.coloaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tw.coloaudit.example.ExamplePack;

/** The audit command writes the HTML report and the working paper, and OCSF and JUnit on request. */
class AuditReportsTest {

  @TempDir static Path tmp;
  static Path pack;

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.execute(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  @BeforeAll
  static void writeThePack() throws IOException {
    pack = tmp.resolve("demo");
    ExamplePack.write(pack);
  }

  @Test
  void writesFindingsTheReportAndTheWorkpaperByDefault() throws IOException {
    Path out = tmp.resolve("default");
    Run r = run("audit", pack.toString(), "--out", out.toString(), "--run-id", "r1");

    assertThat(r.code()).isEqualTo(1);
    assertThat(out.resolve("findings.json")).isNotEmptyFile();
    assertThat(out.resolve("report.html")).isNotEmptyFile();
    assertThat(out.resolve("workpaper.xlsx")).isNotEmptyFile();
    assertThat(out.resolve("findings.ocsf.json")).doesNotExist();
    assertThat(out.resolve("junit.xml")).doesNotExist();
    assertThat(r.out()).contains("report.html").contains("workpaper.xlsx");
    String html = Files.readString(out.resolve("report.html"));
    assertThat(html).contains("--unmask").contains("PWD-AGE").contains("主機共置服務查核報告");
  }

  @Test
  void comparesWithAPreviousRunInTheReportAndTheWorkpaper() throws IOException {
    Path first = tmp.resolve("first");
    assertThat(run("audit", pack.toString(), "--out", first.toString(), "--no-store").code()).isEqualTo(1);
    Path second = tmp.resolve("second");
    Run r = run("audit", pack.toString(), "--out", second.toString(), "--no-store",
        "--previous", first.resolve("findings.json").toString());

    assertThat(r.code()).as(r.err()).isEqualTo(1);
    String html = Files.readString(second.resolve("report.html"));
    var earlier = new com.fasterxml.jackson.databind.ObjectMapper().readTree(first.resolve("findings.json").toFile());
    int findings = earlier.path("summary").path("findings").asInt();
    int waived = 0;
    for (var c : earlier.path("controls")) {
      for (var f : c.path("findings")) if ("in_force".equals(f.path("waiver").path("status").asText())) waived++;
    }
    assertThat(findings).isPositive();
    // The same pack twice: every open finding persists, the waived ones stay waived, none is new or fixed.
    assertThat(html).contains("id=\"diff\"")
        .contains("new <b>0</b>").contains("fixed <b>0</b>")
        .contains("persisting <b>" + (findings - waived) + "</b>").contains("waived <b>" + waived + "</b>");
    try (var zip = new java.util.zip.ZipFile(second.resolve("workpaper.xlsx").toFile())) {
      String workbook = new String(zip.getInputStream(zip.getEntry("xl/workbook.xml")).readAllBytes(),
          java.nio.charset.StandardCharsets.UTF_8);
      assertThat(workbook).contains("Diff");
    }
    String plain = Files.readString(first.resolve("report.html"));
    assertThat(plain).doesNotContain("id=\"diff\"");
  }

  @Test
  void anUnknownPreviousRunExitsTwo() {
    Run r = run("audit", pack.toString(), "--out", tmp.resolve("nope").toString(), "--no-store",
        "--previous", "no-such-run-id");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("no-such-run-id");
  }

  @Test
  void addsOcsfAndJunitWhenAsked() throws IOException {
    Path out = tmp.resolve("formats");
    Run r = run("audit", pack.toString(), "--out", out.toString(), "--format", "ocsf,junit");

    assertThat(r.code()).as(r.err()).isEqualTo(1);
    assertThat(Files.readString(out.resolve("findings.ocsf.json"))).contains("\"class_uid\" : 2003");
    assertThat(Files.readString(out.resolve("junit.xml"))).contains("<testsuites").contains("PWD-AGE");
  }

  @Test
  void unmaskLeavesTheReportsUnmaskedAndSaysNothingAboutMasking() throws IOException {
    Path out = tmp.resolve("unmasked");
    Run r = run("audit", pack.toString(), "--out", out.toString(), "--unmask");

    assertThat(r.code()).isEqualTo(1);
    assertThat(Files.readString(out.resolve("report.html"))).doesNotContain("--unmask");
  }

  @Test
  void anUnknownFormatExitsTwo() {
    Run r = run("audit", pack.toString(), "--out", tmp.resolve("bad").toString(), "--format", "pdf");

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("pdf");
  }
}
