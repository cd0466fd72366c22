package tw.coloaudit.evidence.pack;

import tw.coloaudit.model.Localized;
import tw.coloaudit.model.Problem;

/** A pack entry that was refused (it leaves the pack, or breaks a size limit) and why. */
public record PackIssue(String path, Localized text) {

  /** The reason in English. */
  public String message() {
    return text.en();
  }

  /** The issue as a pack problem of kind {@code unreadable}. */
  public Problem toProblem() {
    return new Problem("unreadable", path, text);
  }
}
