package tw.coloaudit.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.stream.IntStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tw.coloaudit.evidence.pack.EvidencePack;
import tw.coloaudit.evidence.pack.ManifestException;
import tw.coloaudit.evidence.pack.ManifestReader;
import tw.coloaudit.model.AuditResult;

/**
 * Fuzzes the manifest reader, the zip pack reader and a whole audit: a manifest may only be read
 * or refused with a {@link ManifestException}; a zip may only be read or refused with an
 * {@link IOException} naming the problem; an audit may only finish or stop with an
 * {@link AuditException}. Iterations follow {@code -Dcoloaudit.fuzz.iterations}.
 */
class ManifestAndPackFuzzTest {

  private static final int ITERATIONS = ParserFuzzTest.ITERATIONS;
  private static final long SEED = ParserFuzzTest.SEED;

  @TempDir Path work;

  private static String describe(Throwable t) {
    StringBuilder s = new StringBuilder(t.toString());
    StackTraceElement[] st = t.getStackTrace();
    for (int i = 0; i < Math.min(6, st.length); i++) s.append("\n      at ").append(st[i]);
    return s.toString();
  }

  @Test
  void theManifestReaderOnlyReadsOrRefusesMutatedManifests() {
    List<FuzzCorpus.Seed> seeds = FuzzCorpus.load().group("manifest");
    List<FuzzCorpus.Seed> all = FuzzCorpus.load().all();
    Map<Integer, String> failures = new ConcurrentSkipListMap<>();
    IntStream.range(0, ITERATIONS * 3).parallel().forEach(i -> {
      Mutator m = new Mutator(SEED * 7919 + i);
      byte[] in = m.mutate(seeds.get(m.random().nextInt(seeds.size())).bytes(), m.random().nextInt(4) == 0 ? all : seeds);
      Throwable t = readManifest(in);
      if (t != null) failures.put(i, "input " + i + " saved as " + ParserFuzzTest.save("manifest", i, "evidence.yaml", in) + ": " + describe(t));
    });
    assertThat(failures.values()).isEmpty();
  }

