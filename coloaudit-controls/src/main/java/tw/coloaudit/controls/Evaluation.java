package tw.coloaudit.controls;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tw.coloaudit.model.Localized;
import tw.coloaudit.model.Provenance;
import tw.coloaudit.model.Subject;

/**
 * What one control found: how many subjects passed and failed, which were skipped and why, the
 * failing subjects with their evidence, and the subjects that had no evidence. The engine turns it
 * into an outcome by the precedence of CONTROLS.md.
 */
public final class Evaluation {

  /** One failing subject (or a subject with no evidence), before fingerprints and waivers. */
  public record Failure(
      Subject subject, Localized message, Map<String, Object> observed, List<Provenance> evidence, boolean noEvidence) {}

  private long passed;
  private long failed;
  private final Map<String, Integer> skipped = new TreeMap<>();
  private final List<Failure> failures = new ArrayList<>();
  private final List<Failure> missing = new ArrayList<>();
  private final Map<String, Object> observed = new LinkedHashMap<>();
  private final List<Localized> notes = new ArrayList<>();

  public void pass(Subject subject) {
    passed++;
  }

  /** {@code count} subjects that passed, none of them named (orders, days): counted at once. */
  public void passAll(long count) {
    if (count < 0) throw new IllegalArgumentException("a negative number of passes: " + count);
    passed += count;
  }

  public void fail(Subject subject, Localized message, Map<String, Object> observed, List<Provenance> evidence) {
    failed++;
    failures.add(new Failure(subject, message, observed == null ? Map.of() : observed, evidence, false));
  }

  /** A subject in scope that was not checked, counted under {@code reason}. */
  public void skip(String reason) {
    skipped.merge(reason, 1, Integer::sum);
  }

  /** A system or host in scope that has no evidence of a kind this control requires. */
  public void noEvidence(Subject subject, String kind) {
    if (missing.stream().anyMatch(f -> f.subject().equals(subject))) return;
    missing.add(
        new Failure(
            subject,
            Localized.of(
                "無證據：" + subject.values().values().iterator().next() + " 缺少 " + kind + " 證據。",
                "No evidence: " + subject.values().values().iterator().next() + " has no " + kind + " evidence."),
            Map.of("missing_kind", kind),
            List.of(),
            true));
  }

  /** A figure for the control's {@code observed}. */
  public void observe(String key, Object value) {
    observed.put(key, value);
  }

  /** A remark for the report (for example, that a date was unknown and how that was treated). */
  public void note(Localized note) {
    notes.add(note);
  }

  public long passed() {
    return passed;
  }

  public long failed() {
    return failed;
  }

  public Map<String, Integer> skipped() {
    return skipped;
  }

  public List<Failure> failures() {
    return failures;
  }

  public List<Failure> missing() {
    return missing;
  }

  public Map<String, Object> observed() {
    return observed;
  }

  public List<Localized> notes() {
    return notes;
  }
}
