package tw.coloaudit.evidence.pack;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tw.coloaudit.model.Broker;
import tw.coloaudit.model.FileEntry;
import tw.coloaudit.model.Localized;
import tw.coloaudit.model.Manifest;
import tw.coloaudit.model.Subject;
import tw.coloaudit.model.SystemDef;
import tw.coloaudit.model.Waiver;

/**
 * Reads {@code evidence.yaml} into a {@link Manifest}. Errors that make the manifest unusable
 * throw {@link ManifestException}; entries that are bad but leave the rest usable are left out
 * and returned as {@link ManifestIssue}s with their line.
 */
public final class ManifestReader {

  /** The default timezone for timestamps without a zone. */
  public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Taipei");

  private static final Set<String> TOP_KEYS =
      Set.of("broker", "as_of", "timezone", "policy", "systems", "holidays", "files", "waivers");

  private static final Set<String> FILE_KEYS =
      Set.of("path", "kind", "format", "encoding", "system", "device", "sheet");

  private static final YAMLFactory YAML = YAMLFactory.builder().build();
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** The manifest and the entries left out of it. */
  public record Result(Manifest manifest, List<ManifestIssue> issues) {
    public Result {
      issues = List.copyOf(issues);
    }
  }

  private final String file;
  private final Map<JsonNode, Integer> lines = new IdentityHashMap<>();
  private final Map<JsonNode, Map<String, Integer>> fieldLines = new IdentityHashMap<>();
  private final List<ManifestIssue> issues = new ArrayList<>();

  private ManifestReader(String file) {
    this.file = file;
  }

  /** Reads the manifest at the root of a pack. */
  public static Result read(EvidencePack pack) throws IOException {
    if (!pack.contains(EvidencePack.MANIFEST)) {
      throw new ManifestException(
          EvidencePack.MANIFEST,
          0,
          Localized.of("證據包根目錄沒有 evidence.yaml（" + pack.location() + "）", "the pack has no evidence.yaml at its root (" + pack.location() + ")"));
    }
    try (InputStream in = pack.open(EvidencePack.MANIFEST)) {
      return read(in, EvidencePack.MANIFEST);
    }
  }

  /** Reads a manifest file. */
  public static Result read(Path path) throws IOException {
    try (InputStream in = Files.newInputStream(path)) {
      return read(in, path.getFileName().toString());
    }
  }

  /** Reads a manifest from a stream; {@code fileName} names it in messages. */
  public static Result read(InputStream in, String fileName) throws IOException {
    ManifestReader r = new ManifestReader(fileName);
    JsonNode root;
    try (JsonParser p = YAML.createParser(in)) {
      JsonToken t = p.nextToken();
      if (t == null) throw r.fail(1, "清單是空的", "the manifest is empty");
      if (t != JsonToken.START_OBJECT) {
        throw r.fail(p.currentTokenLocation().getLineNr(), "清單的最上層必須是對應表（key: value）", "the manifest's top level must be a mapping (key: value)");
      }
      root = r.readNode(p, t);
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      String why = e.getOriginalMessage().lines().findFirst().orElse("");
      throw new ManifestException(fileName, line, Localized.of("不是有效的 YAML：" + why, "not valid YAML: " + why), e);
    }
    return new Result(r.toManifest((ObjectNode) root), r.issues);
  }

  // ---- tree with line numbers -------------------------------------------------------------

