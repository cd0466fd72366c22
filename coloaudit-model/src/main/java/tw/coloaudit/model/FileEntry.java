package tw.coloaudit.model;

import java.util.Objects;

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
    int manifestLine) {

  // equals and hashCode are written out: a record's own are bootstrapped through method handles at
  // their first use, which for this eight-field key of the ingestion's maps spun some forty classes
  // at start-up, on the thread that starts the run (docs/PERFORMANCE.md).

  @Override
  public boolean equals(Object o) {
    return o instanceof FileEntry e
        && manifestLine == e.manifestLine
        && Objects.equals(path, e.path)
        && Objects.equals(kind, e.kind)
        && Objects.equals(format, e.format)
        && Objects.equals(encoding, e.encoding)
        && Objects.equals(system, e.system)
        && Objects.equals(device, e.device)
        && Objects.equals(sheet, e.sheet);
  }

  @Override
  public int hashCode() {
    int h = Objects.hashCode(path);
    for (String s : new String[] {kind, format, encoding, system, device, sheet}) h = 31 * h + Objects.hashCode(s);
    return 31 * h + manifestLine;
  }
}
