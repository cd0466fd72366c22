package tw.coloaudit.model.orders;

import java.nio.charset.Charset;

/**
 * An {@link ExchangeOrder} as the FIX parser read it, valid only while it is being emitted: the
 * values of the tags the audit needs, where they lie in the log line, and the send time in epoch
 * nanoseconds. When the manifest names the file's system, that name is the gateway instead of the
 * {@link #GATEWAY} cell. {@link #toRecord()} builds the record.
 */
public final class SentRow extends OrderRow {

  public static final int CLIENT_ORDER_ID = 0, ORDER_NO = 1, ACCOUNT = 2, SYMBOL = 3, GATEWAY = 4;
  /** How many cells an exchange order has. */
  public static final int CELLS = 5;

  private final String namedGateway;

  /**
   * A row for the lines of one file, whose bytes are in {@code charset} (ASCII-compatible);
   * {@code namedGateway} is the gateway of every line, or null when each line's cell names it.
   */
  public SentRow(String file, Charset charset, String namedGateway) {
    super(file, charset, CELLS);
    this.namedGateway = namedGateway;
  }

  /** The gateway of every line of the file, when the manifest names it; else null (the cell holds it). */
  public String namedGateway() {
    return namedGateway;
  }

  /** The send time in epoch nanoseconds. */
  public long sentNanos() {
    return epochNanos();
  }

  @Override
  public ExchangeOrder toRecord() {
    return new ExchangeOrder(text(CLIENT_ORDER_ID), text(ORDER_NO), text(ACCOUNT), instant(epochNanos()), text(SYMBOL),
        namedGateway != null ? namedGateway : text(GATEWAY), source());
  }

  @Override
  public String toString() {
    return toRecord().toString();
  }
}
