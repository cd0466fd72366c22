package tw.coloaudit.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import tw.coloaudit.model.AuditResult;
import tw.coloaudit.model.ControlResult;
import tw.coloaudit.model.Finding;
import tw.coloaudit.model.Outcome;
import tw.coloaudit.model.Provenance;
import tw.coloaudit.model.Severity;

/**
 * Writes {@code findings.ocsf.json}: a JSON array of OCSF 1.x Compliance Finding events (class 2003),
 * one per finding and one per control that has no finding, so a SIEM can take the results.
 * Tool-specific details (subject keys, observed values, evidence lines) go in {@code unmapped}.
 */
public final class OcsfReportWriter {

  public static final String FILE_NAME = "findings.ocsf.json";
  public static final String OCSF_VERSION = "1.3.0";
  static final int CLASS_UID = 2003;
  static final int CATEGORY_UID = 2;
  static final int ACTIVITY_CREATE = 1;

  private final ObjectMapper mapper = new ObjectMapper();

  public Path write(AuditResult result, Path outDir) throws IOException {
    Files.createDirectories(outDir);
    Path file = outDir.resolve(FILE_NAME);
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      write(result, out);
    }
    return file;
  }

  public void write(AuditResult r, OutputStream out) throws IOException {
    long time = r.run().finishedAt() != null ? r.run().finishedAt().toInstant().toEpochMilli()
        : r.run().asOf().atStartOfDay(java.time.ZoneOffset.UTC).toInstant().toEpochMilli();
    try (JsonGenerator g = mapper.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
      g.setPrettyPrinter(new DefaultPrettyPrinter());
      g.setCodec(mapper);
      g.writeStartArray();
      for (ControlResult c : r.controls()) {
        if (c.findings().isEmpty()) {
          event(g, r, c, null, time);
        } else {
          for (Finding f : c.findings()) event(g, r, c, f, time);
        }
      }
      g.writeEndArray();
      g.writeRaw('\n');
    }
  }

  private static void event(JsonGenerator g, AuditResult r, ControlResult c, Finding f, long time) throws IOException {
    g.writeStartObject();
    g.writeNumberField("class_uid", CLASS_UID);
    g.writeStringField("class_name", "Compliance Finding");
    g.writeNumberField("category_uid", CATEGORY_UID);
    g.writeStringField("category_name", "Findings");
    g.writeNumberField("activity_id", ACTIVITY_CREATE);
    g.writeStringField("activity_name", "Create");
    g.writeNumberField("type_uid", CLASS_UID * 100 + ACTIVITY_CREATE);
    g.writeNumberField("time", time);
    g.writeNumberField("severity_id", f == null && c.status() == Outcome.PASS ? 1 : severityId(c.severity()));
    g.writeStringField("severity", f == null && c.status() == Outcome.PASS ? "Informational" : severityName(c.severity()));
    boolean suppressed = f != null && f.waived();
    g.writeNumberField("status_id", suppressed ? 3 : 1);
    g.writeStringField("status", suppressed ? "Suppressed" : "New");
    String message = f != null ? f.message().zh() + " / " + f.message().en() : c.title().both();
    g.writeStringField("message", message);

    g.writeObjectFieldStart("metadata");
    g.writeStringField("version", OCSF_VERSION);
    g.writeObjectFieldStart("product");
    g.writeStringField("name", r.toolName());
    g.writeStringField("vendor_name", r.toolName());
    g.writeStringField("version", r.toolVersion());
    g.writeEndObject();
    g.writeStringField("correlation_uid", r.run().id());
    g.writeEndObject();

    g.writeObjectFieldStart("finding_info");
    g.writeStringField("uid", f != null ? f.fingerprint() : c.id() + ":" + r.run().id());
    g.writeStringField("title", c.id() + " " + c.title().en());
    g.writeStringField("desc", f != null ? f.message().en() : c.title().en());
    g.writeArrayFieldStart("types");
    g.writeString(ReportLabels.family(ReportLabels.familyOf(c)).en());
    g.writeEndArray();
    g.writeEndObject();

    g.writeObjectFieldStart("compliance");
    g.writeStringField("control", c.id());
    g.writeArrayFieldStart("requirements");
    for (String ref : c.refs()) g.writeString(ref);
    g.writeEndArray();
    g.writeArrayFieldStart("standards");
    g.writeString("TWSE co-location audit");
    g.writeEndArray();
    int statusId = complianceStatusId(c.status(), f);
    g.writeNumberField("status_id", statusId);
    g.writeStringField("status", switch (statusId) {
      case 1 -> "Pass";
      case 2 -> "Warning";
      case 3 -> "Fail";
      default -> "Other";
    });
    g.writeStringField("status_detail", c.status().json());
    g.writeEndObject();

    if (f != null) {
      g.writeArrayFieldStart("resources");
      g.writeStartObject();
      g.writeStringField("uid", ReportText.subject(f.subject()));
      g.writeStringField("name", f.subject().values().values().iterator().next());
      g.writeStringField("type", String.join(",", f.subject().values().keySet()));
      g.writeEndObject();
      g.writeEndArray();
    }

    g.writeObjectFieldStart("unmapped");
    g.writeStringField("control_status", c.status().json());
    g.writeStringField("title_zh_tw", c.title().zh());
    g.writeFieldName("policy");
    g.writeObject(c.policy());
    if (f != null) {
      g.writeObjectFieldStart("subject");
      for (Map.Entry<String, String> e : f.subject().values().entrySet()) g.writeStringField(e.getKey(), e.getValue());
      g.writeEndObject();
      g.writeStringField("message_zh_tw", f.message().zh());
      g.writeFieldName("observed");
      g.writeObject(f.observed());
      g.writeArrayFieldStart("evidence");
      for (Provenance p : f.evidence()) g.writeString(p.toString());
      g.writeEndArray();
      if (f.waiver() != null) g.writeStringField("waiver", ReportText.waiver(f, false));
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  /** OCSF compliance status: 1 Pass, 2 Warning, 3 Fail, 99 Other. */
  static int complianceStatusId(Outcome status, Finding f) {
    if (f != null) return f.waived() ? 2 : status == Outcome.INSUFFICIENT_EVIDENCE ? 2 : 3;
    return switch (status) {
      case PASS -> 1;
      case FAIL, ERROR -> 3;
      case INSUFFICIENT_EVIDENCE, WAIVED -> 2;
      case NOT_APPLICABLE -> 99;
    };
  }

  static int severityId(Severity s) {
    return switch (s) {
      case LOW -> 2;
      case MEDIUM -> 3;
      case HIGH -> 4;
      case CRITICAL -> 5;
    };
  }

  static String severityName(Severity s) {
    return switch (s) {
      case LOW -> "Low";
      case MEDIUM -> "Medium";
      case HIGH -> "High";
      case CRITICAL -> "Critical";
    };
  }
}
