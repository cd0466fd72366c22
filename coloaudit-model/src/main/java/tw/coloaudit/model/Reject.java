package tw.coloaudit.model;

/**
 * A line or row that could not be read, with why, in both languages. {@code line} is the line or
 * row number (0 for the file as a whole).
 */
public record Reject(int line, Localized reason) {

  public Reject {
    java.util.Objects.requireNonNull(reason, "reason");
  }
}
