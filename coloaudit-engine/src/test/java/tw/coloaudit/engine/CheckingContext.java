package tw.coloaudit.engine;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import tw.coloaudit.evidence.spi.InputLimits;
import tw.coloaudit.evidence.spi.ParseContext;
import tw.coloaudit.model.Localized;
import tw.coloaudit.model.Provenance;
import tw.coloaudit.model.RowView;

/**
 * A parse context for hostile-input tests: counts lines, keeps what parsers say (bounded), and
 * notes every breach of the parser contract — a blank reject reason, a negative line, a null
 * record, a record without provenance.
 */
final class CheckingContext implements ParseContext {

  private static final int KEPT = 200;

  private final String system;
  private final String device;
  private final InputLimits limits;
  final List<String> violations = new ArrayList<>();
  final List<String> texts = new ArrayList<>();
  long used;
  long skipped;
  long rejected;
  long emitted;

  CheckingContext(String system, String device, InputLimits limits) {
    this.system = system;
    this.device = device;
    this.limits = limits;
  }

  @Override
  public String system() {
    return system;
  }

  @Override
  public String device() {
    return device;
  }

  @Override
  public ZoneId zone() {
    return ZoneId.of("Asia/Taipei");
  }

  @Override
  public LocalDate asOf() {
    return LocalDate.of(2026, 11, 20);
  }

  @Override
  public InputLimits limits() {
    return limits;
  }

  @Override
  public Provenance line(int line) {
    if (line < 0) violations.add("provenance for negative line " + line);
    return Provenance.line("fuzz", line);
  }

  @Override
  public Provenance row(String sheet, int row) {
    if (row < 0) violations.add("provenance for negative row " + row);
    return Provenance.cell("fuzz", sheet, row);
  }

  @Override
  public void emit(Object record) {
    emitted++;
    if (record == null) {
      violations.add("a null record was emitted");
      return;
    }
    // A row is valid only during emit: what it stands for is checked like any record.
    if (record instanceof RowView row) record = row.toRecord();
    if (record.getClass().isRecord()) {
      for (RecordComponent c : record.getClass().getRecordComponents()) {
        if (!c.getName().equals("source")) continue;
        try {
          if (c.getAccessor().invoke(record) == null) violations.add(record.getClass().getSimpleName() + " without provenance");
        } catch (ReflectiveOperationException e) {
          violations.add("cannot read the provenance of " + record.getClass().getSimpleName());
        }
      }
    }
    keep(String.valueOf(record));
  }

  @Override
  public void used(int line) {
    used++;
    if (line < 0) violations.add("used negative line " + line);
  }

  @Override
  public void skipped(int line) {
    skipped++;
    if (line < 0) violations.add("skipped negative line " + line);
  }

  @Override
  public void rejected(int line, Localized reason) {
    rejected++;
    if (line < 0) violations.add("rejected negative line " + line);
    bilingual(line, reason, "rejected line " + line);
  }

  @Override
  public void warn(int line, Localized message) {
    bilingual(line, message, "a warning at line " + line);
  }

  /** A reason or warning must be there, in Chinese (with Han characters, not the English copied) and English. */
  private void bilingual(int line, Localized l, String what) {
    if (l == null || l.en().isBlank() || l.zh().isBlank()) {
      violations.add(what + " without a message in both languages");
      return;
    }
    if (l.zh().equals(l.en()) || l.zh().codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
      violations.add(what + " without a Chinese text: " + l.en());
    }
    keep(l.zh());
    keep(l.en());
  }

  private void keep(String s) {
    if (texts.size() < KEPT && s != null) texts.add(s.length() > 2000 ? s.substring(0, 2000) : s);
  }

  /** Everything the parser said, as one text, for checks that a secret never surfaced. */
  String said() {
    return String.join("\n", texts);
  }
}
