package tw.coloaudit.model.orders;

import java.time.Instant;
import tw.coloaudit.model.Provenance;
import tw.coloaudit.model.Timestamped;

/**
 * One receipt record of the {@code client-orders} register (委託紀錄): the order as the broker
 * received it. {@code receivedAt} keeps nanoseconds where given and is null when blank (a child
 * order then takes its parent's receipt time). Blank optional cells are null.
 */
public record ClientOrder(
    String clientOrderId,
    String orderNo,
    String parentId,
    String account,
    String name,
    Instant receivedAt,
    String symbol,
    String side,
    String qty,
    String price,
    String priceType,
    String tif,
    String channel,
    String gateway,
    String sourceIp,
    String desk,
    Provenance source)
    implements Timestamped {

  @Override
  public Instant time() {
    return receivedAt;
  }
}
