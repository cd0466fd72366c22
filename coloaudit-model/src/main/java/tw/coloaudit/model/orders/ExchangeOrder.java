package tw.coloaudit.model.orders;

import java.time.Instant;
import tw.coloaudit.model.Provenance;
import tw.coloaudit.model.Timestamped;

/**
 * One new order as sent to the exchange (FIX 35=D, or a row of the CSV form of
 * {@code exchange-orders}); {@code gateway} is the FIX SenderCompID (49).
 */
public record ExchangeOrder(
    String clientOrderId, String orderNo, String account, Instant sentAt, String symbol, String gateway, Provenance source)
    implements Timestamped {

  @Override
  public Instant time() {
    return sentAt;
  }
}
