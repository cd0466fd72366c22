package tw.coloaudit.evidence.testing;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import tw.coloaudit.evidence.spi.ParseContext;
import tw.coloaudit.evidence.spi.YearBound;
import tw.coloaudit.model.Localized;
import tw.coloaudit.model.Provenance;
import tw.coloaudit.model.RowView;

/**
 * The parse context parser tests share: keeps every record (a row view as the record it stands
 * for, as the engine keeps it when no reduction takes it), each line's outcome, the rejects and
 * the warnings (each text in English, and in Chinese through the {@code …Zh} accessors), and fails the test when a line is counted twice (unless made for parsers that
 * count several items of one line, as scan reports do: then every count is tallied and a line's
 * rejects are joined). Family contexts extend it with their own accessors. As-of date 2026-11-20
 * unless one is given.
 */
public class LineRecordingContext implements ParseContext {

  public static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");
  /** The as-of date when none is given. */
  public static final LocalDate AS_OF = LocalDate.of(2026, 11, 20);

  private final String file;
  private final String system;
  private final String device;
  private final YearBound bound;
  private final ZoneId zone;
  private final LocalDate asOf;
  /** Every record handed on, in order. */
  public final List<Object> records = new ArrayList<>();
  /** Each counted line's outcome: used, skipped or rejected. */
  public final Map<Integer, String> outcomes = new TreeMap<>();
  private final Map<Integer, String> rejects = new TreeMap<>();
  private final Map<Integer, String> rejectsZh = new TreeMap<>();
  private final Map<Integer, List<String>> warningsZhByLine = new TreeMap<>();
  private final List<String> warningsZh = new ArrayList<>();
  private final Map<Integer, List<String>> warningsByLine = new TreeMap<>();
  private final List<String> warningMessages = new ArrayList<>();
  private final Map<String, Long> tally = new TreeMap<>();
  private final Map<String, List<Integer>> linesByOutcome = new HashMap<>();
  private final List<Integer> warningLines = new ArrayList<>();
  private final boolean severalPerLine;

  public LineRecordingContext(String file, String system, String device, YearBound bound, ZoneId zone) {
    this(file, system, device, bound, zone, false);
  }

  protected LineRecordingContext(String file, String system, String device, YearBound bound, ZoneId zone, boolean severalPerLine) {
    this(file, system, device, bound, zone, AS_OF, severalPerLine);
  }

  protected LineRecordingContext(
      String file, String system, String device, YearBound bound, ZoneId zone, LocalDate asOf, boolean severalPerLine) {
    this.severalPerLine = severalPerLine;
    this.asOf = asOf;
    this.file = file;
    this.system = system;
    this.device = device;
    this.bound = bound;
    this.zone = zone;
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
    records.add(record instanceof RowView v ? v.toRecord() : record);
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
  public void rejected(int line, Localized localized) {
    String reason = Bilingual.en(localized, line);
    account(line, "rejected");
    rejects.merge(line, reason, (a, b) -> a + " | " + b);
    rejectsZh.merge(line, localized.zh(), (a, b) -> a + " | " + b);
  }

  @Override
  public void warn(int line, Localized localized) {
    String message = Bilingual.en(localized, line);
    warningsByLine.computeIfAbsent(line, k -> new ArrayList<>()).add(message);
    warningMessages.add(message);
    warningLines.add(line);
    warningsZhByLine.computeIfAbsent(line, k -> new ArrayList<>()).add(localized.zh());
    warningsZh.add(localized.zh());
  }

  private void account(int line, String outcome) {
    tally.merge(outcome, 1L, Long::sum);
    String before = severalPerLine ? outcomes.put(line, outcome) : outcomes.putIfAbsent(line, outcome);
    if (before != null && !severalPerLine) {
      throw new AssertionError("line " + line + " counted twice: " + before + ", then " + outcome);
    }
    linesByOutcome.computeIfAbsent(outcome, k -> new ArrayList<>()).add(line);
  }

  public List<Object> records() {
    return records;
  }

  public <T> List<T> records(Class<T> type) {
    return records.stream().filter(type::isInstance).map(type::cast).toList();
  }

  /** How many times the outcome was counted. */
  public long count(String outcome) {
    return tally.getOrDefault(outcome, 0L);
  }

  /** The lines counted with the outcome, in the order they were counted. */
  public List<Integer> lines(String outcome) {
    return linesByOutcome.getOrDefault(outcome, List.of());
  }

  /** "u used, s skipped, r rejected". */
  public String counts() {
    return count("used") + " used, " + count("skipped") + " skipped, " + count("rejected") + " rejected";
  }

  /** Every counted line in order, e.g. "1 used, 2 skipped, 4 rejected". */
  public String outcomes() {
    return outcomes.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
  }

  public Map<Integer, String> rejects() {
    return rejects;
  }

  /** The warnings' messages in order. */
  public List<String> warningMessages() {
    return warningMessages;
  }

  /** The warnings in order, each as "line: English message". */
  public List<String> numberedWarnings() {
    return numbered(warningMessages);
  }

  /** The warnings by line. */
  public Map<Integer, List<String>> warningsByLine() {
    return warningsByLine;
  }

  /** The Chinese text of each rejected line's reasons, joined as {@link #rejects()} joins the English. */
  public Map<Integer, String> rejectsZh() {
    return rejectsZh;
  }

  /** The warnings' Chinese texts in order. */
  public List<String> warningsZh() {
    return warningsZh;
  }

  /** The warnings in order, each as "line: Chinese text". */
  public List<String> numberedWarningsZh() {
    return numbered(warningsZh);
  }

  private List<String> numbered(List<String> texts) {
    return IntStream.range(0, texts.size()).mapToObj(i -> warningLines.get(i) + ": " + texts.get(i)).toList();
  }

  /** The warnings' Chinese texts by line. */
  public Map<Integer, List<String>> warningsZhByLine() {
    return warningsZhByLine;
  }
}
