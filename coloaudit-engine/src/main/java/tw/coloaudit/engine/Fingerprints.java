package tw.coloaudit.engine;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import tw.coloaudit.model.Subject;

/**
 * Stable finding fingerprints: hex SHA-256 of the RFC 8785 canonical JSON of
 * {@code {"control": ID, "subject": {…}}}. Written by hand because every value is a string, for
 * which RFC 8785 reduces to sorting keys by UTF-16 code units and minimal escaping; a
 * canonicalisation library would add a dependency for these few lines.
 */
public final class Fingerprints {

  private Fingerprints() {}

  public static String of(String control, Subject subject) {
    return sha256(canonicalJson(control, subject));
  }

  static String canonicalJson(String control, Subject subject) {
    StringBuilder sb = new StringBuilder();
    sb.append("{\"control\":");
    string(sb, control);
    sb.append(",\"subject\":{");
    // String.compareTo orders by UTF-16 code units, as RFC 8785 requires.
    List<Map.Entry<String, String>> entries = new ArrayList<>(subject.values().entrySet());
    entries.sort(Map.Entry.comparingByKey());
    boolean first = true;
    for (Map.Entry<String, String> e : entries) {
      if (!first) sb.append(',');
      first = false;
      string(sb, e.getKey());
      sb.append(':');
      string(sb, e.getValue());
    }
    sb.append("}}");
    return sb.toString();
  }

  private static void string(StringBuilder sb, String s) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\b' -> sb.append("\\b");
        case '\f' -> sb.append("\\f");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    sb.append('"');
  }

  private static String sha256(String text) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
