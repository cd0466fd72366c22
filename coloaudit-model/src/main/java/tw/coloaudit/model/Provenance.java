package tw.coloaudit.model;

import java.util.Objects;

/**
 * Where a record came from: a file within the pack and either a 1-based physical line (text
 * files) or a sheet and 1-based row (XLSX).
 */
public record Provenance(String file, int line, String sheet, int row) implements Comparable<Provenance> {

  public Provenance {
    Objects.requireNonNull(file, "file");
  }

  public static Provenance line(String file, int line) {
    return new Provenance(file, line, null, 0);
  }

  public static Provenance cell(String file, String sheet, int row) {
    return new Provenance(file, 0, sheet, row);
  }

  public static Provenance file(String file) {
    return new Provenance(file, 0, null, 0);
  }

  public boolean isSheet() {
    return sheet != null;
  }

  /** The line or row number, whichever this provenance carries. */
  public int position() {
    return sheet != null ? row : line;
  }

  @Override
  public int compareTo(Provenance o) {
    int c = file.compareTo(o.file);
    if (c != 0) return c;
    c = String.valueOf(sheet).compareTo(String.valueOf(o.sheet));
    if (c != 0) return c;
    return Integer.compare(position(), o.position());
  }

  @Override
  public String toString() {
    if (sheet != null) return file + "!" + sheet + ":" + row;
    return line > 0 ? file + ":" + line : file;
  }
}
