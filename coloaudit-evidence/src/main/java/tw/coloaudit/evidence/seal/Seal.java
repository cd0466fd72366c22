package tw.coloaudit.evidence.seal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * One seal of a pack as stored in {@code .coloaudit/seal.json}: when it was made, by which tool,
 * the hash of the seal before it, every sealed file's SHA-256 and size, its own hash, and an
 * optional Ed25519 signature. The hash and the signature cover the RFC 8785 canonical JSON of the
 * body (every field but {@code seal_sha256} and {@code signature}); see docs/SEALING.md.
 */
public record Seal(
    String schema,
    String sealedAt,
    String toolName,
    String toolVersion,
    String previous,
    List<SealedFile> files,
    String sealSha256,
    Signature signature) {

  /** The schema name of this format. */
  public static final String SCHEMA = "coloaudit.seal/1";

  /** The folder at the pack root that holds the seal and its history; never sealed itself. */
  public static final String DIR = ".coloaudit/";

  /** The current seal. */
  public static final String CURRENT = DIR + "seal.json";

  /** Earlier seals, {@code 0001.json}, {@code 0002.json} … oldest first. */
  public static final String HISTORY = DIR + "seals/";

  /** One sealed file: its path within the pack, hex SHA-256 and size in bytes. */
  public record SealedFile(String path, String sha256, long size) {
    public SealedFile {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(sha256, "sha256");
    }
  }

  /** An Ed25519 signature of the body, with the signer's public key (X.509 SubjectPublicKeyInfo, base64). */
  public record Signature(String algorithm, String publicKey, String value) {}

  public Seal {
    files = List.copyOf(files);
  }

  /** Whether a pack path belongs to the seal machinery rather than to the evidence. */
  public static boolean isSealPath(String path) {
    return path.startsWith(DIR);
  }

  /** The canonical JSON of the body, the bytes that are hashed and signed. */
  public byte[] canonicalBody() {
    StringBuilder b = new StringBuilder(128 + files.size() * 128);
    // Keys sorted by UTF-16 code units, no whitespace: RFC 8785 for strings, integers and null.
    b.append("{\"files\":[");
    for (int i = 0; i < files.size(); i++) {
      SealedFile f = files.get(i);
      if (i > 0) b.append(',');
      b.append("{\"path\":");
      string(b, f.path());
      b.append(",\"sha256\":");
      string(b, f.sha256());
      b.append(",\"size\":").append(f.size()).append('}');
    }
    b.append("],\"previous\":");
    if (previous == null) b.append("null");
    else string(b, previous);
    b.append(",\"schema\":");
    string(b, schema);
    b.append(",\"sealed_at\":");
    string(b, sealedAt);
    b.append(",\"tool\":{\"name\":");
    string(b, toolName);
    b.append(",\"version\":");
    string(b, toolVersion);
    b.append("}}");
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Hex SHA-256 of {@link #canonicalBody()}. */
  public String computeSha256() {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonicalBody()));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
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
          if (c < 0x20) sb.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
          else sb.append(c);
        }
      }
    }
    sb.append('"');
  }
}
