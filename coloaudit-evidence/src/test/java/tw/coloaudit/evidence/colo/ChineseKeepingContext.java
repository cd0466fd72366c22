package tw.coloaudit.evidence.colo;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tw.coloaudit.evidence.register.CollectingContext;
import tw.coloaudit.evidence.spi.ParseContext;
import tw.coloaudit.model.Localized;
import tw.coloaudit.model.Provenance;

/**
 * Forwards everything to a {@link CollectingContext} (which checks each reason and warning is in
 * both languages and keeps the English) and keeps the Chinese text of every reject and warning.
 */
final class ChineseKeepingContext implements ParseContext {

  final CollectingContext inner;
  /** The Chinese reason of each rejected line. */
  final Map<Integer, String> rejectsZh = new LinkedHashMap<>();
  /** The Chinese warnings in order, as "line: text". */
  final List<String> warningsZh = new ArrayList<>();

  ChineseKeepingContext(CollectingContext inner) {
    this.inner = inner;
  }

  @Override
  public String system() {
    return inner.system();
  }

  @Override
  public String device() {
    return inner.device();
  }

  @Override
  public ZoneId zone() {
    return inner.zone();
  }

  @Override
  public LocalDate asOf() {
    return inner.asOf();
  }

  @Override
  public Provenance line(int line) {
    return inner.line(line);
  }

  @Override
  public Provenance row(String sheet, int row) {
    return inner.row(sheet, row);
  }

  @Override
  public void emit(Object record) {
    inner.emit(record);
  }

  @Override
  public void used(int line) {
    inner.used(line);
  }

  @Override
  public void skipped(int line) {
    inner.skipped(line);
  }

  @Override
  public void rejected(int line, Localized reason) {
    inner.rejected(line, reason);
    rejectsZh.put(line, reason.zh());
  }

  @Override
  public void warn(int line, Localized message) {
    inner.warn(line, message);
    warningsZh.add(line + ": " + message.zh());
  }
}
