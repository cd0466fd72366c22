package tw.coloaudit.evidence.register;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tw.coloaudit.model.Localized;
import tw.coloaudit.model.PartyType;
import tw.coloaudit.model.Provenance;

/**
 * One data row of a register: canonical column name to trimmed cell text, its line or row number,
 * its provenance, and the system it is about (for kinds that carry one). The typed getters return
 * null for a blank or absent cell and throw {@link ValueException} naming the column for
 * unreadable text.
 */
public final class RegisterRow {

  /** Reads a cell's text as a value. */
  @FunctionalInterface
  public interface Reader<T> {
    T read(String text) throws ValueException;
  }

  private final String kind;
  private final int line;
  private final Provenance source;
  private final Map<String, String> values;
  private final Set<String> numeric;
  private final String system;
  private final ZoneId zone;

  public RegisterRow(
      String kind, int line, Provenance source, Map<String, String> values, Set<String> numeric, String system, ZoneId zone) {
    this.kind = kind;
    this.line = line;
    this.source = source;
    this.values = Map.copyOf(values);
    this.numeric = Set.copyOf(numeric);
    this.system = system;
    this.zone = zone;
  }

  public String kind() {
    return kind;
  }

  /** The line (CSV) or row (XLSX) number, 1-based. */
  public int line() {
    return line;
  }

  public Provenance source() {
    return source;
  }

  /** The system: the manifest entry's when it names one, else the row's own. */
  public String system() {
    return system;
  }

  public ZoneId zone() {
    return zone;
  }

  /** Every cell of the row by canonical column name. */
  public Map<String, String> values() {
    return values;
  }

  /** The trimmed text of a column, or null when blank or absent. */
  public String text(String column) {
    String v = values.get(column);
    return v == null || v.isBlank() ? null : v;
  }

  /** Reads a column with {@code reader}; a failure names the column in both languages' names. */
  public <T> T read(String column, Reader<T> reader) throws ValueException {
    String t = text(column);
    if (t == null) return null;
    try {
      return reader.read(t);
    } catch (ValueException e) {
      throw fail(column, e.reason());
    }
  }

  /** A {@link ValueException} whose reason, in both languages, starts with the column's names. */
  public ValueException fail(String column, Localized reason) {
    String label = label(column);
    return new ValueException("欄位 " + label + "：" + reason.zh(), "column " + label + ": " + reason.en());
  }

  /** Same as {@link #fail(String, Localized)}, the reason given as its two texts. */
  public ValueException fail(String column, String zh, String en) {
    return fail(column, Localized.of(zh, en));
  }

  /** {@code name (中文)} of a column of this row's kind. */
  public String label(String column) {
    return RegisterColumns.column(kind, column).map(RegisterColumns.Column::label).orElse(column);
  }

  /** A date; a spreadsheet's numeric cell is an Excel serial date whatever its size. */
  public LocalDate date(String column) throws ValueException {
    if (numeric.contains(column) && text(column) != null) {
      return read(column, t -> Values.excelDate(number(t)));
    }
    return read(column, Values::date);
  }

  /** A timestamp, in the manifest's zone when it carries none; a numeric cell is an Excel serial. */
  public Instant timestamp(String column) throws ValueException {
    if (numeric.contains(column) && text(column) != null) {
      return read(column, t -> Values.excelDateTime(number(t)).atZone(zone).toInstant());
    }
    return read(column, t -> Values.timestamp(t, zone));
  }

  public Boolean yesNo(String column) throws ValueException {
    return read(column, Values::yesNo);
  }

  public PartyType party(String column) throws ValueException {
    return read(column, Values::party);
  }

  public Integer integer(String column) throws ValueException {
    return read(column, Values::integer);
  }

  /** Items of a list cell; empty when blank. */
  public List<String> list(String column) {
    return Values.list(text(column));
  }

  private static double number(String t) throws ValueException {
    try {
      return new BigDecimal(t).doubleValue();
    } catch (NumberFormatException e) {
      throw new ValueException("無法將 '" + t + "' 讀為數字", "cannot read '" + t + "' as a number");
    }
  }

  @Override
  public String toString() {
    return source + " " + values;
  }
}
