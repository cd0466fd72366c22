package tw.coloaudit.evidence.spi;

import java.time.LocalDateTime;

/**
 * The latest local date-time the last line of a file whose timestamps carry no year may have
 * (EVIDENCE.md, "Timestamps without a year"), and where that bound came from: {@code file-name}
 * (a date in the name), {@code rotation} (the start of the next newer file of its rotation set) or
 * {@code as-of} (the as-of date plus one day, a guess worth a warning).
 */
public record YearBound(LocalDateTime latest, String source) {

  public boolean guessed() {
    return "as-of".equals(source);
  }
}
