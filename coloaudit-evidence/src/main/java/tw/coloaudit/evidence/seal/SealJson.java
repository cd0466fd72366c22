package tw.coloaudit.evidence.seal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads and writes {@code seal.json}; the layout is documented in docs/SEALING.md. */
public final class SealJson {

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** A seal file that is not valid seal JSON. */
  public static final class BadSealException extends IOException {
    private static final long serialVersionUID = 1L;

    BadSealException(String message) {
      super(message);
    }
  }

  private SealJson() {}

  public static byte[] write(Seal s) {
    ObjectNode root = JSON.createObjectNode();
    root.put("schema", s.schema());
    root.put("sealed_at", s.sealedAt());
    ObjectNode tool = root.putObject("tool");
    tool.put("name", s.toolName());
    tool.put("version", s.toolVersion());
    if (s.previous() == null) root.putNull("previous");
    else root.put("previous", s.previous());
    ArrayNode files = root.putArray("files");
    for (Seal.SealedFile f : s.files()) {
      ObjectNode o = files.addObject();
      o.put("path", f.path());
      o.put("sha256", f.sha256());
      o.put("size", f.size());
    }
    root.put("seal_sha256", s.sealSha256());
    if (s.signature() == null) {
      root.putNull("signature");
    } else {
      ObjectNode sig = root.putObject("signature");
      sig.put("algorithm", s.signature().algorithm());
      sig.put("public_key", s.signature().publicKey());
      sig.put("value", s.signature().value());
    }
    try {
      return (JSON.writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  public static Seal read(InputStream in, String name) throws IOException {
    JsonNode root;
    try {
      root = JSON.readTree(in);
    } catch (JsonProcessingException e) {
      throw new BadSealException(name + ": not JSON: " + e.getOriginalMessage());
    }
    if (root == null || !root.isObject()) throw new BadSealException(name + ": not a JSON object");
    String schema = text(root, "schema", name);
    if (!Seal.SCHEMA.equals(schema)) throw new BadSealException(name + ": unknown schema " + schema);
    List<Seal.SealedFile> files = new ArrayList<>();
    JsonNode list = root.path("files");
    if (!list.isArray()) throw new BadSealException(name + ": files is not a list");
    for (JsonNode f : list) {
      if (!f.path("size").canConvertToLong()) throw new BadSealException(name + ": a file has no size");
      files.add(new Seal.SealedFile(text(f, "path", name), text(f, "sha256", name), f.path("size").asLong()));
    }
    JsonNode sig = root.path("signature");
    Seal.Signature signature = sig.isObject()
        ? new Seal.Signature(text(sig, "algorithm", name), text(sig, "public_key", name), text(sig, "value", name))
        : null;
    JsonNode prev = root.path("previous");
    return new Seal(
        schema,
        text(root, "sealed_at", name),
        text(root.path("tool"), "name", name),
        text(root.path("tool"), "version", name),
        prev.isTextual() ? prev.asText() : null,
        files,
        text(root, "seal_sha256", name),
        signature);
  }

  private static String text(JsonNode node, String field, String name) throws BadSealException {
    JsonNode v = node.path(field);
    if (!v.isTextual()) throw new BadSealException(name + ": " + field + " is missing or not a string");
    return v.asText();
  }
}
