package tw.coloaudit.engine;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import tw.coloaudit.evidence.spi.InputLimits;
import tw.coloaudit.evidence.spi.ParseContext;
import tw.coloaudit.evidence.spi.YearBound;
import tw.coloaudit.facts.Reduction;
import tw.coloaudit.model.Localized;
import tw.coloaudit.model.Provenance;
import tw.coloaudit.model.Reject;
import tw.coloaudit.model.RowView;
import tw.coloaudit.model.SystemScoped;
import tw.coloaudit.model.Timestamped;

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
  private final List<Localized> warningMessages = new ArrayList<>();
  private final Map<Class<?>, List<Reduction<?>>> reductionsByType;
  private final Map<Reduction<?>, Object> partials = new LinkedHashMap<>();
  private final YearBound yearBound;
  private final java.util.Set<String> foldedSystems = new java.util.LinkedHashSet<>();
  private String lastFoldedSystem;
  private final InputLimits limits;
  private final Map<Class<?>, Route> routes = new HashMap<>();
  private Class<?> lastType;
  private Route lastRoute;
  private Instant firstTime;
  // The earliest time of the rows (RowView), kept in nanoseconds rather than an Instant per row.
  private boolean rowTimes;
  private long firstRowNanos;
  private long used;
  private long skipped;
  private long rejected;
  private long warnings;

  FileAccounting(
      String path,
      String system,
      String device,
      ZoneId zone,
      LocalDate asOf,
      YearBound yearBound,
      Map<Class<?>, List<Reduction<?>>> reductionsByType) {
    this(path, system, device, zone, asOf, yearBound, reductionsByType, InputLimits.DEFAULT);
  }

  FileAccounting(
      String path,
      String system,
      String device,
      ZoneId zone,
      LocalDate asOf,
      YearBound yearBound,
      Map<Class<?>, List<Reduction<?>>> reductionsByType,
      InputLimits limits) {
    this.limits = limits;
    this.path = path;
    this.yearBound = yearBound;
    this.reductionsByType = reductionsByType;
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
  public InputLimits limits() {
    return limits;
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
  public YearBound yearBound() {
    return yearBound != null ? yearBound : ParseContext.super.yearBound();
  }

  @Override
  public void emit(Object record) {
    Route route = record.getClass() == lastType ? lastRoute : route(record.getClass());
    if (route.reductions == null && record instanceof RowView row) {
      // Nobody folds the row: it stands for its record, handled as if the parser had emitted that.
      record = row.toRecord();
      route = route(record.getClass());
    }
    noteTime(record);
    if (route.reductions == null) {
      records.add(record);
      return;
    }
    // Folded records are not kept, so the systems they name are noted here for evidence presence.
    if (record instanceof SystemScoped s && s.system() != null && s.system() != lastFoldedSystem) {
      lastFoldedSystem = s.system();
      foldedSystems.add(lastFoldedSystem);
    }
    for (int i = 0; i < route.reductions.length; i++) fold(route.reductions[i], route.partials[i], record);
  }

  /** The route of a record class, remembered as the last one (a file's records are mostly of one class). */
  private Route route(Class<?> type) {
    Route route = routes.get(type);
    if (route == null) {
      List<Reduction<?>> reductions = reductionsByType.get(type);
      if (reductions == null) {
        route = new Route(null, null);
      } else {
        Object[] partialsOfType = new Object[reductions.size()];
        for (int i = 0; i < partialsOfType.length; i++) {
          Reduction<?> r = reductions.get(i);
          partialsOfType[i] = partials.computeIfAbsent(r, k -> r.empty());
        }
        route = new Route(reductions.toArray(new Reduction<?>[0]), partialsOfType);
      }
      routes.put(type, route);
    }
    lastType = type;
    lastRoute = route;
    return route;
  }

  private void noteTime(Object record) {
    if (record instanceof RowView row) {
      long nanos = row.epochNanos();
      if (nanos != Long.MIN_VALUE && (!rowTimes || nanos < firstRowNanos)) firstRowNanos = nanos;
      rowTimes |= nanos != Long.MIN_VALUE;
    } else if (record instanceof Timestamped t && t.time() != null) {
      Instant time = t.time();
      if (firstTime == null || time.isBefore(firstTime)) firstTime = time;
    }
  }

  @SuppressWarnings("unchecked")
  private static <F> void fold(Reduction<F> r, Object partial, Object record) {
    r.fold((F) partial, record);
  }

  /**
   * How records of one class are handled: folded by these reductions into this file's partials
   * (in the same order), or kept when {@code reductions} is null.
   */
  private record Route(Reduction<?>[] reductions, Object[] partials) {}

  /** The partial facts this file folded, by reduction. */
  Map<Reduction<?>, Object> partials() {
    return partials;
  }

  /** The systems named by records folded into reductions rather than kept. */
  java.util.Set<String> foldedSystems() {
    return foldedSystems;
  }

  /** The earliest instant of the file's timestamped records and rows, or null. */
  Instant firstTime() {
    if (!rowTimes) return firstTime;
    Instant rows = Instant.ofEpochSecond(Math.floorDiv(firstRowNanos, 1_000_000_000L), Math.floorMod(firstRowNanos, 1_000_000_000L));
    return firstTime == null || rows.isBefore(firstTime) ? rows : firstTime;
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
  public void rejected(int line, Localized reason) {
    rejected++;
    if (rejects.size() < KEPT_REJECTS) rejects.add(new Reject(line, reason));
  }

  @Override
  public void warn(int line, Localized message) {
    warnings++;
    if (warningMessages.size() < KEPT_WARNINGS) {
      warningMessages.add(
          line > 0 ? Localized.of("第 " + line + " 行：" + message.zh(), "line " + line + ": " + message.en()) : message);
    }
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

  List<Localized> warningMessages() {
    return warningMessages;
  }
}
