package tw.coloaudit.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tw.coloaudit.controls.AuditControl;
import tw.coloaudit.controls.AuditInput;
import tw.coloaudit.controls.Control;
import tw.coloaudit.controls.Evaluation;
import tw.coloaudit.controls.PolicyKeys;
import tw.coloaudit.model.ControlResult;
import tw.coloaudit.model.Finding;
import tw.coloaudit.model.Localized;
import tw.coloaudit.model.Outcome;
import tw.coloaudit.model.Subject;
import tw.coloaudit.model.SystemDef;
import tw.coloaudit.model.Waiver;

/**
 * Runs one control and turns its evaluation into a result by the rules common to every control:
 * missing evidence, outcome precedence, waivers, fingerprints and the cap on findings.
 */
final class ControlRunner {

  /** Kinds whose absence is judged per important system (CONTROLS.md, "Outcomes"). */
  static final Set<String> PER_SYSTEM_KINDS = Set.of("accounts", "password-policy", "login-log", "log-reviews");

  private final List<Waiver> waivers;

  ControlRunner(List<Waiver> waivers) {
    this.waivers = List.copyOf(waivers);
  }

  ControlResult run(AuditControl control, AuditInput input) {
    Control meta = control.metadata();
    int cap = input.policy().intValue(PolicyKeys.MAX_FINDINGS_PER_CONTROL);
    // Failures past the cap are never listed: only their subjects are kept, for the outcome.
    Evaluation ev = new Evaluation(Math.max(0, cap));
    Throwable error = null;
    try {
      control.evaluate(input, ev);
    } catch (RuntimeException | StackOverflowError e) {
      error = e;
    }
    Map<String, Object> policy = input.policy().valuesOf(meta.policy());
    if (error != null) {
      Map<String, Object> observed = new LinkedHashMap<>(baseObserved(new Evaluation(), false));
      observed.put("error", String.valueOf(error));
      return new ControlResult(
          meta.id(), Outcome.ERROR, meta.severity(), title(meta), List.of(meta.refs()), policy, observed, List.of(), List.of(),
          meta.family(), meta.pattern());
    }

    List<String> kindsMissing = new ArrayList<>();
    for (String kind : meta.requires()) {
      if (!input.facts().presence().has(kind)) {
        kindsMissing.add(kind);
      }
      if (PER_SYSTEM_KINDS.contains(kind)) {
        for (SystemDef s : input.importantSystems()) {
          if (!input.facts().presence().has(kind, s.id())) {
            ev.noEvidence(Subject.of("system", s.id()), kind);
          }
        }
      }
    }

    if (meta.requiresAny() && kindsMissing.size() < meta.requires().length) kindsMissing.clear();

    List<Finding> findings = new ArrayList<>();
    int openFailures = 0;
    int openMissing = 0;
    int waived = 0;
    List<Evaluation.Failure> all = new ArrayList<>(ev.failures());
    all.addAll(ev.missing());
    for (Evaluation.Failure f : all) {
      Waiver w = matchingWaiver(meta.id(), f.subject());
      boolean inForce = w != null && w.inForceOn(input.asOf());
      if (inForce) {
        waived++;
      } else if (f.noEvidence()) {
        openMissing++;
      } else {
        openFailures++;
      }
      findings.add(
          new Finding(
              Fingerprints.of(meta.id(), f.subject()), f.subject(), f.message(), f.observed(), f.evidence(), w, inForce));
    }
    // Past the cap only subjects are kept: counted as waived or open, never listed.
    for (Subject s : ev.beyondKept()) {
      if (waivedOn(meta.id(), s, input.asOf())) waived++;
      else openFailures++;
    }
    for (Subject s : ev.missingBeyondKept()) {
      if (waivedOn(meta.id(), s, input.asOf())) waived++;
      else openMissing++;
    }
    boolean truncated = findings.size() > cap || !ev.beyondKept().isEmpty() || !ev.missingBeyondKept().isEmpty();
    if (findings.size() > cap) findings = findings.subList(0, Math.max(0, cap));

    Outcome outcome;
    if (openFailures > 0) {
      outcome = Outcome.FAIL;
    } else if (openMissing > 0 || !kindsMissing.isEmpty()) {
      outcome = Outcome.INSUFFICIENT_EVIDENCE;
    } else if (waived > 0) {
      outcome = Outcome.WAIVED;
    } else if (ev.passed() + ev.failed() == 0) {
      outcome = Outcome.NOT_APPLICABLE;
    } else {
      outcome = Outcome.PASS;
    }

    Map<String, Object> observed = baseObserved(ev, truncated);
    if (!kindsMissing.isEmpty()) observed.put("missing_evidence", kindsMissing);
    if (waived > 0) observed.put("waived", waived);
    observed.putAll(ev.observed());
    if (!ev.notes().isEmpty()) {
      observed.put("notes", ev.notes().stream().map(n -> Map.of("zh-TW", n.zh(), "en", n.en())).toList());
    }
    return new ControlResult(
        meta.id(), outcome, meta.severity(), title(meta), List.of(meta.refs()), policy, observed, findings, ev.notes(),
        meta.family(), meta.pattern());
  }

  private boolean waivedOn(String controlId, Subject subject, LocalDate day) {
    Waiver w = matchingWaiver(controlId, subject);
    return w != null && w.inForceOn(day);
  }

  /** The covering waiver that lasts longest (one without expiry lasts longest), or null. */
  private Waiver matchingWaiver(String controlId, Subject subject) {
    Waiver best = null;
    for (Waiver w : waivers) {
      if (!w.covers(controlId, subject)) continue;
      if (best == null
          || (best.expiresOn() != null && (w.expiresOn() == null || w.expiresOn().isAfter(best.expiresOn())))) {
        best = w;
      }
    }
    return best;
  }

  /** A count as the int it nearly always fits in (as readers of {@code observed} expect), a long beyond. */
  private static Number count(long n) {
    return n <= Integer.MAX_VALUE ? (Number) (int) n : (Number) n;
  }

  private static Map<String, Object> baseObserved(Evaluation ev, boolean truncated) {
    Map<String, Object> observed = new LinkedHashMap<>();
    observed.put("checked", count(ev.passed() + ev.failed()));
    observed.put("passed", count(ev.passed()));
    observed.put("failed", count(ev.failed()));
    observed.put("skipped", new LinkedHashMap<>(ev.skipped()));
    observed.put("truncated", truncated);
    return observed;
  }

  static Localized title(Control meta) {
    return Localized.of(meta.titleZh(), meta.titleEn());
  }
}
