package tw.coloaudit.model;

import java.util.Objects;

/** A text a user reads, in Traditional Chinese and in English. */
public record Localized(String zh, String en) {

  public Localized {
    Objects.requireNonNull(zh, "zh");
    Objects.requireNonNull(en, "en");
  }

  public static Localized of(String zh, String en) {
    return new Localized(zh, en);
  }

  /** Both languages on one line, Chinese first, for places that hold a single string. */
  public String both() {
    return zh + " / " + en;
  }
}
