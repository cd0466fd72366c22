package tw.coloaudit.example;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import tw.coloaudit.example.ExamplePack.ExpectedFinding;

/**
 * The seal of the example pack ({@code .coloaudit/}, docs/SEALING.md), computed over every other
 * part's files. The broker sealed the pack on 2026-11-18, added one register and sealed again on
 * 2026-11-19 (a chain of two seals: not a finding); then edited {@code evidence.yaml} to add the
 * waivers, after sealing: LOG-INTEGRITY {file: evidence.yaml}.
 */
final class SealPart implements ExamplePart {

  private static final String FIRST_AT = "2026-11-18T17:30+08:00";
  private static final String SECOND_AT = "2026-11-19T10:00+08:00";

  @Override
  public Map<String, byte[]> files() {
    SortedMap<String, byte[]> sealed = new TreeMap<>();
    for (ExamplePart p : ExamplePack.PARTS) {
      if (p != this) sealed.putAll(p.files());
    }
    sealed.put(ExamplePack.MANIFEST, sealedManifest().getBytes(StandardCharsets.UTF_8));
    // The register added between the two seals: the last path, so the first seal lacks it.
    SortedMap<String, byte[]> first = new TreeMap<>(sealed);
    first.remove(first.lastKey());
    Seal one = new Seal(FIRST_AT, null, first);
    Seal two = new Seal(SECOND_AT, one.sha256(), sealed);
    Map<String, byte[]> files = new TreeMap<>();
    files.put(".coloaudit/seals/0001.json", one.json().getBytes(StandardCharsets.UTF_8));
    files.put(".coloaudit/seal.json", two.json().getBytes(StandardCharsets.UTF_8));
    return files;
  }

  /** evidence.yaml as it was when sealed: before the waivers were added. */
  private static String sealedManifest() {
    String m = ExamplePack.manifest();
    int waivers = m.indexOf("\nwaivers:\n");
    return waivers < 0 ? m + "# 封存後刪除此行 / this line was removed after sealing\n" : m.substring(0, waivers + 1);
  }

  @Override
  public String manifestFiles() {
    return "";
  }

  @Override
  public List<ExpectedFinding> answerKey() {
    return List.of(new ExpectedFinding("LOG-INTEGRITY", Map.of("file", "evidence.yaml"),
        "evidence.yaml was edited after the seal of 2026-11-19 (the waivers were added); its SHA-256 differs from the sealed one"));
  }

  @Override
  public List<ExpectedFinding> waivedFindings() {
    return List.of();
  }

  @Override
  public Map<String, String> expectedStatus() {
    return Map.of("LOG-INTEGRITY", "fail");
  }

  /** One seal in the layout of docs/SEALING.md; written here because the example depends only on the model. */
  private record Seal(String sealedAt, String previous, SortedMap<String, byte[]> files) {

    /** RFC 8785 canonical JSON of the body: keys sorted, no whitespace; every path here is plain ASCII or CJK. */
    String canonical() {
      StringBuilder b = new StringBuilder("{\"files\":[");
      String sep = "";
      for (Map.Entry<String, byte[]> e : files.entrySet()) {
        b.append(sep).append("{\"path\":").append(str(e.getKey())).append(",\"sha256\":").append(str(sha256(e.getValue())))
            .append(",\"size\":").append(e.getValue().length).append('}');
        sep = ",";
      }
      b.append("],\"previous\":").append(previous == null ? "null" : str(previous));
      b.append(",\"schema\":\"coloaudit.seal/1\",\"sealed_at\":").append(str(sealedAt));
      b.append(",\"tool\":{\"name\":\"coloaudit\",\"version\":\"example\"}}");
      return b.toString();
    }

    String sha256() {
      return hex(canonical().getBytes(StandardCharsets.UTF_8));
    }

    String json() {
      List<String> lines = new ArrayList<>();
      for (Map.Entry<String, byte[]> e : files.entrySet()) {
        lines.add("    { \"path\": " + str(e.getKey()) + ", \"sha256\": " + str(sha256(e.getValue())) + ", \"size\": "
            + e.getValue().length + " }");
      }
      return "{\n"
          + "  \"schema\": \"coloaudit.seal/1\",\n"
          + "  \"sealed_at\": " + str(sealedAt) + ",\n"
          + "  \"tool\": { \"name\": \"coloaudit\", \"version\": \"example\" },\n"
          + "  \"previous\": " + (previous == null ? "null" : str(previous)) + ",\n"
          + "  \"files\": [\n" + String.join(",\n", lines) + "\n  ],\n"
          + "  \"seal_sha256\": " + str(sha256()) + ",\n"
          + "  \"signature\": null\n"
          + "}\n";
    }

    private static String sha256(byte[] bytes) {
      return hex(bytes);
    }

    private static String str(String s) {
      return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
  }

  private static String hex(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
