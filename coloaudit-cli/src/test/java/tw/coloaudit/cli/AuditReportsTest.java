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
