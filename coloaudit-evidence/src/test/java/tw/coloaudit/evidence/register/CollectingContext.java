package tw.coloaudit.evidence.register;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tw.coloaudit.evidence.spi.ParseContext;
import tw.coloaudit.model.Localized;
import tw.coloaudit.model.Provenance;

/** A parse context for tests: collects records, counts, rejects and warnings, and checks each line is counted once. */
public final class CollectingContext implements ParseContext {

  public final String file;
  public final String system;
  public final String device;
  public final ZoneId zone;
  public final LocalDate asOf;
  public final List<Object> records = new ArrayList<>();
  public final List<Integer> used = new ArrayList<>();
  public final List<Integer> skipped = new ArrayList<>();
  public final Map<Integer, String> rejects = new LinkedHashMap<>();
  public final List<String> warnings = new ArrayList<>();
  /** The rejects' Chinese reasons by line, as the Traditional Chinese report shows them. */
  public final Map<Integer, String> rejectsZh = new LinkedHashMap<>();
  /** The warnings' Chinese texts, as {@code line: message}. */
  public final List<String> warningsZh = new ArrayList<>();
  private final Map<Integer, String> counted = new LinkedHashMap<>();

  public CollectingContext(String file, String system) {
    this(file, system, null, ZoneId.of("Asia/Taipei"), LocalDate.of(2026, 11, 20));
  }

  public CollectingContext(String file, String system, String device, ZoneId zone, LocalDate asOf) {
    this.file = file;
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
    used.add(line);
  }

  @Override
  public void skipped(int line) {
    count(line, "skipped");
    skipped.add(line);
  }

  @Override
  public void rejected(int line, Localized localized) {
    String reason = tw.coloaudit.evidence.testing.Bilingual.en(localized, line);
    count(line, "rejected");
    rejects.put(line, reason);
    rejectsZh.put(line, localized.zh());
  }

  @Override
  public void warn(int line, Localized localized) {
    String message = tw.coloaudit.evidence.testing.Bilingual.en(localized, line);
    warnings.add(line + ": " + message);
    warningsZh.add(line + ": " + localized.zh());
  }

  private void count(int line, String how) {
    String before = counted.putIfAbsent(line, how);
    if (before != null) throw new AssertionError("line " + line + " counted twice: " + before + " and " + how);
  }

  /** used + skipped + rejected. */
  public int total() {
    return used.size() + skipped.size() + rejects.size();
  }

  public <T> List<T> records(Class<T> type) {
    return records.stream().filter(type::isInstance).map(type::cast).toList();
  }
}
