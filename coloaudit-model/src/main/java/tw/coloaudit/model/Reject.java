package tw.coloaudit.model;

/** A line or row that could not be read, with why. {@code line} is the line or row number. */
public record Reject(int line, String reason) {}
