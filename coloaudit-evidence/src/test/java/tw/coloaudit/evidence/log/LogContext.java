package tw.coloaudit.evidence.log;

import tw.coloaudit.evidence.testing.TextInput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import tw.coloaudit.evidence.spi.EvidenceInput;
import tw.coloaudit.evidence.spi.EvidenceParser;
import tw.coloaudit.evidence.spi.ParseContext;
import tw.coloaudit.evidence.spi.YearBound;
import tw.coloaudit.model.Provenance;
import tw.coloaudit.model.log.LogLine;
import tw.coloaudit.model.log.LoginRecord;

/** A parse context for login-log tests: keeps records, each line's outcome, rejects and warnings. */
final class LogContext implements ParseContext {

  static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

  private final String file;
  private final String system;
  private final YearBound bound;
  private final ZoneId zone;
  private final List<Object> records = new ArrayList<>();
  private final Map<Integer, String> outcomes = new TreeMap<>();
  private final Map<Integer, String> rejects = new TreeMap<>();
  private final List<String> warnings = new ArrayList<>();

  LogContext(String file, String system, YearBound bound, ZoneId zone) {
    this.file = file;
    this.system = system;
    this.bound = bound;
    this.zone = zone;
  }

  static LogContext parse(EvidenceParser parser, String path, String text, String system) {
    return parse(parser, TextInput.of(path, text), system, null, TAIPEI);
  }

  static LogContext parse(EvidenceParser parser, EvidenceInput input, String system, YearBound bound, ZoneId zone) {
    LogContext ctx = new LogContext(input.path(), system, bound, zone);
    try {
      parser.parse(input, ctx);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return ctx;
  }

  /** A bound taken from a file name's date, as the engine gives it. */
  static YearBound named(LocalDate d) {
    return new YearBound(LocalDateTime.of(d, LocalTime.MAX), "file-name");
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
    return zone;
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
    account(line, "used");
  }

  @Override
  public void skipped(int line) {
    account(line, "skipped");
  }

  @Override
  public void rejected(int line, String reason) {
    account(line, "rejected");
    rejects.put(line, reason);
  }

  @Override
  public void warn(int line, String message) {
    warnings.add(message);
  }

  private void account(int line, String outcome) {
    String before = outcomes.putIfAbsent(line, outcome);
    if (before != null) throw new AssertionError("line " + line + " counted twice: " + before + ", then " + outcome);
  }

  List<LoginRecord> logins() {
    return records.stream().filter(LoginRecord.class::isInstance).map(LoginRecord.class::cast).toList();
  }

  List<LogLine> lines() {
    return records.stream().filter(LogLine.class::isInstance).map(LogLine.class::cast).toList();
  }

  /** "u used, s skipped, r rejected". */
  String counts() {
    return count("used") + " used, " + count("skipped") + " skipped, " + count("rejected") + " rejected";
  }

  long count(String outcome) {
    return outcomes.values().stream().filter(outcome::equals).count();
  }

  String outcomes() {
    return outcomes.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
  }

  Map<Integer, String> rejects() {
    return rejects;
  }

  List<String> warnings() {
    return warnings;
  }
}