  @Test
  void theManifestReaderRefusesYamlBombsAndDeepNestingQuickly() {
    StringBuilder bomb = new StringBuilder("as_of: 2026-11-20\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    char prev = 'a';
    for (char c = 'b'; c <= 'j'; c++) {
      bomb.append(c).append(": &").append(c).append(" [");
      for (int k = 0; k < 9; k++) bomb.append(k == 0 ? "" : ",").append('*').append(prev);
      bomb.append("]\n");
      prev = c;
    }
    String deep = "as_of: 2026-11-20\npolicy: " + "[".repeat(100_000) + "]".repeat(100_000) + "\n";
    String wide = "as_of: 2026-11-20\nfiles:\n" + "  - { path: a, kind: accounts }\n".repeat(20_000);
    for (String yaml : List.of(bomb.toString(), deep, wide)) {
      assertThat(readManifest(yaml.getBytes(StandardCharsets.UTF_8))).as(yaml.substring(0, 60)).isNull();
    }
  }

  /** Null when the reader read the manifest or refused it properly, else what went wrong. */
  private static Throwable readManifest(byte[] in) {
    try {
      return assertTimeoutPreemptively(FuzzRun.PER_INPUT, () -> {
        try (InputStream s = new ByteArrayInputStream(in)) {
          ManifestReader.read(s, "evidence.yaml");
          return null;
        } catch (ManifestException e) {
          return e.getMessage() == null || e.getMessage().isBlank() ? e : null;
        } catch (IOException e) {
          return e.getMessage() == null || e.getMessage().isBlank() ? e : null;
        } catch (Throwable t) {
          return t;
        }
      });
    } catch (Throwable t) {
      return t;
    }
  }

  /** A small zip pack: a manifest, a passwd file, a gzip shadow, a CSV register. */
  static byte[] zipPack() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(bytes)) {
      put(z, "pack/evidence.yaml", "as_of: 2026-11-20\nsystems: [{id: gw, important: true}]\nfiles:\n"
          + "  - { path: accounts/gw/*, kind: accounts, system: gw }\n  - { path: people.csv, kind: people }\n");
      put(z, "pack/accounts/gw/passwd", "root:x:0:0:root:/root:/bin/bash\nalice:x:1001:1001::/home/alice:/bin/bash\n");
      z.putNextEntry(new ZipEntry("pack/accounts/gw/shadow.gz"));
      z.write(Mutator.gzip("root:!:20000:0:99999:7:::\n".getBytes(StandardCharsets.UTF_8)));
      z.closeEntry();
      put(z, "pack/people.csv", "person,name,type,accounts\nE001,Alice,employee,gw:alice\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static void put(ZipOutputStream z, String name, String text) throws IOException {
    z.putNextEntry(new ZipEntry(name));
    z.write(text.getBytes(StandardCharsets.UTF_8));
    z.closeEntry();
  }

  /** Sets the sizes of central-directory entries to lies, the zip fields a bomb or a slip would forge. */
  static byte[] lieAboutSizes(byte[] zip, SplittableRandom r) {
    byte[] b = zip.clone();
    ByteBuffer buf = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
    for (int i = 0; i + 46 <= b.length; i++) {
      if (buf.getInt(i) == 0x02014b50 && r.nextBoolean()) {
        int field = 20 + 4 * r.nextInt(2);
        long[] values = {0, 1, 0xFFFFFFFFL, r.nextInt(1 << 20), (buf.getInt(i + field) & 0xFFFFFFFFL) - 1};
        buf.putInt(i + field, (int) values[r.nextInt(values.length)]);
      }
    }
    return b;
  }

  @Test
  void thePackReaderOnlyReadsOrRefusesMutatedZips() {
    byte[] pack = zipPack();
    Map<Integer, String> failures = new ConcurrentSkipListMap<>();
    IntStream.range(0, ITERATIONS * 2).parallel().forEach(i -> {
      Mutator m = new Mutator(SEED * 104729 + i);
      byte[] in = m.random().nextInt(3) == 0 ? lieAboutSizes(pack, m.random()) : m.mutate(pack, List.of());
      Throwable t = readZip(in, i);
      if (t != null) failures.put(i, "input " + i + " saved as " + ParserFuzzTest.save("zip", i, "pack.zip", in) + ": " + describe(t));
    });
    assertThat(failures.values()).isEmpty();
  }

  private Throwable readZip(byte[] in, int i) {
    try {
      Path zip = work.resolve("p" + i + ".zip");
      Files.write(zip, in);
      try {
        return assertTimeoutPreemptively(FuzzRun.PER_INPUT, () -> {
          try (EvidencePack p = EvidencePack.open(zip)) {
            for (String f : p.files()) {
              try (InputStream s = p.open(f)) {
                s.transferTo(java.io.OutputStream.nullOutputStream());
              } catch (IOException e) {
                if (e.getMessage() == null || e.getMessage().isBlank()) return e;
              }
            }
            p.packSha256();
            if (p.contains(EvidencePack.MANIFEST)) ManifestReader.read(p);
            return null;
          } catch (IOException | ManifestException e) {
            return e.getMessage() == null || e.getMessage().isBlank() ? e : null;
          } catch (Throwable t) {
            return t;
          }
        });
      } finally {
        Files.deleteIfExists(zip);
      }
    } catch (Throwable t) {
      return t;
    }
  }

  @Test
  void aWholeAuditOfAMutatedPackFinishesOrStopsWithAClearError() {
    byte[] pack = zipPack();
    List<FuzzCorpus.Seed> all = FuzzCorpus.load().all();
    Map<Integer, String> failures = new ConcurrentSkipListMap<>();
    Clock fixed = Clock.fixed(Instant.parse("2026-11-20T01:00:00Z"), ZoneOffset.UTC);
    IntStream.range(0, Math.max(20, ITERATIONS / 3)).parallel().forEach(i -> {
      Mutator m = new Mutator(SEED * 15485863L + i);
      byte[] in = m.random().nextInt(4) == 0 ? lieAboutSizes(pack, m.random()) : m.mutate(pack, all);
      Path zip = work.resolve("a" + i + ".zip");
      try {
        Files.write(zip, in);
        Throwable t = assertTimeoutPreemptively(FuzzRun.PER_INPUT.multipliedBy(3), () -> {
          try {
            AuditResult r = new AuditEngine().audit(new AuditRequest(zip, fixed, "fuzz", null, 1));
            return r.inputs().stream().anyMatch(x -> x.total() < 0) ? new AssertionError("negative counts") : null;
          } catch (AuditException e) {
            return e.getMessage() == null || e.getMessage().isBlank() ? e : null;
          } catch (Throwable e) {
            return e;
          }
        });
        if (t != null) failures.put(i, "input " + i + " saved as " + ParserFuzzTest.save("audit", i, "pack.zip", in) + ": " + describe(t));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } finally {
        try {
          Files.deleteIfExists(zip);
        } catch (IOException e) {
          // the temp dir goes anyway
        }
      }
    });
    assertThat(failures.values()).isEmpty();
  }
}
