package tw.coloaudit.evidence.account;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import tw.coloaudit.evidence.spi.ParseContext;
import tw.coloaudit.model.Provenance;

/** A parse context for tests: keeps records, each line's outcome, rejects and warnings. */
final class RecordingContext implements ParseContext {

  static final String USED = "used";
  static final String SKIPPED = "skipped";
  static final String REJECTED = "rejected";

  private final String file;
  private final String system;
  private final List<Object> records = new ArrayList<>();
  private final Map<Integer, String> outcomes = new TreeMap<>();
  private final Map<Integer, String> rejects = new TreeMap<>();
  private final Map<Integer, List<String>> warnings = new TreeMap<>();

  RecordingContext(String file, String system) {
    this.file = file;
    this.system = system;
  }

  @Override
  public String system() {
    return system;
  }

  @Override
  public String device() {
    return null;
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
    account(line, USED);
  }

  @Override
  public void skipped(int line) {
    account(line, SKIPPED);
  }

  @Override
  public void rejected(int line, String reason) {
    account(line, REJECTED);
    rejects.put(line, reason);
  }

  @Override
  public void warn(int line, String message) {
    warnings.computeIfAbsent(line, k -> new ArrayList<>()).add(message);
  }

  private void account(int line, String outcome) {
    String before = outcomes.putIfAbsent(line, outcome);
    if (before != null) {
      throw new AssertionError("line " + line + " counted twice: " + before + ", then " + outcome);
    }
  }

  List<Object> records() {
    return records;
  }

  <T> List<T> records(Class<T> type) {
    return records.stream().filter(type::isInstance).map(type::cast).toList();
  }

  /** Every counted line in order, e.g. "1 used, 2 skipped, 4 rejected". */
  String outcomes() {
    return outcomes.entrySet().stream()
        .map(e -> e.getKey() + " " + e.getValue())
        .collect(Collectors.joining(", "));
  }

  Map<Integer, String> rejects() {
    return rejects;
  }

  Map<Integer, List<String>> warnings() {
    return warnings;
  }

  long count(String outcome) {
    return outcomes.values().stream().filter(outcome::equals).count();
  }
}
