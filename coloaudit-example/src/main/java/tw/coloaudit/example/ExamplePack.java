package tw.coloaudit.example;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The example evidence pack of broker 9A00 範例證券: account and password evidence of three
 * important co-location systems, with planted deficiencies, and the answer key an audit of it
 * must reproduce.
 */
public final class ExamplePack {

  /** The audit reference date of the pack. */
  public static final LocalDate AS_OF = LocalDate.of(2026, 11, 20);

  public static final ZoneId TIMEZONE = ZoneId.of("Asia/Taipei");

  static final String MANIFEST = "evidence.yaml";

  /** The first line of the manifest: how a directory is recognised as holding an example pack. */
  static final String MARKER = "# 範例證券 9A00 範例證據包（帳號與密碼管理）/ example evidence pack: accounts and passwords";

  private static final FileTime WRITTEN_AT = FileTime.from(Instant.parse("2026-11-20T01:00:00Z"));

  private static final Comparator<ExpectedFinding> ORDER =
      Comparator.comparing(ExpectedFinding::control).thenComparing(f -> f.subject().toString());

  private ExamplePack() {}

  /**
   * One finding the audit of the pack must report: the control ID, the subject exactly as the
   * control names it (all values strings), and why it is planted.
   */
  public record ExpectedFinding(String control, Map<String, String> subject, String why) {

    public ExpectedFinding {
      subject = Collections.unmodifiableSortedMap(new TreeMap<>(subject));
    }
  }

