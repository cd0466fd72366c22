package tw.coloaudit.model.orders;

import java.nio.charset.Charset;

/**
 * A {@link ClientOrder} as the receipt parser read it, valid only while it is being emitted: the
 * cells of one CSV line (unquoted, trimmed of spaces and tabs) and the receipt time in epoch
 * nanoseconds ({@link Long#MIN_VALUE} when blank). {@link #toRecord()} builds the record.
 */
public final class ReceiptRow extends OrderRow {

  public static final int CLIENT_ORDER_ID = 0, ORDER_NO = 1, PARENT_ID = 2, ACCOUNT = 3, NAME = 4, SYMBOL = 5, SIDE = 6,
      QTY = 7, PRICE = 8, PRICE_TYPE = 9, TIF = 10, CHANNEL = 11, GATEWAY = 12, SOURCE_IP = 13, DESK = 14;
  /** How many cells a receipt has (every text component of {@link ClientOrder}). */
  public static final int CELLS = 15;

  /** A row for the lines of one file, whose bytes are in {@code charset} (ASCII-compatible). */
  public ReceiptRow(String file, Charset charset) {
    super(file, charset, CELLS);
  }

  /** The receipt time in epoch nanoseconds, or {@link Long#MIN_VALUE} when blank. */
  public long receivedNanos() {
    return epochNanos();
  }

  @Override
  public ClientOrder toRecord() {
    return new ClientOrder(text(CLIENT_ORDER_ID), text(ORDER_NO), text(PARENT_ID), text(ACCOUNT), text(NAME),
        instant(epochNanos()), text(SYMBOL), text(SIDE), text(QTY), text(PRICE), text(PRICE_TYPE), text(TIF), text(CHANNEL),
        text(GATEWAY), text(SOURCE_IP), text(DESK), source());
  }

  @Override
  public String toString() {
    return toRecord().toString();
  }
}
