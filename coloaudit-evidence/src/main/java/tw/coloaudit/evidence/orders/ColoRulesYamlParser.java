package tw.coloaudit.evidence.orders;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import tw.coloaudit.evidence.register.ValueException;
import tw.coloaudit.evidence.register.Values;
import tw.coloaudit.evidence.spi.EvidenceInput;
import tw.coloaudit.evidence.spi.EvidenceParser;
import tw.coloaudit.evidence.spi.ParseContext;
import tw.coloaudit.evidence.spi.Sample;
import tw.coloaudit.model.Localized;
import tw.coloaudit.model.orders.ColoRules;

/**
 * The co-location rules of use ({@code colo-rules}), a small YAML file. The whole file is one
 * record: every non-blank line is counted used, or rejected with the reason when the YAML cannot
 * be read or a value has the wrong form.
 */
public final class ColoRulesYamlParser implements EvidenceParser {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  @Override
  public String format() {
    return "yaml";
  }

  @Override
  public Set<String> kinds() {
    return Set.of("colo-rules");
  }

  @Override
  public boolean probe(Sample sample) {
    String name = sample.fileName().toLowerCase(Locale.ROOT);
    return !sample.isZipLike() && (name.endsWith(".yaml") || name.endsWith(".yml"));
  }

  @Override
  public void parse(EvidenceInput input, ParseContext ctx) throws IOException {
    StringBuilder text = new StringBuilder();
    List<Integer> content = new ArrayList<>();
    try (BufferedReader r = input.openText()) {
      String l;
      int n = 0;
      while ((l = r.readLine()) != null) {
        n++;
        text.append(l).append('\n');
        if (!l.isBlank()) content.add(n);
      }
    }
    ColoRules rules;
    try {
      JsonNode root = YAML.readTree(new StringReader(text.toString()));
      if (root == null || !root.isObject()) throw new ValueException("檔案不是 YAML 對應表（key: value）", "the file is not a YAML mapping");
      List<String> criteria = new ArrayList<>();
      JsonNode c = root.path("criteria");
      if (c.isArray()) c.forEach(x -> criteria.add(x.asText()));
      else if (c.isTextual() && !c.asText().isBlank()) criteria.add(c.asText());
      rules = new ColoRules(
          date(root, "approved_on"),
          text(root, "approved_by"),
          root.hasNonNull("in_internal_control") ? Values.yesNo(root.get("in_internal_control").asText()) : null,
          date(root, "first_brokerage_use_on"),
          criteria,
          notification(root.path("notification")),
          root.hasNonNull("review_interval_days") ? Values.integer(root.get("review_interval_days").asText()) : null,
          ctx.line(content.isEmpty() ? 1 : content.get(0)));
    } catch (IOException e) {
      reject(ctx, content, "YAML 語法錯誤，無法解析", e.getMessage());
      return;
    } catch (ValueException e) {
      reject(ctx, content, e.reason().zh(), e.reason().en());
      return;
    }
    ctx.emit(rules);
    for (int n : content) ctx.used(n);
  }

  /** Rejects every non-blank line with one reason, the English cut to its first line. */
  private static void reject(ParseContext ctx, List<Integer> content, String zh, String en) {
    Localized reason = Localized.of("無法讀取主機共置使用規則：" + zh, "cannot read the co-location rules: " + en.lines().findFirst().orElse(""));
    for (int n : content) ctx.rejected(n, reason);
  }

  private static String notification(JsonNode n) {
    if (n.isMissingNode() || n.isNull()) return null;
    if (n.isValueNode()) return n.asText().isBlank() ? null : n.asText();
    return n.size() == 0 ? null : n.toString();
  }

  private static String text(JsonNode root, String key) {
    JsonNode n = root.get(key);
    return n == null || n.isNull() || n.asText().isBlank() ? null : n.asText().strip();
  }

  private static LocalDate date(JsonNode root, String key) throws ValueException {
    String t = text(root, key);
    return t == null ? null : Values.date(t);
  }
}
