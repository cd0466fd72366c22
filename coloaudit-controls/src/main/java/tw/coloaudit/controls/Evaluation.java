package tw.coloaudit.controls;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
  /** How many failures are kept whole; the subjects of later ones are kept alone. */
  private final int keep;
  private final List<Failure> failures = new ArrayList<>();
  private final List<Subject> beyondKept = new ArrayList<>();
  private final List<Failure> missing = new ArrayList<>();
  private final List<Subject> missingBeyondKept = new ArrayList<>();
  // Every subject listed as lacking evidence, so that a repeat is found at once, not by a scan.
  private final Set<Subject> missingSubjects = new HashSet<>();
  private final Map<String, Object> observed = new LinkedHashMap<>();
  private final List<Localized> notes = new ArrayList<>();

  /** An evaluation that keeps every failure whole. */
  public Evaluation() {
    this(Integer.MAX_VALUE);
  }

  /**
   * An evaluation that keeps only the first {@code keep} failures, and the first {@code keep}
   * subjects lacking evidence, whole (message, observed figures and evidence) and of later ones
   * only the subject, which is all the outcome and the waiver count need: the findings list is cut
   * at the same cap, so a control failing for hundreds of thousands of subjects does not hold all
   * their messages in memory.
   */
  public Evaluation(int keep) {
    if (keep < 0) throw new IllegalArgumentException("a negative number of failures to keep: " + keep);
    this.keep = keep;
  }

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
    if (failures.size() < keep) {
      failures.add(new Failure(subject, message, observed == null ? Map.of() : observed, evidence, false));
    } else {
      beyondKept.add(subject);
    }
  }

  /** A subject in scope that was not checked, counted under {@code reason}. */
  public void skip(String reason) {
    skipped.merge(reason, 1, Integer::sum);
  }

  /** A system or host in scope that has no evidence of a kind this control requires. */
  public void noEvidence(Subject subject, String kind) {
    if (!missingSubjects.add(subject)) return;
    if (missing.size() >= keep) {
      missingBeyondKept.add(subject);
      return;
    }
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

  /** The subjects of the failures after the first {@code keep}, in the order they failed. */
  public List<Subject> beyondKept() {
    return beyondKept;
  }

  /** The subjects lacking evidence after the first {@code keep}, in the order they were found. */
  public List<Subject> missingBeyondKept() {
    return missingBeyondKept;
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
