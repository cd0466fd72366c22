package tw.coloaudit.evidence.pack;

import tw.coloaudit.model.Localized;
import tw.coloaudit.model.Problem;

/**
 * A manifest entry that was left out because it makes no sense (no path, unknown kind, a path
 * leaving the pack…), with its 1-based line in {@code evidence.yaml}; the rest stays usable.
 */
public record ManifestIssue(int line, String path, Localized text) {

  /** The reason in English. */
  public String message() {
    return text.en();
  }

  /** The issue as a pack problem of kind {@code manifest}, naming the line. */
  public Problem toProblem() {
    return new Problem(
        "manifest",
        path,
        Localized.of(
            EvidencePack.MANIFEST + " 第 " + line + " 行：" + text.zh(),
            EvidencePack.MANIFEST + " line " + line + ": " + text.en()));
  }
}
