package tw.coloaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tw.coloaudit.controls.ControlCatalog;

class CommandLineTest {

  @TempDir Path tmp;

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.execute(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void controlsListsEveryControlOfTheCatalogWithItsSeverityAndTitles() {
    Run r = run("controls");
    assertThat(r.code()).isZero();
    for (ControlCatalog.Entry e : ControlCatalog.entries()) {
      assertThat(r.out()).containsPattern(e.id() + "\\s+" + e.control().metadata().severity().json());
      assertThat(r.out()).contains(e.title().zh()).contains(e.title().en());
    }
    assertThat(r.out()).contains("password_max_age_days=90");
  }

  @Test
  void explainShowsTheRuleEvidenceThresholdsAndHowToWaive() {
    Run r = run("explain", "PWD-AGE");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("PWD-AGE").contains("CC-18000").contains("accounts")
        .contains("password_max_age_days = 90").contains("waivers:").contains("expires_on");
  }

  @Test
  void explainOfAnUnknownControlExitsTwoWithAMessage() {
    Run r = run("explain", "NO-SUCH");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("NO-SUCH");
  }

  @Test
  void auditOfAMissingPackExitsTwoNamingIt() {
    Run r = run("audit", tmp.resolve("nowhere").toString(), "--out", tmp.resolve("out").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("nowhere");
  }

  @Test
  void auditOfAPackWithoutAManifestExitsTwo() throws IOException {
    Files.createDirectories(tmp.resolve("pack"));
    Files.writeString(tmp.resolve("pack/passwd"), "root:x:0:0:root:/root:/bin/bash\n");
    Run r = run("audit", tmp.resolve("pack").toString(), "--out", tmp.resolve("out").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("evidence.yaml");
  }

  @Test
  void auditOfAnUnreadableManifestExitsTwoNamingTheLine() throws IOException {
    Files.createDirectories(tmp.resolve("pack"));
    Files.writeString(tmp.resolve("pack/evidence.yaml"), "broker: { id: 9A00\nas_of: [\n");
    Run r = run("audit", tmp.resolve("pack").toString(), "--out", tmp.resolve("out").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("evidence.yaml").containsPattern("line \\d+|第 ?\\d+ ?行");
  }

  @Test
  void anUnknownOptionExitsTwoWithUsage() {
    Run r = run("audit", "--bogus");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("Usage");
  }

  @Test
  void exampleWritesAPackAndTheAnswerKey() {
    Run r = run("example", tmp.resolve("demo").toString(), "--answer-key", tmp.resolve("key.json").toString());
    assertThat(r.code()).isZero();
    assertThat(tmp.resolve("demo/evidence.yaml")).exists();
    assertThat(tmp.resolve("key.json")).content().contains("\"findings\"");
  }
}
