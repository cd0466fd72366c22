package tw.coloaudit.controls;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import tw.coloaudit.model.Localized;

/**
 * The whole catalog of CONTROLS.md: the implemented controls of {@link ControlRegistry} and the
 * ones still planned, for listing and explaining.
 */
public final class ControlCatalog {

  /** One catalog line; {@code control} is null while the control is planned. */
  public record Entry(
      String id, String family, int pattern, Localized title, List<String> refs, List<String> policyKeys, AuditControl control) {

    public boolean implemented() {
      return control != null;
    }
  }

  private ControlCatalog() {}

  public static List<Entry> entries() {
    List<Entry> out = new ArrayList<>();
    for (AuditControl c : ControlRegistry.all()) {
      Control m = c.metadata();
      out.add(
          new Entry(m.id(), m.family(), m.pattern(), Localized.of(m.titleZh(), m.titleEn()), List.of(m.refs()), List.of(m.policy()), c));
    }
    for (Entry planned : planned()) {
      if (out.stream().noneMatch(e -> e.id().equals(planned.id()))) out.add(planned);
    }
    out.sort(Comparator.comparing(Entry::id));
    return out;
  }

  public static Optional<Entry> byId(String id) {
    return entries().stream().filter(e -> e.id().equalsIgnoreCase(id)).findFirst();
  }

  /** The controls not implemented yet, as listed in {@code planned-controls.tsv}. */
  public static List<Entry> planned() {
    var in = ControlCatalog.class.getResourceAsStream("planned-controls.tsv");
    if (in == null) return List.of();
    List<Entry> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) continue;
        String[] f = line.split("\t", -1);
        out.add(
            new Entry(f[0], f[1], Integer.parseInt(f[2]), Localized.of(f[3], f[4]), split(f[5]), split(f.length > 6 ? f[6] : ""), null));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static List<String> split(String s) {
    return s.isBlank() ? List.of() : Arrays.stream(s.split(";")).map(String::strip).toList();
  }
}
