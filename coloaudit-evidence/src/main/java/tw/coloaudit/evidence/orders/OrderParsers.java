package tw.coloaudit.evidence.orders;

import java.util.List;
import tw.coloaudit.evidence.spi.EvidenceParser;

/** The order family's native parsers, tried before the register reader. */
public final class OrderParsers {

  private OrderParsers() {}

  public static List<EvidenceParser> all() {
    return List.of(new FixExchangeOrderParser(), new ClientOrderCsvParser(), new ChronyClockParser(), new ColoRulesYamlParser());
  }
}
