package tw.coloaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tw.coloaudit.example.ExamplePack;

/** Sealing, verifying, recording runs, fix deadlines and diffs through the command line. */
class HistoryCommandsTest {

  @TempDir Path tmp;

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.execute(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  private String fingerprintOf(Path findings, String control) throws IOException {
    JsonNode root = new ObjectMapper().readTree(findings.toFile());
    for (JsonNode c : root.path("controls")) {
      if (c.path("id").asText().equals(control)) return c.path("findings").get(0).path("fingerprint").asText();
    }
    throw new AssertionError(control);
  }

  @Test
  void verifyNamesTheFileChangedAfterSealingInTheExamplePack() {
    Path pack = tmp.resolve("demo");
    ExamplePack.write(pack);
    Run v = run("verify", pack.toString());
    assertThat(v.code()).isEqualTo(1);
    assertThat(v.out()).contains("modified evidence.yaml").contains("chain of 2 seal(s)").contains("Chain: valid")
        .contains("0 missing, 0 added").contains("NOT VERIFIED");
  }

  @Test
  void aSignedSealVerifiesWithThePublicKeyAndNotWithAnother() {
    Path pack = tmp.resolve("demo");
    ExamplePack.write(pack);
    assertThat(run("keygen", tmp.resolve("auditor.pem").toString()).code()).isZero();
    assertThat(run("keygen", tmp.resolve("other.pem").toString()).code()).isZero();
    assertThat(run("keygen", tmp.resolve("auditor.pem").toString()).code()).isEqualTo(2);
    Run s = run("seal", pack.toString(), "--key", tmp.resolve("auditor.pem").toString());
    assertThat(s.code()).isZero();
    assertThat(s.out()).contains("Signed with key SHA-256");
    Run ok = run("verify", pack.toString(), "--public-key", tmp.resolve("auditor.pub.pem").toString());
    assertThat(ok.code()).isZero();
    assertThat(ok.out()).contains("Signature: valid").contains("chain of 3 seal(s)").contains("VERIFIED");
    Run other = run("verify", pack.toString(), "--public-key", tmp.resolve("other.pub.pem").toString());
    assertThat(other.code()).isEqualTo(1);
    assertThat(other.out()).contains("UNEXPECTED KEY");
  }

  @Test
  void runsAreRecordedAndDiffedWithDeadlinesShownOverdue() throws IOException {
    String store = tmp.resolve("store/runs.db").toString();
    Path pack = tmp.resolve("demo");
    ExamplePack.write(pack);
    Run first = run("audit", pack.toString(), "--out", tmp.resolve("a").toString(), "--run-id", "run-a", "--store", store);
    assertThat(first.code()).isEqualTo(1);
    assertThat(first.err()).isEmpty();
    assertThat(first.out()).contains("Recorded: run run-a");

    String pwdAge = fingerprintOf(tmp.resolve("a/findings.json"), "PWD-AGE");
    Run set = run("deadline", "run-a", pwdAge.substring(0, 16), "2026-10-31", "--note", "函文限期改善", "--store", store);
    assertThat(set.code()).as(set.err()).isZero();
    assertThat(run("deadline", "run-a", "ffffffff", "2026-10-31", "--store", store).code()).isEqualTo(2);

    // The broker re-seals the pack: the LOG-INTEGRITY finding is fixed in the second run.
    assertThat(run("seal", pack.toString(), "--at", "2026-11-20T12:00:00+08:00").code()).isZero();
    Run second = run("audit", pack.toString(), "--out", tmp.resolve("b").toString(), "--run-id", "run-b", "--store", store);
    assertThat(second.out()).contains("OVERDUE").contains("PWD-AGE").contains("2026-10-31");

    Run runs = run("runs", "--store", store);
    assertThat(runs.out()).contains("run-a").contains("run-b");

    Run diff = run("diff", "run-a", "run-b", "--store", store);
    assertThat(diff.code()).isZero();
    assertThat(diff.out()).contains("fixed: 1").contains("new: 0").contains("waived: 1").contains("overdue: 1")
        .containsPattern("fixed\\s+LOG-INTEGRITY");

    Run files = run("diff", tmp.resolve("a/findings.json").toString(), tmp.resolve("b/findings.json").toString());
    assertThat(files.code()).isZero();
    assertThat(files.out()).contains("fixed: 1").contains("overdue: 0");
    Run filesWithStore = run("diff", tmp.resolve("a/findings.json").toString(), tmp.resolve("b/findings.json").toString(),
        "--store", store);
    assertThat(filesWithStore.out()).contains("overdue: 1");

    assertThat(run("diff", "run-a", "no-such-run", "--store", store).code()).isEqualTo(2);
    assertThat(Files.exists(Path.of(store))).isTrue();
  }
}
