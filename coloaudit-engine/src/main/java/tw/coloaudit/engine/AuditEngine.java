package tw.coloaudit.engine;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import tw.coloaudit.controls.AuditControl;
import tw.coloaudit.controls.AuditInput;
import tw.coloaudit.controls.ControlCatalog;
import tw.coloaudit.controls.ControlRegistry;
import tw.coloaudit.controls.Policy;
import tw.coloaudit.controls.PolicyKey;
import tw.coloaudit.facts.Facts;
import tw.coloaudit.model.AuditResult;
import tw.coloaudit.model.ControlResult;
import tw.coloaudit.model.Localized;
import tw.coloaudit.model.Manifest;
import tw.coloaudit.model.Outcome;
import tw.coloaudit.model.Problem;
import tw.coloaudit.model.RunInfo;
import tw.coloaudit.model.Summary;
import tw.coloaudit.model.Waiver;

/** Runs an audit: reads the pack, builds the facts, runs every registered control, applies waivers. */
public final class AuditEngine {

  private final List<AuditControl> controls;
  private final ParserCatalog parsers;

  public AuditEngine() {
    this(ControlRegistry.all());
  }

  /** An engine running the given controls (tests use it to run one control end to end). */
  public AuditEngine(List<AuditControl> controls) {
    this.controls = List.copyOf(controls);
    this.parsers = ParserCatalog.standard();
  }

  public AuditResult audit(AuditRequest request) {
    Ingestion ing = new Ingestor(parsers, StandardReductions.all(), request.threads(), request.progress(), request.limits())
            .ingest(request.pack());
    Manifest manifest = ing.manifest();
    OffsetDateTime started = OffsetDateTime.ofInstant(request.clock().instant(), manifest.timezone());

    List<Problem> problems = new ArrayList<>(ing.problems());
    Policy policy = new Policy(manifest.policy());
    policyProblems(policy, problems);
    waiverProblems(manifest, problems);

    Facts facts = FactsAssembler.assemble(ing.records(), ing.reduced(), ing.presence());
    AuditInput input =
        new AuditInput(manifest.asOf(), manifest.timezone(), manifest.systems(), manifest.holidays(), policy, facts);
    ControlRunner runner = new ControlRunner(manifest.waivers());
    List<ControlResult> results = new ArrayList<>();
    for (AuditControl c : controls) results.add(runner.run(c, input));

    OffsetDateTime finished = OffsetDateTime.ofInstant(request.clock().instant(), manifest.timezone());
    String runId = request.runId() != null ? request.runId() : UUID.randomUUID().toString();
    return new AuditResult(
        "coloaudit",
        ToolVersion.get(),
        new RunInfo(runId, manifest.asOf(), manifest.broker(), started, finished, ing.packSha256()),
        summarize(results),
        results,
        ing.inputs(),
        problems);
  }

  private static void policyProblems(Policy policy, List<Problem> problems) {
    for (String k : policy.unknownKeys()) {
      problems.add(new Problem("policy", "evidence.yaml",
          Localized.of("未知的門檻參數 " + k + "，已忽略。", "Unknown policy key " + k + " was ignored.")));
    }
    for (String k : policy.invalidValues()) {
      problems.add(new Problem("policy", "evidence.yaml",
          Localized.of("門檻參數值無效：" + k + "，改用預設值。", "Invalid policy value " + k + "; the default was used.")));
    }
    for (PolicyKey k : policy.looserThanDefault()) {
      problems.add(new Problem("policy", "evidence.yaml",
          Localized.of(
              "門檻 " + k.name() + " = " + policy.value(k) + " 較規範（" + k.defaultValue() + "）寬鬆。",
              "Policy " + k.name() + " = " + policy.value(k) + " is looser than the rule (" + k.defaultValue() + ").")));
    }
  }

  private static void waiverProblems(Manifest manifest, List<Problem> problems) {
    for (Waiver w : manifest.waivers()) {
      if (ControlCatalog.byId(w.control()).isEmpty()) {
        problems.add(new Problem("manifest", "evidence.yaml",
            Localized.of("豁免所列控制項 " + w.control() + " 不存在。", "A waiver names unknown control " + w.control() + ".")));
      } else if (!w.inForceOn(manifest.asOf())) {
        problems.add(new Problem("manifest", "evidence.yaml",
            Localized.of(
                w.control() + " 的豁免已於 " + w.expiresOn() + " 到期，相關缺失重新列出。",
                "The waiver of " + w.control() + " " + w.subject() + " expired on " + w.expiresOn() + "; its findings are open again.")));
      }
    }
  }

  private static Summary summarize(List<ControlResult> results) {
    int[] n = new int[Outcome.values().length];
    int findings = 0;
    for (ControlResult r : results) {
      n[r.status().ordinal()]++;
      findings += r.findings().size();
    }
    return new Summary(
        n[Outcome.PASS.ordinal()], n[Outcome.FAIL.ordinal()], n[Outcome.NOT_APPLICABLE.ordinal()],
        n[Outcome.INSUFFICIENT_EVIDENCE.ordinal()], n[Outcome.WAIVED.ordinal()], n[Outcome.ERROR.ordinal()], findings);
  }
}
