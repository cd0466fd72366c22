package tw.coloaudit.facts.orders;

import java.util.Set;
import tw.coloaudit.facts.Reduction;
import tw.coloaudit.model.orders.ClientOrder;
import tw.coloaudit.model.orders.ExchangeOrder;

/** Folds receipts and exchange orders into {@link OrderFacts}, per file, by day. */
public final class OrderReduction implements Reduction<OrderFacts> {

  @Override
  public Class<OrderFacts> factType() {
    return OrderFacts.class;
  }

  @Override
  public Set<Class<?>> recordTypes() {
    return Set.of(ClientOrder.class, ExchangeOrder.class);
  }

  @Override
  public OrderFacts empty() {
    return new OrderFacts();
  }

  @Override
  public void fold(OrderFacts partial, Object record) {
    if (record instanceof ClientOrder c) {
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
