package tw.coloaudit.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Orders the files of one manifest entry for the year rule of EVIDENCE.md: a file whose name
 * carries a date is bounded by that date and stands alone; undated rotations of one log
 * ({@code auth.log}, {@code auth.log.1}, {@code auth.log.2.gz}) form a set read newest first, each
 * bounded by the start of the next newer one.
 */
final class RotationSets {

  private static final Pattern DATE = Pattern.compile("(?<!\\d)(\\d{4})-?(\\d{2})-?(\\d{2})(?!\\d)");
  private static final Pattern NUMBERED = Pattern.compile("^(.*?)\\.(\\d{1,3})$");

  private RotationSets() {}

  /** The date in a file's name, if it has one (e.g. {@code secure-20250101}, {@code kern.log-2024-01-05.gz}). */
  static Optional<LocalDate> dateInName(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    Matcher m = DATE.matcher(name);
    Optional<LocalDate> found = Optional.empty();
    while (m.find()) {
      try {
        found = Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
      } catch (RuntimeException e) {
        // not a date after all (e.g. a serial number); keep looking
      }
    }
    return found;
  }

  /**
   * Groups paths into sequences to read in order: undated numbered rotations of one base name
   * newest first; every other file on its own.
   */
  static List<List<String>> group(List<String> paths) {
    Map<String, List<String>> sets = new LinkedHashMap<>();
    List<List<String>> out = new ArrayList<>();
    for (String p : paths) {
      if (dateInName(p).isPresent()) {
        out.add(List.of(p));
        continue;
      }
      sets.computeIfAbsent(base(p), k -> new ArrayList<>()).add(p);
    }
    for (List<String> set : sets.values()) {
      set.sort(Comparator.comparingInt(RotationSets::rotationNumber));
      out.add(List.copyOf(set));
    }
    return out;
  }

  private static String stripGz(String p) {
    return p.endsWith(".gz") ? p.substring(0, p.length() - 3) : p;
  }

  static String base(String path) {
    String p = stripGz(path);
    Matcher m = NUMBERED.matcher(p);
    return m.matches() ? m.group(1) : p;
  }

  static int rotationNumber(String path) {
    Matcher m = NUMBERED.matcher(stripGz(path));
    if (!m.matches()) return 0;
    try {
      return Integer.parseInt(m.group(2));
    } catch (DateTimeParseException | NumberFormatException e) {
      return 0;
    }
  }
}
