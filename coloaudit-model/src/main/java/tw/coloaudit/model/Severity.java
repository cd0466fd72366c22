package tw.coloaudit.model;

import java.util.Locale;

/** How serious a failing control is. */
public enum Severity {
  CRITICAL,
  HIGH,
  MEDIUM,
  LOW;

  public String json() {
    return name().toLowerCase(Locale.ROOT);
  }
}
