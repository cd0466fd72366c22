package tw.coloaudit.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The seed inputs of the fuzz tests: the corpus kept in the repository under
 * {@code src/test/resources/fuzz-corpus/<format>/}, plus the first bytes of the files of
 * {@code ../shared/realdata} read in place when that folder is present.
 */
final class FuzzCorpus {

  /** One seed: where it came from (also its file name when written), and its bytes. */
  record Seed(String group, String name, byte[] bytes) {}

  /** How much of a real file becomes a seed; fuzzing wants small inputs. */
  private static final int REAL_SEED_BYTES = 16 * 1024;

  private static volatile FuzzCorpus instance;

  private final Map<String, List<Seed>> byGroup;
  private final List<Seed> all;

  private FuzzCorpus(Map<String, List<Seed>> byGroup) {
    this.byGroup = byGroup;
    List<Seed> a = new ArrayList<>();
    byGroup.values().forEach(a::addAll);
    this.all = List.copyOf(a);
  }

  static FuzzCorpus load() {
    FuzzCorpus c = instance;
    if (c == null) {
      synchronized (FuzzCorpus.class) {
        c = instance;
        if (c == null) instance = c = new FuzzCorpus(read());
      }
    }
    return c;
  }

  /** Seeds of one format (the folder named as the parser's format), or none. */
  List<Seed> group(String name) {
    return byGroup.getOrDefault(name, List.of());
  }

  /** Every seed, in a stable order. */
  List<Seed> all() {
    return all;
  }

  private static Map<String, List<Seed>> read() {
    Map<String, List<Seed>> m = new TreeMap<>();
    try {
      URL root = FuzzCorpus.class.getResource("/fuzz-corpus");
      if (root == null) throw new IllegalStateException("fuzz-corpus not on the test class path");
      Path dir = Path.of(root.toURI());
      for (Path f : sortedFiles(dir)) {
        String group = dir.relativize(f).getName(0).toString();
        m.computeIfAbsent(group, k -> new ArrayList<>()).add(new Seed(group, f.getFileName().toString(), Files.readAllBytes(f)));
      }
      Path real = realdata();
      if (real != null) {
        for (Path f : sortedFiles(real)) {
          if (f.getFileName().toString().endsWith(".md")) continue;
          String group = "realdata/" + real.relativize(f).getName(0);
          byte[] head;
          try (InputStream in = Files.newInputStream(f)) {
            head = in.readNBytes(REAL_SEED_BYTES);
          }
          m.computeIfAbsent(group, k -> new ArrayList<>()).add(new Seed(group, f.getFileName().toString(), head));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    return m;
  }

  /** The realdata folder when present, else null. */
  static Path realdata() {
    String prop = System.getProperty("coloaudit.realdata");
    Path dir = prop != null ? Path.of(prop) : Path.of("../../shared/realdata");
    return Files.isDirectory(dir) ? dir : null;
  }

  private static List<Path> sortedFiles(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).sorted(Comparator.comparing(Path::toString)).toList();
    }
  }
}
