package tw.coloaudit.engine;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import tw.coloaudit.evidence.pack.EvidenceFile;
import tw.coloaudit.evidence.pack.EvidencePack;
import tw.coloaudit.evidence.spi.EvidenceParser;
import tw.coloaudit.evidence.spi.InputLimits;
import tw.coloaudit.evidence.spi.Sample;
import tw.coloaudit.model.FileEntry;

/**
 * Runs one input through one parser the way the engine does (a pack holding the file, its
 * sample and probe, then the parse), within a generous time limit, and sorts the outcome: a
 * clean parse, a stop with a documented {@link IOException}, or a crash.
 */
final class FuzzRun {

  /** How long one input may take before it counts as a hang. */
  static final Duration PER_INPUT = Duration.ofSeconds(
      Long.getLong("coloaudit.fuzz.secondsPerInput", 10));

  /** What happened to one input. */
  record Outcome(CheckingContext context, String stoppedWith, Throwable crash) {
    boolean crashed() {
      return crash != null || !context.violations.isEmpty();
    }

    String describe() {
      if (crash != null) {
        StackTraceElement[] st = crash.getStackTrace();
        StringBuilder s = new StringBuilder(crash.toString());
        for (int i = 0; i < Math.min(6, st.length); i++) s.append("\n      at ").append(st[i]);
        return s.toString();
      }
      return "contract breached: " + context.violations;
    }
  }

  private FuzzRun() {}

  /** Writes {@code bytes} as {@code fileName} into a fresh folder of {@code work} and parses it. */
  static Outcome run(Path work, EvidenceParser parser, FileEntry entry, String fileName, byte[] bytes, InputLimits limits) {
    try {
      Path dir = Files.createTempDirectory(work, "in");
      try {
        Files.write(dir.resolve(fileName), bytes);
        try {
          return assertTimeoutPreemptively(
              PER_INPUT,
              () -> parse(dir, parser, entry, fileName, limits),
              () -> parser.format() + " did not finish " + fileName + " within " + PER_INPUT.toSeconds() + " s: a hang");
        } catch (AssertionError hang) {
          return new Outcome(new CheckingContext(entry.system(), entry.device(), limits), null, hang);
        }
      } finally {
        deleteTree(dir);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Outcome parse(Path dir, EvidenceParser parser, FileEntry entry, String fileName, InputLimits limits) {
    CheckingContext ctx = new CheckingContext(entry.system(), entry.device(), limits);
    try (EvidencePack pack = EvidencePack.open(dir, limits)) {
      EvidenceFile file = new EvidenceFile(pack, fileName, entry);
      Sample sample;
      try {
        sample = EvidenceFile.sample(file);
      } catch (IOException e) {
        // The engine reports such a file as unreadable before any parser sees it.
        return clearOrCrash(ctx, e);
      }
      parser.probe(sample);
      parser.parse(file, ctx);
      return new Outcome(ctx, null, null);
    } catch (IOException e) {
      return clearOrCrash(ctx, e);
    } catch (Throwable t) {
      return new Outcome(ctx, null, t);
    }
  }

  private static Outcome clearOrCrash(CheckingContext ctx, IOException e) {
    String m = e.getMessage();
    if (m == null || m.isBlank()) return new Outcome(ctx, null, new AssertionError("an IOException without a message", e));
    return new Outcome(ctx, m, null);
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) return;
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
    }
  }
}
