package tw.coloaudit.evidence.firewall;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tw.coloaudit.evidence.spi.ParseContext;
import tw.coloaudit.evidence.spi.YearBound;
import tw.coloaudit.model.Provenance;

/** A parse context for firewall parser tests: records, per-line outcomes, rejects and warnings. */
final class FwContext implements ParseContext {

  private final String file;
  private final String device;
  private final YearBound bound;
  final List<Object> records = new ArrayList<>();
  final Map<Integer, String> outcomes = new TreeMap<>();
  final Map<Integer, String> rejects = new TreeMap<>();
  final List<String> warnings = new ArrayList<>();

  FwContext(String file, String device, YearBound bound) {
    this.file = file;
    this.device = device;
    this.bound = bound;
  }

  FwContext(String file, String device) {
    this(file, device, null);
  }

  static YearBound bound(String dateTime) {
    return new YearBound(LocalDateTime.parse(dateTime), "file-name");
  }

  @Override
  public String system() {
    return null;
  }

  @Override
  public String device() {
    return device;
  }

  @Override
  public ZoneId zone() {
    return ZoneId.of("Asia/Taipei");
  }

  @Override
  public LocalDate asOf() {
    return LocalDate.of(2026, 11, 20);
  }

  @Override
  public YearBound yearBound() {
    return bound != null ? bound : ParseContext.super.yearBound();
  }

  @Override
  public Provenance line(int line) {
    return Provenance.line(file, line);
  }

  @Override
  public Provenance row(String sheet, int row) {
    return Provenance.cell(file, sheet, row);
  }

  @Override
  public void emit(Object record) {
    records.add(record);
  }

  @Override
  public void used(int line) {
    count(line, "used");
  }

  @Override
  public void skipped(int line) {
    count(line, "skipped");
  }

  @Override
  public void rejected(int line, String reason) {
    count(line, "rejected");
    rejects.put(line, reason);
  }

  @Override
  public void warn(int line, String message) {
    warnings.add(message);
  }

  private void count(int line, String outcome) {
    String before = outcomes.put(line, outcome);
    if (before != null) throw new AssertionError("line " + line + " counted twice: " + before + ", then " + outcome);
  }

  long count(String outcome) {
    return outcomes.values().stream().filter(outcome::equals).count();
  }

  <T> List<T> records(Class<T> type) {
    return records.stream().filter(type::isInstance).map(type::cast).toList();
  }
}
