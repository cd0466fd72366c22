package tw.coloaudit.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.postgresql.ds.PGSimpleDataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import tw.coloaudit.model.AuditResult;
import tw.coloaudit.model.ControlResult;
import tw.coloaudit.model.Deadline;
import tw.coloaudit.model.Finding;
import tw.coloaudit.model.InputReport;
import tw.coloaudit.model.Localized;
import tw.coloaudit.model.RecordedFinding;
import tw.coloaudit.model.RecordedRun;
import tw.coloaudit.model.RunDiff;
import tw.coloaudit.model.Severity;
import tw.coloaudit.model.Subject;
import tw.coloaudit.model.Summary;

/**
 * Every audit run with its inputs' hashes, each control's status and each finding with its
 * fingerprint, and the fix deadlines set on findings: in an SQLite file by default, in PostgreSQL
 * when given a {@code jdbc:postgresql:} URL. The schema is migrated with Flyway on open.
 */
public final class RunStore implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<LinkedHashMap<String, String>> SUBJECT = new TypeReference<>() {};

  private final String location;
  private final Jdbi jdbi;

  private RunStore(String location, Jdbi jdbi) {
    this.location = location;
    this.jdbi = jdbi;
  }

  /** Opens (creating and migrating as needed) the store at a location as {@link StoreLocation} describes. */
  public static RunStore open(String location) {
    String url = StoreLocation.jdbcUrl(location);
    DataSource ds;
    if (StoreLocation.isPostgres(url)) {
      PGSimpleDataSource pg = new PGSimpleDataSource();
      pg.setURL(url);
      ds = pg;
    } else if (url.startsWith("jdbc:sqlite:")) {
      String file = url.substring("jdbc:sqlite:".length());
      if (!file.isEmpty() && !file.startsWith(":memory:") && !file.startsWith("file:")) {
        try {
          Path parent = Path.of(file).toAbsolutePath().getParent();
          if (parent != null) Files.createDirectories(parent);
        } catch (IOException e) {
          throw new StoreException("無法建立紀錄庫目錄 cannot create the folder of the run store " + file + ": " + e.getMessage(), e);
        }
      }
      SQLiteConfig config = new SQLiteConfig();
      config.enforceForeignKeys(true);
      config.setBusyTimeout(10_000);
      SQLiteDataSource lite = new SQLiteDataSource(config);
      lite.setUrl(url);
      ds = lite;
    } else {
      throw new StoreException("不支援的紀錄庫 unsupported run store (SQLite file, jdbc:sqlite: or jdbc:postgresql:): "
          + StoreLocation.display(location));
    }
    try {
      Flyway.configure()
          .dataSource(ds)
          // Through SLF4J, so the command line's logger settings keep start-up chatter off the screen.
          .loggers("slf4j")
          // SQLite has only its "main" schema; asking Flyway to create one makes it retry for seconds on a bad file.
          .createSchemas(!(ds instanceof SQLiteDataSource))
          .locations("classpath:db/migration/coloaudit")
          .table("coloaudit_schema_history")
          .load()
          .migrate();
    } catch (FlywayException e) {
      throw new StoreException("無法開啟紀錄庫 cannot open the run store " + StoreLocation.display(location) + ": "
          + rootMessage(e), e);
    }
    return new RunStore(location, Jdbi.create(ds));
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) t = t.getCause();
    return t instanceof SQLException || t != e ? t.getMessage() : e.getMessage();
  }

  public String location() {
    return location;
  }

  /** Records a run; a run recorded again under the same id replaces the earlier record. */
  public void record(AuditResult r) {
    String id = r.run().id();
    Summary s = r.summary();
    try {
      jdbi.useTransaction(h -> {
        deleteRun(h, id);
        h.createUpdate("""
                INSERT INTO runs (run_id, as_of, broker_id, broker_name, started_at, finished_at, pack_sha256,
                  tool_name, tool_version, n_pass, n_fail, n_not_applicable, n_insufficient_evidence, n_waived,
                  n_error, n_findings)
                VALUES (:id, :asOf, :brokerId, :brokerName, :started, :finished, :pack, :toolName, :toolVersion,
                  :pass, :fail, :na, :ie, :waived, :error, :findings)""")
            .bind("id", id)
            .bind("asOf", r.run().asOf().toString())
            .bind("brokerId", r.run().broker() == null ? null : r.run().broker().id())
            .bind("brokerName", r.run().broker() == null ? null : r.run().broker().name())
            .bind("started", r.run().startedAt().toString())
            .bind("finished", r.run().finishedAt().toString())
            .bind("pack", r.run().packSha256())
            .bind("toolName", r.toolName())
            .bind("toolVersion", r.toolVersion())
            .bind("pass", s.pass())
            .bind("fail", s.fail())
            .bind("na", s.notApplicable())
            .bind("ie", s.insufficientEvidence())
            .bind("waived", s.waived())
            .bind("error", s.error())
            .bind("findings", s.findings())
            .execute();
        PreparedBatch inputs = h.prepareBatch("""
            INSERT INTO run_inputs (run_id, position, file, kind, format, encoding, sha256, records, skipped, rejected)
            VALUES (:id, :pos, :file, :kind, :format, :encoding, :sha, :records, :skipped, :rejected)""");
        int pos = 0;
        for (InputReport in : r.inputs()) {
          inputs.bind("id", id).bind("pos", pos++).bind("file", in.file()).bind("kind", in.kind())
              .bind("format", in.format()).bind("encoding", in.encoding()).bind("sha", in.sha256())
              .bind("records", in.records()).bind("skipped", in.skipped()).bind("rejected", in.rejected()).add();
        }
        if (pos > 0) inputs.execute();
        PreparedBatch controls = h.prepareBatch("""
            INSERT INTO run_controls (run_id, control_id, status, severity, n_findings)
            VALUES (:id, :control, :status, :severity, :n)""");
        PreparedBatch findings = h.prepareBatch("""
            INSERT INTO run_findings (run_id, position, control_id, fingerprint, severity, subject_json, message_zh,
              message_en, status)
            VALUES (:id, :pos, :control, :fp, :severity, :subject, :zh, :en, :status)""");
        int fpos = 0;
        for (ControlResult c : r.controls()) {
          controls.bind("id", id).bind("control", c.id()).bind("status", c.status().json())
              .bind("severity", c.severity().json()).bind("n", c.findings().size()).add();
          for (Finding f : c.findings()) {
            findings.bind("id", id).bind("pos", fpos++).bind("control", c.id()).bind("fp", f.fingerprint())
                .bind("severity", c.severity().json()).bind("subject", subjectJson(f.subject()))
                .bind("zh", f.message().zh()).bind("en", f.message().en())
                .bind("status", f.waived() ? "waived" : "open").add();
          }
        }
        if (!r.controls().isEmpty()) controls.execute();
        if (fpos > 0) findings.execute();
      });
    } catch (JdbiException e) {
      throw new StoreException("無法寫入紀錄庫 cannot record the run in " + StoreLocation.display(location) + ": "
          + rootMessage(e), e);
    }
  }

  private static void deleteRun(Handle h, String id) {
    for (String table : List.of("run_findings", "run_controls", "run_inputs", "runs")) {
      h.createUpdate("DELETE FROM " + table + " WHERE run_id = :id").bind("id", id).execute();
    }
  }

  /** The recorded runs, oldest as-of date first. */
  public List<RunSummary> runs() {
    return jdbi.withHandle(h -> h.createQuery("""
            SELECT r.run_id, r.as_of, r.broker_id, r.finished_at, r.pack_sha256, r.tool_version,
              (SELECT COUNT(*) FROM run_findings f WHERE f.run_id = r.run_id) AS n,
              (SELECT COUNT(*) FROM run_findings f WHERE f.run_id = r.run_id AND f.status = 'open') AS open_n
            FROM runs r ORDER BY r.as_of, r.finished_at, r.run_id""")
        .map((rs, ctx) -> new RunSummary(
            rs.getString("run_id"), LocalDate.parse(rs.getString("as_of")), rs.getString("broker_id"),
            rs.getString("finished_at"), rs.getString("pack_sha256"), rs.getString("tool_version"),
            rs.getInt("n"), rs.getInt("open_n")))
        .list());
  }

  /** A recorded run with its findings, in the order they were reported. */
  public Optional<RecordedRun> run(String id) {
    return jdbi.withHandle(h -> {
      Optional<Map<String, Object>> row = h.createQuery("SELECT * FROM runs WHERE run_id = :id")
          .bind("id", id).mapToMap().findOne();
      if (row.isEmpty()) return Optional.empty();
      List<RecordedFinding> findings = h.createQuery("""
              SELECT control_id, fingerprint, severity, subject_json, message_zh, message_en, status
              FROM run_findings WHERE run_id = :id ORDER BY position""")
          .bind("id", id)
          .map((rs, ctx) -> new RecordedFinding(
              rs.getString("fingerprint"), rs.getString("control_id"),
              Severity.valueOf(rs.getString("severity").toUpperCase(Locale.ROOT)),
              subject(rs.getString("subject_json")),
              Localized.of(rs.getString("message_zh"), rs.getString("message_en")),
              "waived".equals(rs.getString("status"))))
          .list();
      Map<String, Object> r = row.get();
      return Optional.of(new RecordedRun(
          id, LocalDate.parse((String) r.get("as_of")), (String) r.get("broker_id"), (String) r.get("broker_name"),
          (String) r.get("pack_sha256"), (String) r.get("tool_version"), findings));
    });
  }

  /** Each recorded input of a run: file and SHA-256, in order. */
  public Map<String, String> inputHashes(String runId) {
    Map<String, String> out = new LinkedHashMap<>();
    jdbi.useHandle(h -> h.createQuery("SELECT file, sha256 FROM run_inputs WHERE run_id = :id ORDER BY position")
        .bind("id", runId)
        .map((rs, ctx) -> Map.entry(rs.getString("file"), rs.getString("sha256")))
        .forEach(e -> out.put(e.getKey(), e.getValue())));
    return out;
  }

  /**
   * Sets the fix deadline of a finding of a recorded run (replacing an earlier one of the same
   * broker and fingerprint).
   *
   * @throws StoreException when the run is unknown or has no finding with that fingerprint
   */
  public Deadline setDeadline(String runId, String fingerprint, LocalDate dueOn, String note) {
    RecordedRun run = run(runId).orElseThrow(() -> new StoreException("紀錄庫中沒有此次查核 no such run in the store: " + runId));
    List<RecordedFinding> matching =
        run.findings().stream().filter(f -> f.fingerprint().startsWith(fingerprint.toLowerCase(Locale.ROOT))).toList();
    if (matching.isEmpty()) {
      throw new StoreException("查核 " + runId + " 沒有指紋為 " + fingerprint + " 的缺失 / run " + runId
          + " has no finding with fingerprint " + fingerprint);
    }
    if (matching.stream().map(RecordedFinding::fingerprint).distinct().count() > 1) {
      throw new StoreException("指紋前綴不唯一 the fingerprint prefix " + fingerprint + " matches several findings of " + runId);
    }
    String fp = matching.get(0).fingerprint();
    String broker = run.brokerId() == null ? "" : run.brokerId();
    Deadline d = new Deadline(broker, fp, dueOn, runId, note);
    jdbi.useTransaction(h -> {
      h.createUpdate("DELETE FROM deadlines WHERE broker_id = :b AND fingerprint = :fp").bind("b", broker).bind("fp", fp).execute();
      h.createUpdate("""
              INSERT INTO deadlines (broker_id, fingerprint, due_on, set_in_run, note)
              VALUES (:b, :fp, :due, :run, :note)""")
          .bind("b", broker).bind("fp", fp).bind("due", dueOn.toString()).bind("run", runId).bind("note", note)
          .execute();
    });
    return d;
  }

  /** The fix deadlines set on a broker's findings, by fingerprint. */
  public Map<String, Deadline> deadlines(String brokerId) {
    String broker = brokerId == null ? "" : brokerId;
    Map<String, Deadline> out = new LinkedHashMap<>();
    jdbi.useHandle(h -> h.createQuery("SELECT * FROM deadlines WHERE broker_id = :b ORDER BY fingerprint")
        .bind("b", broker)
        .map((rs, ctx) -> new Deadline(
            rs.getString("broker_id"), rs.getString("fingerprint"), LocalDate.parse(rs.getString("due_on")),
            rs.getString("set_in_run"), rs.getString("note")))
        .forEach(d -> out.put(d.fingerprint(), d)));
    return out;
  }

  /** Compares two recorded runs, with the deadlines of the later run's broker. */
  public RunDiff diff(String before, String after) {
    RecordedRun a = run(before).orElseThrow(() -> new StoreException("紀錄庫中沒有此次查核 no such run in the store: " + before));
    RecordedRun b = run(after).orElseThrow(() -> new StoreException("紀錄庫中沒有此次查核 no such run in the store: " + after));
    return RunDiff.between(a, b, deadlines(b.brokerId()));
  }

  static String subjectJson(Subject s) {
    try {
      return JSON.writeValueAsString(s.values());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static Subject subject(String json) {
    try {
      return Subject.of(JSON.readValue(json, SUBJECT));
    } catch (JsonProcessingException e) {
      throw new StoreException("紀錄庫內容損毀 a stored subject is not JSON: " + json, e);
    }
  }

  @Override
  public void close() {
    // Connections are opened per operation; nothing stays open.
  }
}
