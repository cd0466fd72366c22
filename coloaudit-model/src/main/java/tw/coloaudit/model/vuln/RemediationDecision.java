package tw.coloaudit.model.vuln;

import java.util.Locale;
import java.util.Optional;

/** What was done about a vulnerability finding: patched, mitigated, or the risk accepted. */
public enum RemediationDecision {
  PATCHED,
  MITIGATED,
  ACCEPTED;

  public String json() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** {@code patched}/{@code mitigated}/{@code accepted}, 修補/緩解/接受, and their usual synonyms. */
  public static Optional<RemediationDecision> parse(String word) {
    if (word == null) return Optional.empty();
    return switch (word.strip().toLowerCase(Locale.ROOT)) {
      case "patched", "patch", "fixed", "fix", "remediated", "updated", "修補", "已修補", "修復", "已修復", "更新", "已更新" ->
          Optional.of(PATCHED);
      case "mitigated", "mitigate", "mitigation", "compensated", "緩解", "已緩解", "降低風險", "補償控制" -> Optional.of(MITIGATED);
      case "accepted", "accept", "risk-accepted", "risk accepted", "risk_accepted", "接受", "風險接受", "接受風險", "已接受" ->
          Optional.of(ACCEPTED);
      default -> Optional.empty();
    };
  }
}
