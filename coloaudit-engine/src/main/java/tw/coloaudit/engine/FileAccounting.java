package tw.coloaudit.engine;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import tw.coloaudit.evidence.spi.ParseContext;
import tw.coloaudit.model.Provenance;
import tw.coloaudit.model.Reject;

/**
 * The parse context of one file: collects its records and counts every line or row as used,
 * skipped or rejected, keeping the first rejects and warnings with their line and reason.
 */
final class FileAccounting implements ParseContext {

  static final int KEPT_REJECTS = 100;
  static final int KEPT_WARNINGS = 20;

  private final String path;
  private final String system;
  private final String device;
  private final ZoneId zone;
  private final LocalDate asOf;
  private final List<Object> records = new ArrayList<>();
  private final List<Reject> rejects = new ArrayList<>();
  private final List<String> warningMessages = new ArrayList<>();
  private long used;
  private long skipped;
  private long rejected;
  private long warnings;

  FileAccounting(String path, String system, String device, ZoneId zone, LocalDate asOf) {
    this.path = path;
    this.system = system;
    this.device = device;
    this.zone = zone;
    this.asOf = asOf;
  }

  @Override
  public String system() {
    return system;
  }

  @Override
  public String device() {
    return device;
  }

  @Override
  public ZoneId zone() {
    return zone;
  }

  @Override
  public LocalDate asOf() {
    return asOf;
  }

  @Override
  public Provenance line(int line) {
    return Provenance.line(path, line);
  }

  @Override
  public Provenance row(String sheet, int row) {
    return Provenance.cell(path, sheet, row);
  }

  @Override
  public void emit(Object record) {
    records.add(record);
  }

  @Override
  public void used(int line) {
    used++;
  }

  @Override
  public void skipped(int line) {
    skipped++;
  }

  @Override
  public void rejected(int line, String reason) {
    rejected++;
    if (rejects.size() < KEPT_REJECTS) rejects.add(new Reject(line, reason));
  }

  @Override
  public void warn(int line, String message) {
    warnings++;
    if (warningMessages.size() < KEPT_WARNINGS) {
      warningMessages.add(line > 0 ? "line " + line + ": " + message : message);
    }
  }

  /** Records this file gave, and the whole file rejected when its read broke off. */
  void abandon(int line, String reason) {
    rejected(line, reason);
  }

  List<Object> records() {
    return records;
  }

  long used() {
    return used;
  }

  long skippedCount() {
    return skipped;
  }

  long rejectedCount() {
    return rejected;
  }

  long warnings() {
    return warnings;
  }

  List<Reject> rejects() {
    return rejects;
  }

  List<String> warningMessages() {
    return warningMessages;
  }
}
