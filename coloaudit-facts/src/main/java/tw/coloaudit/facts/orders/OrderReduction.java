package tw.coloaudit.facts.orders;

import java.util.Set;
import tw.coloaudit.facts.Reduction;
import tw.coloaudit.model.orders.ClientOrder;
import tw.coloaudit.model.orders.ExchangeOrder;
import tw.coloaudit.model.orders.ReceiptRow;
import tw.coloaudit.model.orders.SentRow;

/**
 * Folds receipts and exchange orders into {@link OrderFacts}, per file, by day: the rows the order
 * parsers emit (read from their bytes, not kept) and records from any other parser alike.
 */
public final class OrderReduction implements Reduction<OrderFacts> {

  @Override
  public Class<OrderFacts> factType() {
    return OrderFacts.class;
  }

  @Override
  public Set<Class<?>> recordTypes() {
    return Set.of(ReceiptRow.class, SentRow.class, ClientOrder.class, ExchangeOrder.class);
  }

  @Override
  public OrderFacts empty() {
    return new OrderFacts();
  }

  @Override
  public void fold(OrderFacts partial, Object record) {
    if (record instanceof ReceiptRow r) {
      partial.add(r);
    } else if (record instanceof SentRow s) {
      partial.add(s);
    } else if (record instanceof ClientOrder c) {
      partial.add(c);
    } else if (record instanceof ExchangeOrder x) {
      partial.add(x);
    }
  }

  @Override
  public void merge(OrderFacts into, OrderFacts from) {
    into.mergeFrom(from);
  }
}
