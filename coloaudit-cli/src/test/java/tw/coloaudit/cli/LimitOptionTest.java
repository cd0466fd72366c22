package tw.coloaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LimitOptionTest {

  @TempDir Path tmp;

  private int run(StringWriter err, String... args) {
    return Main.execute(args, new PrintWriter(new StringWriter()), new PrintWriter(err));
  }

  private Path pack() throws IOException {
    Path pack = tmp.resolve("pack");
    Files.createDirectories(pack.resolve("accounts/gw"));
    Files.writeString(pack.resolve("evidence.yaml"),
        "as_of: 2026-11-20\nsystems: [{ id: gw, important: true }]\nfiles:\n  - { path: accounts/gw/*, kind: accounts, system: gw }\n",
        StandardCharsets.UTF_8);
    Files.writeString(pack.resolve("accounts/gw/passwd"),
        "root:x:0:0:root:/root:/bin/bash\nalice:x:1001:1001:" + "g".repeat(300) + ":/home/alice:/bin/bash\n", StandardCharsets.UTF_8);
    return pack;
  }

  @Test
  void aLimitSetOnTheCommandLineApplies() throws IOException {
    StringWriter err = new StringWriter();
    run(err, "audit", pack().toString(), "--out", tmp.resolve("out").toString(), "-q", "--limit", "max-line-chars=200");
    assertThat(err.toString()).isEmpty();
    JsonNode in = new ObjectMapper().readTree(tmp.resolve("out/findings.json").toFile()).path("inputs").get(0);
    assertThat(in.path("records").asLong()).isEqualTo(1);
    assertThat(in.path("rejects").get(0).path("line").asInt()).isEqualTo(2);
    assertThat(in.path("rejects").get(0).path("reason").asText()).contains("limit of 200");
  }

  @Test
  void anUnknownLimitOrBadValueExitsTwoNamingIt() throws IOException {
    StringWriter err = new StringWriter();
    int code = run(err, "audit", pack().toString(), "--out", tmp.resolve("out").toString(), "--limit", "max-lines=5");
    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("max-lines").contains("max-line-chars");
    StringWriter err2 = new StringWriter();
    assertThat(run(err2, "audit", pack().toString(), "--limit", "max-ratio=lots")).isEqualTo(2);
    assertThat(err2.toString()).contains("max-ratio").contains("lots");
  }
}
