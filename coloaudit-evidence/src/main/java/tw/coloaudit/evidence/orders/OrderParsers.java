package tw.coloaudit.evidence.orders;

import java.util.List;
import tw.coloaudit.evidence.spi.EvidenceParser;
import tw.coloaudit.model.Localized;

/** The order family's native parsers, tried before the register reader. */
public final class OrderParsers {

  /** The longest receipt or FIX line read; a longer one is rejected with {@link #TOO_LONG}. */
  static final int MAX_LINE = 1 << 20;

  static final Localized TOO_LONG = Localized.of("行長度超過 " + MAX_LINE + " 位元組", "line longer than " + MAX_LINE + " bytes");

  private OrderParsers() {}

  public static List<EvidenceParser> all() {
    return List.of(new FixExchangeOrderParser(), new ClientOrderCsvParser(), new ChronyClockParser(), new ColoRulesYamlParser());
  }
}
