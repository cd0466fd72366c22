package tw.coloaudit.model;

/**
 * One {@code files:} entry of the manifest: a path or glob, what kind of evidence it is, and the
 * optional overrides.
 */
public record FileEntry(
    String path,
    String kind,
    String format,
    String encoding,
    String system,
    String device,
    String sheet,
    int manifestLine) {}
