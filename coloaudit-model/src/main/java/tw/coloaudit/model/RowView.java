package tw.coloaudit.model;

/**
 * A reusable view of one parsed line that a parser hands to {@code emit} in place of a record, for
 * evidence that runs to tens of millions of lines. It is valid only during that call (the parser
 * overwrites it for its next line), so whatever keeps it keeps {@link #toRecord()} instead.
 */
public interface RowView {

  /** The immutable record this row stands for, built now. */
  Object toRecord();

  /**
   * The row's time in nanoseconds since the epoch, or {@link Long#MIN_VALUE} when it has none (when
   * the record's {@link Timestamped#time()} would be null).
   */
  long epochNanos();
}
