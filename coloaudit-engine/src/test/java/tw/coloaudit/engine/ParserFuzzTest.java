package tw.coloaudit.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import tw.coloaudit.evidence.spi.EvidenceParser;
import tw.coloaudit.evidence.spi.InputLimits;
import tw.coloaudit.model.FileEntry;

/**
 * Fuzzes every parser the engine has (so parsers added later are fuzzed without edits) with
 * mutated seeds from the corpus: any exception other than a clear {@link IOException}, a breach of
 * the parse-context contract, or a hang is a failure, and the failing input is saved under
 * {@code target/fuzz-failures/}. {@code -Dcoloaudit.fuzz.iterations=N} sets the inputs per parser,
 * {@code -Dcoloaudit.fuzz.seed=S} the seed, {@code -Dcoloaudit.fuzz.only=FORMAT} limits it to one parser.
 */
class ParserFuzzTest {

  static final int ITERATIONS = Integer.getInteger("coloaudit.fuzz.iterations", 300);
  static final long SEED = Long.getLong("coloaudit.fuzz.seed", 20261120L);

  private static final String[] ENCODINGS = {"UTF-8", "Big5", "UTF-16LE", "ISO-8859-1", "no-such-charset"};

  @TempDir Path work;

  @TestFactory
  Stream<DynamicTest> everyParserSurvivesMutatedInput() {
    List<EvidenceParser> parsers = ParserCatalog.standard().all();
    assertThat(parsers).isNotEmpty();
    String only = System.getProperty("coloaudit.fuzz.only");
    if (only != null && !only.isBlank()) parsers = parsers.stream().filter(p -> p.format().equals(only)).toList();
    return parsers.stream()
        .map(p -> DynamicTest.dynamicTest("fuzzes " + p.format() + " " + p.getClass().getSimpleName(), () -> fuzz(p)));
  }

  private void fuzz(EvidenceParser parser) {
    FuzzCorpus corpus = FuzzCorpus.load();
    List<FuzzCorpus.Seed> own = corpus.group(parser.format());
    List<FuzzCorpus.Seed> all = corpus.all();
    List<String> kinds = new ArrayList<>(new TreeSet<>(parser.kinds()));
    long base = SEED ^ (parser.format().hashCode() * 31L) ^ parser.getClass().getName().hashCode();
    Map<Integer, String> failures = new ConcurrentSkipListMap<>();
    AtomicInteger stopped = new AtomicInteger();
    // Each input has its own seed, so the inputs are the same however the threads interleave.
    IntStream.range(0, ITERATIONS).parallel().forEach(i -> {
      if (failures.size() >= 5) return;
      Mutator m = new Mutator(base * 1_000_003L + i);
      SplittableRandom r = m.random();
      List<FuzzCorpus.Seed> pool = !own.isEmpty() && r.nextInt(10) < 6 ? own : all;
      // The parser's own seeds go in unchanged first, then mutated seeds of every format.
      boolean plain = i < own.size();
      FuzzCorpus.Seed seed = plain ? own.get(i) : pool.get(r.nextInt(pool.size()));
      byte[] input = plain ? seed.bytes() : m.mutate(seed.bytes(), all);
      String name = seed.name();
      int wrap = r.nextInt(20);
      if (wrap == 0) {
        input = Mutator.gzip(input);
        name += ".gz";
      } else if (wrap == 1) {
        byte[] gz = Mutator.gzip(input);
        input = java.util.Arrays.copyOf(gz, r.nextInt(gz.length));
        name += ".gz";
      }
      String kind = kinds.get(r.nextInt(kinds.size()));
      FileEntry entry =
          new FileEntry(
              name,
              kind,
              parser.format(),
              r.nextInt(6) == 0 ? ENCODINGS[r.nextInt(ENCODINGS.length)] : null,
              r.nextInt(5) == 0 ? null : "colo-gw-1",
              r.nextBoolean() ? "colo-fw-1" : null,
              r.nextInt(8) == 0 ? "工作表1" : null,
              1);
      FuzzRun.Outcome o = FuzzRun.run(work, parser, entry, name, input, InputLimits.DEFAULT);
      if (o.stoppedWith() != null) stopped.incrementAndGet();
      if (o.crashed()) {
        Path saved = save(parser.format(), i, name, input);
        failures.put(i, "input " + i + " (seed " + seed.group() + "/" + seed.name() + ", kind " + kind + ", saved as " + saved
            + "): " + o.describe());
      }
    });
    assertThat(failures.values())
        .as("%s on %d mutated inputs (%d stopped with a clear IOException)", parser.format(), ITERATIONS, stopped.get())
        .isEmpty();
  }

  static Path save(String format, int i, String name, byte[] input) {
    try {
      Path dir = Path.of("target", "fuzz-failures");
      Files.createDirectories(dir);
      Path f = dir.resolve(format.replaceAll("[^A-Za-z0-9._-]", "_") + "-" + SEED + "-" + i + "-" + name.replaceAll("[^A-Za-z0-9._-]", "_"));
      Files.write(f, input);
      return f.toAbsolutePath();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
