package tw.coloaudit.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tw.coloaudit.model.Localized;
import tw.coloaudit.model.RecordedFinding;
import tw.coloaudit.model.RecordedRun;
import tw.coloaudit.model.Severity;
import tw.coloaudit.model.Subject;

/** Reads the findings of a {@code findings.json} (EVIDENCE.md §2) as a recorded run, for diffs without a store. */
public final class FindingsFile {

  private FindingsFile() {}

  public static RecordedRun read(Path file) throws IOException {
    JsonNode root = new ObjectMapper().readTree(file.toFile());
    if (root == null || !"coloaudit.findings/1".equals(root.path("schema").asText())) {
      throw new IOException(file + ": not a coloaudit findings.json (schema coloaudit.findings/1)");
    }
    JsonNode run = root.path("run");
    List<RecordedFinding> findings = new ArrayList<>();
    for (JsonNode c : root.path("controls")) {
      Severity severity = Severity.valueOf(c.path("severity").asText("medium").toUpperCase(Locale.ROOT));
      for (JsonNode f : c.path("findings")) {
        Map<String, String> subject = new LinkedHashMap<>();
        f.path("subject").fields().forEachRemaining(e -> subject.put(e.getKey(), e.getValue().asText()));
        findings.add(new RecordedFinding(
            f.path("fingerprint").asText(), c.path("id").asText(), severity, Subject.of(subject),
            Localized.of(f.path("message").path("zh-TW").asText(), f.path("message").path("en").asText()),
            isWaived(f)));
      }
    }
    return new RecordedRun(
        run.path("id").asText(), LocalDate.parse(run.path("as_of").asText()),
        run.path("broker").path("id").asText(null), run.path("broker").path("name").asText(null),
        run.path("pack_sha256").asText(), root.path("tool").path("version").asText(), findings);
  }

  private static boolean isWaived(JsonNode f) {
    JsonNode w = f.path("waiver");
    if (!w.isObject()) return false;
    return "in_force".equals(w.path("status").asText());
  }
}