  /**
   * Writes the pack into {@code dir}, creating it. A non-empty directory is written into only when
   * it already holds an example pack (its files are overwritten; other files are left alone).
   *
   * @throws IllegalArgumentException when {@code dir} is a file, or a non-empty directory that
   *     holds no example pack
   * @throws UncheckedIOException when a file cannot be written
   */
  public static void write(Path dir) {
    try {
      if (Files.exists(dir) && !Files.isDirectory(dir)) {
        throw new IllegalArgumentException("不是目錄 / not a directory: " + dir);
      }
      if (Files.isDirectory(dir) && !isEmpty(dir) && !holdsExamplePack(dir)) {
        throw new IllegalArgumentException(
            "目錄非空且不是範例證據包，不予寫入 / refusing to write into a non-empty directory that holds no example pack: " + dir);
      }
      Files.createDirectories(dir);
      for (Map.Entry<String, byte[]> e : contents().entrySet()) {
        Path file = dir.resolve(e.getKey());
        Files.createDirectories(file.getParent());
        Files.write(file, e.getValue());
        Files.setLastModifiedTime(file, WRITTEN_AT);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean isEmpty(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.findAny().isEmpty();
    }
  }

  private static boolean holdsExamplePack(Path dir) throws IOException {
    Path manifest = dir.resolve(MANIFEST);
    if (!Files.isRegularFile(manifest)) return false;
    try (BufferedReader r = Files.newBufferedReader(manifest, StandardCharsets.UTF_8)) {
      return MARKER.equals(r.readLine());
    } catch (java.nio.charset.CharacterCodingException e) {
      return false;
    }
  }

  /** Every file of the pack by its path within the pack, sorted. */
  static SortedMap<String, byte[]> contents() {
    SortedMap<String, byte[]> files = new TreeMap<>();
    files.put(MANIFEST, manifest().getBytes(StandardCharsets.UTF_8));
    for (ExamplePart p : PARTS) files.putAll(p.files());
    return Collections.unmodifiableSortedMap(files);
  }

  /** The parts of the pack, one per control family; each brings its files, manifest lines and answers. */
  static final List<ExamplePart> PARTS = List.of(new AccountsPart(), new ColoPart(), new VulnPart(), new FirewallPart(), new LogsPart(), new OrdersPart(),
      // last: the seal covers every other part's files
      new SealPart());

  /** The manifest: the base systems and every part's policy, systems, files and waivers. */
  static String manifest() {
    StringBuilder m = new StringBuilder(MARKER).append('\n');
    m.append("""
        broker: { id: "9A00", name: "範例證券" }
        as_of: 2026-11-20
        timezone: Asia/Taipei
        """);
    StringBuilder policy = new StringBuilder();
    for (ExamplePart p : PARTS) policy.append(p.policy());
    if (policy.length() > 0) m.append("policy:\n").append(indent(policy.toString(), 2));
    StringBuilder holidays = new StringBuilder();
    for (ExamplePart p : PARTS) holidays.append(p.holidays());
    if (holidays.length() > 0) m.append("holidays:\n").append(indent(holidays.toString(), 2));
    m.append("systems:\n").append(indent(BASE_SYSTEMS, 2));
    for (ExamplePart p : PARTS) m.append(indent(p.systems(), 2));
    m.append("files:\n");
    for (ExamplePart p : PARTS) m.append(indent(p.manifestFiles(), 2));
    StringBuilder waivers = new StringBuilder();
    for (ExamplePart p : PARTS) waivers.append(p.waivers());
    if (waivers.length() > 0) m.append("waivers:\n").append(indent(waivers.toString(), 2));
    return m.toString();
  }

  private static String indent(String block, int spaces) {
    if (block.isEmpty()) return "";
    String pad = " ".repeat(spaces);
    StringBuilder b = new StringBuilder();
    for (String line : block.split("\n", -1)) {
      if (!line.isEmpty()) b.append(pad).append(line).append('\n');
    }
    return b.toString();
  }

  /** The systems every part may refer to. */
  private static final String BASE_SYSTEMS = """
      - id: colo-gw-1
        name: 主機共置下單閘道
        role: order-gateway
        important: true
        hosts: [10.20.1.11, colo-gw-1]
        owner: E001
        since: 2023-08-01
      - id: colo-win-1
        name: 主機共置維運伺服器
        role: server
        important: true
        hosts: [10.20.1.21, colo-win-1]
        owner: E001
        since: 2023-08-01
      - id: colo-db-1
        name: 委託紀錄資料庫
        role: database
        important: true
        hosts: [10.20.1.41, colo-db-1]
        owner: E002
        since: 2023-08-01
      - id: colo-mon-1
        name: 機房環境監控主機
        role: other
        important: false
        hosts: [10.20.1.51, colo-mon-1]
      """;

  /** Every finding an audit of the pack must report, sorted by control and subject. */
  public static List<ExpectedFinding> answerKey() {
    List<ExpectedFinding> key = new ArrayList<>();
    for (ExamplePart p : PARTS) key.addAll(p.answerKey());
    key.sort(ORDER);
    return List.copyOf(key);
  }

  /** The findings of {@link #answerKey()} that a waiver in force on the as-of date covers. */
  public static List<ExpectedFinding> waivedFindings() {
    List<ExpectedFinding> out = new ArrayList<>();
    for (ExamplePart p : PARTS) out.addAll(p.waivedFindings());
    out.sort(ORDER);
    return List.copyOf(out);
  }

  /** The status each control with planted evidence must end in, by control ID. */
  public static Map<String, String> expectedStatus() {
    SortedMap<String, String> status = new TreeMap<>();
    for (ExamplePart p : PARTS) status.putAll(p.expectedStatus());
    return Collections.unmodifiableSortedMap(status);
  }

  /**
   * The answer key as JSON with sorted keys: {@code as_of}, {@code broker},
   * {@code expected_status} and {@code findings} (each with {@code control}, {@code subject},
   * {@code waived} and {@code why}).
   */
  public static String answerKeyJson() {
    List<ExpectedFinding> waived = waivedFindings();
    StringBuilder j = new StringBuilder();
    j.append("{\n");
    j.append("  \"as_of\": ").append(str(AS_OF.toString())).append(",\n");
    j.append("  \"broker\": ").append(str("9A00")).append(",\n");
    j.append("  \"expected_status\": {");
    String sep = "\n";
    for (Map.Entry<String, String> e : expectedStatus().entrySet()) {
      j.append(sep).append("    ").append(str(e.getKey())).append(": ").append(str(e.getValue()));
      sep = ",\n";
    }
    j.append("\n  },\n");
    j.append("  \"findings\": [");
    sep = "\n";
    for (ExpectedFinding f : answerKey()) {
      j.append(sep).append("    {\n");
      j.append("      \"control\": ").append(str(f.control())).append(",\n");
      j.append("      \"subject\": {");
      String inner = "";
      for (Map.Entry<String, String> e : f.subject().entrySet()) {
        j.append(inner).append(str(e.getKey())).append(": ").append(str(e.getValue()));
        inner = ", ";
      }
      j.append("},\n");
      j.append("      \"waived\": ").append(waived.contains(f)).append(",\n");
      j.append("      \"why\": ").append(str(f.why())).append("\n");
      j.append("    }");
      sep = ",\n";
    }
    j.append("\n  ]\n}\n");
    return j.toString();
  }

  private static String str(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20) b.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
          else b.append(c);
        }
      }
    }
    return b.append('"').toString();
  }
}
