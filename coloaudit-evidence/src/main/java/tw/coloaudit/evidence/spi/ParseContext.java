package tw.coloaudit.evidence.spi;

import java.time.LocalDate;
import java.time.ZoneId;
import tw.coloaudit.model.Localized;
import tw.coloaudit.model.Provenance;

/**
 * Where a parser sends its records and accounts for every line or row it reads: each one is
 * counted exactly once as used, skipped (recognised but irrelevant to every control) or rejected
 * (unreadable, with the reason). Blank lines are not counted.
 */
public interface ParseContext {

  /** The system the manifest entry names for every line of this file, or null. */
  String system();

  /** The device the manifest entry names for every line of this file, or null. */
  String device();

  /** The manifest's timezone, for timestamps that carry none. */
  ZoneId zone();

  /** The audit reference date. */
  LocalDate asOf();

  /**
   * The bound that gives a year to timestamps that carry none (RFC 3164 syslog, plain
   * {@code last}); see {@link YearBound}. Parsers of such formats resolve years with
   * {@code tw.coloaudit.evidence.text.YearlessDates} and warn when the bound was guessed.
   */
  default YearBound yearBound() {
    return new YearBound(asOf().plusDays(1).atTime(java.time.LocalTime.MAX), "as-of");
  }

  /** The input limits of this run (line length, field count, XML depth …); see {@link InputLimits}. */
  default InputLimits limits() {
    return InputLimits.DEFAULT;
  }

  /** Provenance of a line of this file. */
  Provenance line(int line);

  /** Provenance of a row of a sheet of this file. */
  Provenance row(String sheet, int row);

  /**
   * Hands on one record, or a {@link tw.coloaudit.model.RowView} that stands for one and is valid
   * only during this call (a context that keeps it keeps its {@code toRecord()}). Does not count
   * anything: call {@link #used(int)} for its line.
   */
  void emit(Object record);

  void used(int line);

  void skipped(int line);

  /**
   * Counts a line or row as unreadable; the reason names what is wrong with it, in Traditional
   * Chinese and English (both are shown to the people who must fix the evidence).
   */
  void rejected(int line, Localized reason);

  /** Same as {@link #rejected(int, Localized)}, the reason given as its two texts. */
  default void rejected(int line, String zh, String en) {
    rejected(line, Localized.of(zh, en));
  }

  /**
   * A problem worth telling that does not stop the line being used (a bad checksum, a guessed
   * year), in Traditional Chinese and English.
   */
  void warn(int line, Localized message);

  /** Same as {@link #warn(int, Localized)}, the message given as its two texts. */
  default void warn(int line, String zh, String en) {
    warn(line, Localized.of(zh, en));
  }
}