  private JsonNode readNode(JsonParser p, JsonToken t) throws IOException {
    int line = p.currentTokenLocation().getLineNr();
    JsonNodeFactory f = JsonNodeFactory.instance;
    switch (t) {
      case START_OBJECT -> {
        ObjectNode o = f.objectNode();
        lines.put(o, line);
        Map<String, Integer> fl = new HashMap<>();
        fieldLines.put(o, fl);
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          fl.put(name, p.currentTokenLocation().getLineNr());
          o.set(name, readNode(p, p.nextToken()));
        }
        return o;
      }
      case START_ARRAY -> {
        ArrayNode a = f.arrayNode();
        lines.put(a, line);
        JsonToken n;
        while ((n = p.nextToken()) != JsonToken.END_ARRAY) a.add(readNode(p, n));
        return a;
      }
      case VALUE_STRING -> {
        JsonNode n = f.textNode(p.getText());
        if (!p.getText().isEmpty()) lines.put(n, line);
        return n;
      }
      case VALUE_NUMBER_INT -> {
        return switch (p.getNumberType()) {
          case INT -> f.numberNode(p.getIntValue());
          case LONG -> f.numberNode(p.getLongValue());
          default -> f.numberNode(p.getBigIntegerValue());
        };
      }
      case VALUE_NUMBER_FLOAT -> {
        return f.numberNode(p.getDoubleValue());
      }
      case VALUE_TRUE -> {
        return f.booleanNode(true);
      }
      case VALUE_FALSE -> {
        return f.booleanNode(false);
      }
      default -> {
        return f.nullNode();
      }
    }
  }

  private int lineOf(JsonNode container) {
    return lines.getOrDefault(container, 0);
  }

  private int lineOf(JsonNode container, String field) {
    Map<String, Integer> fl = fieldLines.get(container);
    Integer l = fl == null ? null : fl.get(field);
    return l != null ? l : lineOf(container);
  }

  // ---- manifest ---------------------------------------------------------------------------

  private Manifest toManifest(ObjectNode root) {
    for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
      String k = it.next();
      if (!TOP_KEYS.contains(k)) {
        issue(lineOf(root, k), k, "未知的欄位 " + k + "，已忽略", "unknown key " + k + " ignored");
      }
    }
    JsonNode asOfNode = root.get("as_of");
    if (isBlank(asOfNode)) {
      throw fail(lineOf(root, "as_of"), "缺少查核基準日 as_of", "as_of (the audit reference date) is missing");
    }
    LocalDate asOf = date(asOfNode);
    if (asOf == null) {
      throw fail(
          lineOf(root, "as_of"),
          "as_of 不是 YYYY-MM-DD 日期：'" + asOfNode.asText() + "'",
          "as_of is not a YYYY-MM-DD date: '" + asOfNode.asText() + "'");
    }
    ZoneId zone = DEFAULT_ZONE;
    JsonNode tz = root.get("timezone");
    if (!isBlank(tz)) {
      try {
        zone = ZoneId.of(tz.asText().trim());
      } catch (DateTimeException e) {
        throw fail(
            lineOf(root, "timezone"),
            "timezone 不是有效的時區：'" + tz.asText() + "'（例：Asia/Taipei）",
            "timezone is not a valid time zone: '" + tz.asText() + "' (e.g. Asia/Taipei)");
      }
    }
    return new Manifest(
        broker(root),
        asOf,
        zone,
        policy(root),
        systems(root),
        holidays(root),
        files(root),
        waivers(root));
  }

  private Broker broker(ObjectNode root) {
    JsonNode b = root.get("broker");
    if (isBlank(b)) return null;
    if (b.isObject()) return new Broker(text(b.get("id")), text(b.get("name")));
    if (b.isValueNode()) return new Broker(null, b.asText());
    issue(lineOf(root, "broker"), "broker", "broker 應為 { id, name }，已忽略", "broker should be { id, name }; ignored");
    return null;
  }

  private Map<String, Object> policy(ObjectNode root) {
    JsonNode p = root.get("policy");
    Map<String, Object> out = new LinkedHashMap<>();
    if (isBlank(p)) return out;
    if (!p.isObject()) {
      issue(lineOf(root, "policy"), "policy", "policy 應為對應表，已忽略", "policy should be a mapping; ignored");
      return out;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = p.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode v = e.getValue();
      if (isBlank(v)) {
        issue(lineOf(p, e.getKey()), "policy." + e.getKey(), "政策值空白，已忽略", "the policy value is blank; ignored");
        continue;
      }
      Object value;
      if (v.isIntegralNumber()) value = v.canConvertToInt() ? (Object) v.intValue() : (Object) v.longValue();
      else if (v.isNumber()) value = v.doubleValue();
      else if (v.isBoolean()) value = v.booleanValue();
      else if (v.isTextual()) value = v.textValue();
      else value = MAPPER.convertValue(v, Object.class);
      out.put(e.getKey(), value);
    }
    return out;
  }

  private List<SystemDef> systems(ObjectNode root) {
    List<SystemDef> out = new ArrayList<>();
    for (JsonNode s : list(root, "systems")) {
      int line = lineOf(s);
      if (!s.isObject()) {
        issue(line, "systems", "systems 的項目應為對應表，已略過", "a systems item should be a mapping; left out");
        continue;
      }
      String id = text(s.get("id"));
      if (id == null) {
        issue(line, "systems", "系統缺少 id，已略過", "a system has no id; left out");
        continue;
      }
      Boolean important = bool(s.get("important"));
      if (important == null && !isBlank(s.get("important"))) {
        issue(lineOf(s, "important"), id, "important 不是是/否值：'" + s.get("important").asText() + "'，視為否", "important is not a yes/no value: '" + s.get("important").asText() + "'; taken as no");
      }
      List<String> hosts = new ArrayList<>();
      JsonNode h = s.get("hosts");
      if (h != null && h.isArray()) h.forEach(x -> { if (!isBlank(x)) hosts.add(x.asText().trim()); });
      else if (!isBlank(h)) hosts.add(h.asText().trim());
      LocalDate since = null;
      if (!isBlank(s.get("since"))) {
        since = date(s.get("since"));
        if (since == null) {
          issue(lineOf(s, "since"), id, "since 不是 YYYY-MM-DD 日期，已忽略", "since is not a YYYY-MM-DD date; ignored");
        }
      }
      out.add(new SystemDef(id, text(s.get("name")), text(s.get("role")), Boolean.TRUE.equals(important), hosts, text(s.get("owner")), since));
    }
    return out;
  }

  private List<LocalDate> holidays(ObjectNode root) {
    List<LocalDate> out = new ArrayList<>();
    JsonNode hs = root.get("holidays");
    for (JsonNode h : list(root, "holidays")) {
      LocalDate d = date(h);
      if (d == null) {
        issue(lines.getOrDefault(h, lineOf(hs)), "holidays", "假日 '" + h.asText() + "' 不是 YYYY-MM-DD 日期，已略過", "holiday '" + h.asText() + "' is not a YYYY-MM-DD date; left out");
      } else {
        out.add(d);
      }
    }
    return out;
  }

  private List<FileEntry> files(ObjectNode root) {
    List<FileEntry> out = new ArrayList<>();
    for (JsonNode e : list(root, "files")) {
      int line = lineOf(e);
      if (!e.isObject()) {
        String path = isBlank(e) ? null : e.asText();
        issue(line, path, "files 的項目須有 path 與 kind，已略過", "a files entry needs path and kind; left out");
        continue;
      }
      String path = text(e.get("path"));
      String kind = text(e.get("kind"));
      if (path == null) {
        issue(line, null, "files 的項目缺少 path，已略過", "a files entry has no path; left out");
        continue;
      }
      if (kind == null) {
        issue(line, path, "files 的項目缺少 kind，已略過", "a files entry has no kind; left out");
        continue;
      }
      if (!EvidenceKinds.isKnown(kind)) {
        issue(line, path, "未知的證據種類 kind: " + kind + "，已略過", "unknown kind: " + kind + "; left out");
        continue;
      }
      if (EvidencePack.leavesPack(path)) {
        issue(line, path, "路徑離開證據包（..、絕對路徑或磁碟代號），已略過", "the path leaves the pack (.., an absolute path or a drive letter); left out");
        continue;
      }
      for (Iterator<String> it = e.fieldNames(); it.hasNext(); ) {
        String k = it.next();
        if (!FILE_KEYS.contains(k)) {
          issue(lineOf(e, k), path, "未知的欄位 " + k + "，已忽略", "unknown key " + k + " ignored");
        }
      }
      String p = path.replace('\\', '/');
      while (p.startsWith("./")) p = p.substring(2);
      out.add(
          new FileEntry(
              p,
              kind,
              text(e.get("format")),
              text(e.get("encoding")),
              text(e.get("system")),
              text(e.get("device")),
              text(e.get("sheet")),
              line));
    }
    return out;
  }

  private List<Waiver> waivers(ObjectNode root) {
    List<Waiver> out = new ArrayList<>();
    for (JsonNode w : list(root, "waivers")) {
      int line = lineOf(w);
      if (!w.isObject()) {
        issue(line, "waivers", "waivers 的項目應為對應表，已略過", "a waivers item should be a mapping; left out");
        continue;
      }
      String control = text(w.get("control"));
      JsonNode subj = w.get("subject");
      if (control == null) {
        issue(line, "waivers", "豁免缺少 control，已略過", "a waiver has no control; left out");
        continue;
      }
      if (subj == null || !subj.isObject() || subj.isEmpty()) {
        issue(line, control, "豁免缺少 subject（對應表），已略過", "a waiver has no subject mapping; left out");
        continue;
      }
      Map<String, String> values = new LinkedHashMap<>();
      boolean ok = true;
      for (Iterator<Map.Entry<String, JsonNode>> it = subj.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        if (isBlank(e.getValue()) || e.getValue().isContainerNode()) {
          issue(lineOf(subj, e.getKey()), control, "豁免對象 " + e.getKey() + " 的值空白或不是單一值，已略過此豁免", "the waiver subject's " + e.getKey() + " is blank or not a single value; waiver left out");
          ok = false;
          break;
        }
        values.put(e.getKey(), e.getValue().asText().trim());
      }
      if (!ok) continue;
      LocalDate approvedOn = optionalDate(w, "approved_on", control);
      LocalDate expiresOn = optionalDate(w, "expires_on", control);
      out.add(new Waiver(control, Subject.of(values), text(w.get("reason")), text(w.get("approved_by")), approvedOn, expiresOn));
    }
    return out;
  }

  private LocalDate optionalDate(JsonNode parent, String field, String path) {
    JsonNode n = parent.get(field);
    if (isBlank(n)) return null;
    LocalDate d = date(n);
    if (d == null) {
      issue(lineOf(parent, field), path, field + " 不是 YYYY-MM-DD 日期，已忽略", field + " is not a YYYY-MM-DD date; ignored");
    }
    return d;
  }

  private Iterable<JsonNode> list(ObjectNode root, String key) {
    JsonNode n = root.get(key);
    if (isBlank(n)) return List.of();
    if (n.isArray()) return n;
    issue(lineOf(root, key), key, key + " 應為清單，已忽略", key + " should be a list; ignored");
    return List.of();
  }

  // ---- scalars ----------------------------------------------------------------------------

  private static boolean isBlank(JsonNode n) {
    return n == null || n.isNull() || (n.isTextual() && n.textValue().isBlank());
  }

  private static String text(JsonNode n) {
    if (isBlank(n) || n.isContainerNode()) return null;
    return n.asText().trim();
  }

  private static LocalDate date(JsonNode n) {
    if (isBlank(n) || !n.isValueNode()) return null;
    try {
      return LocalDate.parse(n.asText().trim());
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static Boolean bool(JsonNode n) {
    if (isBlank(n)) return null;
    if (n.isBoolean()) return n.booleanValue();
    return switch (n.asText().trim().toLowerCase(Locale.ROOT)) {
      case "yes", "y", "true", "on", "1", "是" -> true;
      case "no", "n", "false", "off", "0", "否" -> false;
      default -> null;
    };
  }

  private void issue(int line, String path, String zh, String en) {
    issues.add(new ManifestIssue(line, path, Localized.of(zh, en)));
  }

  private ManifestException fail(int line, String zh, String en) {
    return new ManifestException(file, line, Localized.of(zh, en));
  }
}
