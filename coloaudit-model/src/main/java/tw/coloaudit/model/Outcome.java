package tw.coloaudit.model;

import java.util.Locale;

/** The status a control ends in (CONTROLS.md, "Outcomes"). */
public enum Outcome {
  PASS,
  FAIL,
  NOT_APPLICABLE,
  INSUFFICIENT_EVIDENCE,
  WAIVED,
  ERROR;

  public String json() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether this outcome lets the audit exit 0. */
  public boolean isClean() {
    return this == PASS || this == NOT_APPLICABLE || this == WAIVED;
  }

  public static Outcome fromJson(String s) {
    return valueOf(s.toUpperCase(Locale.ROOT));
  }
}
