package tw.coloaudit.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.Map;
import java.util.StringJoiner;
import tw.coloaudit.model.Finding;
import tw.coloaudit.model.Provenance;
import tw.coloaudit.model.Subject;
import tw.coloaudit.model.Waiver;

/** Plain-text renderings of subjects, observed values, evidence and waivers shared by the writers. */
public final class ReportText {

  private static final ObjectMapper JSON =
      new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, false);

  private ReportText() {}

  /** {@code system=colo-gw-1, account=vendor01}. */
  public static String subject(Subject s) {
    StringJoiner j = new StringJoiner(", ");
    s.values().forEach((k, v) -> j.add(k + "=" + v));
    return j.toString();
  }

  /** Compact JSON of an observed map ({@code {}} when empty). */
  public static String json(Object value) {
    try {
      return JSON.writeValueAsString(value == null ? Map.of() : value);
    } catch (JsonProcessingException e) {
      return String.valueOf(value);
    }
  }

  /** {@code file:line}, {@code file!sheet:row}, or just the file. */
  public static String evidence(Provenance p) {
    return p.toString();
  }

  /** The line, or {@code sheet!row}, or empty. */
  public static String position(Provenance p) {
    if (p.isSheet()) return p.sheet() + "!" + p.row();
    return p.line() > 0 ? String.valueOf(p.line()) : "";
  }

  /** "in force until …" / "expired …" with who approved it and why, or empty. */
  public static String waiver(Finding f, boolean zh) {
    Waiver w = f.waiver();
    if (w == null) return "";
    String until = w.expiresOn() == null ? "" : String.valueOf(w.expiresOn());
    if (zh) {
      return (f.waived() ? "豁免有效" : "豁免已過期") + (until.isEmpty() ? "" : "（至 " + until + "）")
          + "；核准人 " + nz(w.approvedBy()) + "；理由 " + nz(w.reason());
    }
    return (f.waived() ? "waived" : "waiver expired") + (until.isEmpty() ? "" : " (until " + until + ")")
        + "; approved by " + nz(w.approvedBy()) + "; reason " + nz(w.reason());
  }

  static String nz(String s) {
    return s == null ? "" : s;
  }
}
