package tw.coloaudit.evidence.vuln;

import java.util.List;
import tw.coloaudit.evidence.register.RegisterRow;
import tw.coloaudit.evidence.register.ValueException;
import tw.coloaudit.model.vuln.RemediationDecision;
import tw.coloaudit.model.vuln.RemediationRecord;

/** Maps rows of the {@code vuln-remediation} register to {@link RemediationRecord}s. */
public final class RemediationRows {

  private RemediationRows() {}

  public static List<Object> map(RegisterRow r) throws ValueException {
    RemediationDecision decision = r.read("decision", RemediationRows::decision);
    return List.of(
        new RemediationRecord(
            r.text("host"), r.text("finding"), decision, r.date("decided_on"), r.text("approver"), r.text("note"), r.source()));
  }

  static RemediationDecision decision(String t) throws ValueException {
    return RemediationDecision.parse(t)
        .orElseThrow(() -> new ValueException("無法將 '" + t + "' 讀為處理方式（patched/mitigated/accepted、修補/緩解/接受）",
            "cannot read '" + t + "' as a decision (patched/mitigated/accepted, 修補/緩解/接受)"));
  }
}
