package tw.coloaudit.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Map;
import tw.coloaudit.model.AuditResult;
import tw.coloaudit.model.ControlResult;
import tw.coloaudit.model.Finding;
import tw.coloaudit.model.InputReport;
import tw.coloaudit.model.Localized;
import tw.coloaudit.model.Problem;
import tw.coloaudit.model.Provenance;
import tw.coloaudit.model.Reject;
import tw.coloaudit.model.Waiver;

/** Writes {@code findings.json}, the machine-readable result of EVIDENCE.md §2. */
public final class FindingsJsonReportWriter {

  public static final String FILE_NAME = "findings.json";

  private final ObjectMapper mapper =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  public Path write(AuditResult result, Path outDir) throws IOException {
    Files.createDirectories(outDir);
    Path file = outDir.resolve(FILE_NAME);
    try (OutputStream out = Files.newOutputStream(file)) {
      write(result, out);
    }
    return file;
  }

  public void write(AuditResult r, OutputStream out) throws IOException {
    try (JsonGenerator g = mapper.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
      DefaultPrettyPrinter pp = new DefaultPrettyPrinter();
      pp.indentArraysWith(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE);
      g.setPrettyPrinter(pp);
      g.setCodec(mapper);
      g.writeStartObject();
      g.writeStringField("schema", AuditResult.SCHEMA);
      g.writeObjectFieldStart("tool");
      g.writeStringField("name", r.toolName());
      g.writeStringField("version", r.toolVersion());
      g.writeEndObject();
      writeRun(g, r);
      writeSummary(g, r);
      g.writeArrayFieldStart("controls");
      for (ControlResult c : r.controls()) writeControl(g, c);
      g.writeEndArray();
      g.writeArrayFieldStart("inputs");
      for (InputReport in : r.inputs()) writeInput(g, in);
      g.writeEndArray();
      g.writeArrayFieldStart("problems");
      for (Problem p : r.problems()) {
        g.writeStartObject();
        g.writeStringField("kind", p.kind());
        g.writeStringField("path", p.path());
        g.writeStringField("message", p.message().both());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeRaw('\n');
    }
  }

  private static void writeRun(JsonGenerator g, AuditResult r) throws IOException {
    var run = r.run();
    g.writeObjectFieldStart("run");
    g.writeStringField("id", run.id());
    g.writeStringField("as_of", date(run.asOf()));
    g.writeObjectFieldStart("broker");
    g.writeStringField("id", run.broker() == null ? "" : nz(run.broker().id()));
    g.writeStringField("name", run.broker() == null ? "" : nz(run.broker().name()));
    g.writeEndObject();
    g.writeStringField("started_at", time(run.startedAt()));
    g.writeStringField("finished_at", time(run.finishedAt()));
    g.writeStringField("pack_sha256", run.packSha256());
    g.writeEndObject();
  }

  private static void writeSummary(JsonGenerator g, AuditResult r) throws IOException {
    var s = r.summary();
    g.writeObjectFieldStart("summary");
    g.writeNumberField("pass", s.pass());
    g.writeNumberField("fail", s.fail());
    g.writeNumberField("not_applicable", s.notApplicable());
    g.writeNumberField("insufficient_evidence", s.insufficientEvidence());
    g.writeNumberField("waived", s.waived());
    g.writeNumberField("error", s.error());
    g.writeNumberField("findings", s.findings());
    g.writeEndObject();
  }

  private static void writeControl(JsonGenerator g, ControlResult c) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", c.id());
    g.writeStringField("status", c.status().json());
    g.writeStringField("severity", c.severity().json());
    g.writeFieldName("title");
    localized(g, c.title());
    g.writeArrayFieldStart("refs");
    for (String ref : c.refs()) g.writeString(ref);
    g.writeEndArray();
    g.writeFieldName("policy");
    g.writeObject(c.policy());
    g.writeFieldName("observed");
    g.writeObject(c.observed());
    g.writeArrayFieldStart("findings");
    for (Finding f : c.findings()) writeFinding(g, f);
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void writeFinding(JsonGenerator g, Finding f) throws IOException {
    g.writeStartObject();
    g.writeStringField("fingerprint", f.fingerprint());
    g.writeObjectFieldStart("subject");
    for (Map.Entry<String, String> e : f.subject().values().entrySet()) {
      g.writeStringField(e.getKey(), e.getValue());
    }
    g.writeEndObject();
    g.writeFieldName("message");
    localized(g, f.message());
    g.writeFieldName("observed");
    g.writeObject(f.observed());
    g.writeArrayFieldStart("evidence");
    for (Provenance p : f.evidence()) {
      g.writeStartObject();
      g.writeStringField("file", p.file());
      if (p.isSheet()) {
        g.writeStringField("sheet", p.sheet());
        g.writeNumberField("row", p.row());
      } else if (p.line() > 0) {
        g.writeNumberField("line", p.line());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeFieldName("waiver");
    Waiver w = f.waiver();
    if (w == null) {
      g.writeNull();
    } else {
      g.writeStartObject();
      g.writeStringField("status", f.waived() ? "in_force" : "expired");
      g.writeStringField("reason", nz(w.reason()));
      g.writeStringField("approved_by", nz(w.approvedBy()));
      g.writeStringField("approved_on", date(w.approvedOn()));
      g.writeStringField("expires_on", date(w.expiresOn()));
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  private static void writeInput(JsonGenerator g, InputReport in) throws IOException {
    g.writeStartObject();
    g.writeStringField("file", in.file());
    g.writeStringField("kind", in.kind());
    g.writeStringField("format", in.format());
    g.writeStringField("encoding", in.encoding());
    g.writeStringField("sha256", in.sha256());
    g.writeNumberField("records", in.records());
    g.writeNumberField("skipped", in.skipped());
    g.writeNumberField("rejected", in.rejected());
    g.writeArrayFieldStart("rejects");
    for (Reject rej : in.rejects()) {
      g.writeStartObject();
      g.writeNumberField("line", rej.line());
      g.writeStringField("reason", rej.reason().both());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeNumberField("warnings", in.warnings());
    g.writeEndObject();
  }

  private static void localized(JsonGenerator g, Localized l) throws IOException {
    g.writeStartObject();
    g.writeStringField("zh-TW", l.zh());
    g.writeStringField("en", l.en());
    g.writeEndObject();
  }

  private static String date(LocalDate d) {
    return d == null ? null : d.toString();
  }

  private static String time(OffsetDateTime t) {
    return t == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format((TemporalAccessor) t);
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
