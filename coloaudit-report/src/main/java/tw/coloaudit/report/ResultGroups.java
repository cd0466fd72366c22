package tw.coloaudit.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tw.coloaudit.model.AuditResult;
import tw.coloaudit.model.ControlResult;
import tw.coloaudit.model.Localized;
import tw.coloaudit.model.Outcome;

/** Controls counted by the seed deck's deficiency pattern and by control family, for the summaries. */
public final class ResultGroups {

  /** One group's counts of controls per status and of findings listed. */
  public record Row(String key, Localized title, int controls, int pass, int fail, int insufficient, int waived,
      int notApplicable, int error, int findings) {

    /** The worst status in the group, for colouring: fail, error, insufficient, waived, pass, not applicable. */
    public Outcome worst() {
      if (fail > 0) return Outcome.FAIL;
      if (error > 0) return Outcome.ERROR;
      if (insufficient > 0) return Outcome.INSUFFICIENT_EVIDENCE;
      if (waived > 0) return Outcome.WAIVED;
      if (pass > 0) return Outcome.PASS;
      return Outcome.NOT_APPLICABLE;
    }

    Row plus(ControlResult c) {
      Outcome s = c.status();
      return new Row(key, title, controls + 1,
          pass + (s == Outcome.PASS ? 1 : 0), fail + (s == Outcome.FAIL ? 1 : 0),
          insufficient + (s == Outcome.INSUFFICIENT_EVIDENCE ? 1 : 0), waived + (s == Outcome.WAIVED ? 1 : 0),
          notApplicable + (s == Outcome.NOT_APPLICABLE ? 1 : 0), error + (s == Outcome.ERROR ? 1 : 0),
          findings + c.findings().size());
    }
  }

  private ResultGroups() {}

  /** Patterns 1–8 always (a pattern with no control yet shows zero controls), then "beyond" when used. */
  public static List<Row> byPattern(AuditResult r) {
    Map<Integer, Row> rows = new LinkedHashMap<>();
    for (int p = 1; p <= ReportLabels.patternCount(); p++) rows.put(p, empty(String.valueOf(p), ReportLabels.pattern(p)));
    for (ControlResult c : r.controls()) {
      int p = c.pattern() >= 1 && c.pattern() <= ReportLabels.patternCount() ? c.pattern() : 0;
      rows.computeIfAbsent(p, k -> empty("0", ReportLabels.pattern(0)));
      rows.put(p, rows.get(p).plus(c));
    }
    return new ArrayList<>(rows.values());
  }

  /** Families that have at least one control, in the catalog's order. */
  public static List<Row> byFamily(AuditResult r) {
    Map<String, Row> rows = new LinkedHashMap<>();
    for (String f : ReportLabels.FAMILIES) rows.put(f, null);
    for (ControlResult c : r.controls()) {
      String f = ReportLabels.familyOf(c);
      Row row = rows.get(f);
      rows.put(f, (row == null ? empty(f, ReportLabels.family(f)) : row).plus(c));
    }
    return rows.values().stream().filter(x -> x != null).toList();
  }

  /** The controls of one family, in result order. */
  public static List<ControlResult> ofFamily(AuditResult r, String family) {
    return r.controls().stream().filter(c -> ReportLabels.familyOf(c).equals(family)).toList();
  }

  private static Row empty(String key, Localized title) {
    return new Row(key, title, 0, 0, 0, 0, 0, 0, 0, 0);
  }
}
