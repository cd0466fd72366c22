package tw.coloaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tw.coloaudit.controls.ControlRegistry;
import tw.coloaudit.example.ExamplePack;
import tw.coloaudit.report.FindingsJsonReportWriter;

/** Audits the generated example pack and checks every planted finding is found and nothing else. */
class ExampleAuditEndToEndTest {

  @TempDir static Path tmp;
  static JsonNode findings;
  static int exitCode;
  static String stdout;

  @BeforeAll
  static void auditTheExamplePack() throws IOException {
    Path pack = tmp.resolve("demo");
    ExamplePack.write(pack);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    exitCode = Main.execute(new String[] {"audit", pack.toString(), "--out", tmp.resolve("out").toString()},
        new PrintWriter(out), new PrintWriter(err));
    stdout = out.toString();
    assertThat(err.toString()).as("standard error of the audit").isEmpty();
    findings = new ObjectMapper().readTree(tmp.resolve("out/findings.json").toFile());
  }

  private static TreeSet<String> found(JsonNode root) {
    TreeSet<String> keys = new TreeSet<>();
    for (JsonNode c : root.path("controls")) {
      for (JsonNode f : c.path("findings")) {
        Map<String, String> subject = new TreeMap<>();
        f.path("subject").fields().forEachRemaining(e -> subject.put(e.getKey(), e.getValue().asText()));
        keys.add(c.path("id").asText() + " " + subject);
      }
    }
    return keys;
  }

  @Test
  void findsEveryPlantedDeficiencyAndNothingElse() {
    TreeSet<String> expected = new TreeSet<>();
    for (ExamplePack.ExpectedFinding f : ExamplePack.answerKey()) {
      if (ControlRegistry.byId(f.control()).isPresent()) expected.add(f.control() + " " + new TreeMap<>(f.subject()));
    }
    assertThat(found(findings)).isEqualTo(expected);
  }

  @Test
  void everyImplementedControlEndsInTheExpectedStatus() {
    Map<String, String> actual = new TreeMap<>();
    for (JsonNode c : findings.path("controls")) actual.put(c.path("id").asText(), c.path("status").asText());
    Map<String, String> expected = new TreeMap<>();
    ExamplePack.expectedStatus().forEach((id, status) -> {
      if (ControlRegistry.byId(id).isPresent()) expected.put(id, status);
    });
    assertThat(actual).isEqualTo(expected);
    assertThat(actual.keySet()).hasSize(ControlRegistry.all().size());
  }

  @Test
  void exitsOneAndPrintsTheSummary() {
    assertThat(exitCode).isEqualTo(1);
    assertThat(stdout).contains("Controls:").contains("Findings:").contains("Files:");
  }

  @Test
  void theFindingsValidateAgainstTheSchema() throws IOException {
    var schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
        .getSchema(FindingsJsonReportWriter.class.getResourceAsStream("findings.schema.json"));
    assertThat(schema.validate(findings)).isEmpty();
  }

  @Test
  void everyFileIsReadWithoutRejectsAndNothingIsUnusedOrMissing() {
    List<String> rejected = new ArrayList<>();
    for (JsonNode in : findings.path("inputs")) {
      if (in.path("rejected").asLong() > 0) rejected.add(in.path("file").asText() + " " + in.path("rejects"));
      assertThat(in.path("records").asLong()).as(in.path("file").asText() + " records").isPositive();
    }
    assertThat(rejected).isEmpty();
    for (JsonNode p : findings.path("problems")) {
      assertThat(p.path("kind").asText()).as(p.toString()).isNotIn("missing", "unused", "unreadable");
    }
  }

  @Test
  void everyFindingPointsAtEvidenceInThePackUnlessItIsAboutMissingEvidence() {
    for (JsonNode c : findings.path("controls")) {
      for (JsonNode f : c.path("findings")) {
        if (f.path("observed").has("missing_kind")) continue;
        assertThat(f.path("evidence")).as(c.path("id").asText() + " " + f.path("subject")).isNotEmpty();
        for (JsonNode e : f.path("evidence")) {
          assertThat(tmp.resolve("demo").resolve(e.path("file").asText())).exists();
        }
      }
    }
  }

  @Test
  void aZipOfThePackGivesTheSameFindings() throws IOException {
    Path pack = tmp.resolve("demo");
    Path zip = tmp.resolve("demo.zip");
    try (OutputStream os = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(os);
        Stream<Path> files = Files.walk(pack)) {
      for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
        z.putNextEntry(new ZipEntry(pack.relativize(p).toString().replace('\\', '/')));
        Files.copy(p, z);
        z.closeEntry();
      }
    }
    int code = Main.execute(new String[] {"audit", zip.toString(), "--out", tmp.resolve("zip-out").toString()},
        new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
    JsonNode fromZip = new ObjectMapper().readTree(tmp.resolve("zip-out/findings.json").toFile());
    assertThat(code).isEqualTo(1);
    assertThat(found(fromZip)).isEqualTo(found(findings));
    assertThat(fromZip.path("run").path("pack_sha256")).isEqualTo(findings.path("run").path("pack_sha256"));
  }
}
