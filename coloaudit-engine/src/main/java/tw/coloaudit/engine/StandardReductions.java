package tw.coloaudit.engine;

import java.util.List;
import tw.coloaudit.facts.Reduction;

/** Every reduction the engine folds record streams with; each family registers its own here. */
final class StandardReductions {

  private StandardReductions() {}

  static List<Reduction<?>> all() {
    return List.of(
        new tw.coloaudit.facts.firewall.FirewallLogReduction(),
        new tw.coloaudit.facts.log.LoginReduction(),
        new tw.coloaudit.facts.orders.OrderReduction());
  }
}
