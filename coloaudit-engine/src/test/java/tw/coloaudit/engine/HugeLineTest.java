package tw.coloaudit.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tw.coloaudit.evidence.pack.EvidenceKinds;
import tw.coloaudit.evidence.spi.EvidenceParser;

/**
 * A 100 MB single line, written streaming into a temporary pack, read by every parser of the
 * engine (one manifest entry per parser, hard links to one file) and by the counting of kinds no
 * parser reads yet, in a child JVM with a 128 MB heap: the audit must finish, and each file must
 * reject the line at the limit or stop with a clear message.
 */
class HugeLineTest {

  static final long HUGE = 100L * 1024 * 1024;

  @TempDir Path tmp;

  @Test
  void aHundredMegabyteLineIsRejectedByEveryParserWithoutHoldingItInMemory() throws Exception {
    Path pack = tmp.resolve("pack");
    Path huge = pack.resolve("huge/00.txt");
    Files.createDirectories(huge.getParent());
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(huge), 1 << 16)) {
      out.write("root:x:0:0:".getBytes(StandardCharsets.US_ASCII));
      byte[] chunk = new byte[1 << 16];
      java.util.Arrays.fill(chunk, (byte) 'A');
      for (long n = 0; n < HUGE; n += chunk.length) out.write(chunk);
      out.write("\nalice:x:1001:1001::/home/alice:/bin/bash\n".getBytes(StandardCharsets.US_ASCII));
    }
    StringBuilder manifest = new StringBuilder("as_of: 2026-11-20\nsystems: [{ id: gw, important: true }]\nfiles:\n");
    Map<String, String> expected = new HashMap<>();
    int i = 0;
    for (EvidenceParser p : ParserCatalog.standard().all()) {
      String file = "huge/" + String.format("%02d", ++i) + ".txt";
      Files.createLink(pack.resolve(file), huge);
      String kind = new TreeSet<>(p.kinds()).first();
      manifest.append("  - { path: \"").append(file).append("\", kind: ").append(kind).append(", format: \"").append(p.format())
          .append("\", system: gw, device: gw }\n");
      expected.put(file, p.format());
    }
    for (String kind : new TreeSet<>(EvidenceKinds.OTHERS)) {
      if (kind.equals("colo-rules") || ParserCatalog.standard().servesKind(kind)) continue;
      String file = "huge/" + String.format("%02d", ++i) + ".txt";
      Files.createLink(pack.resolve(file), huge);
      manifest.append("  - { path: \"").append(file).append("\", kind: ").append(kind).append(", system: gw, device: gw }\n");
      expected.put(file, kind);
    }
    Files.delete(huge);
    Files.writeString(pack.resolve("evidence.yaml"), manifest, StandardCharsets.UTF_8);

    String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> cmd = new ArrayList<>(List.of(java.toString(), "-Xmx128m", "-XX:+ExitOnOutOfMemoryError", "-cp", cp,
        HugeLineAudit.class.getName(), pack.toString()));
    Process proc = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(proc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(proc.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(proc.exitValue()).as(out).isZero();

    Map<String, String> inputs = new HashMap<>();
    Map<String, String> problems = new HashMap<>();
    for (String line : out.split("\n")) {
      String[] f = line.split("\t");
      if (f[0].equals("INPUT")) inputs.put(f[1], line);
      if (f[0].equals("PROBLEM")) problems.merge(f[1], line, (a, b) -> a + "\n" + b);
    }
    assertThat(inputs.keySet()).as(out).containsExactlyInAnyOrderElementsOf(expected.keySet());
    for (String file : expected.keySet()) {
      String[] f = inputs.get(file).split("\t");
      long total = Long.parseLong(f[3]);
      String said = inputs.get(file) + "\n" + problems.getOrDefault(file, "");
      assertThat(total).as(said).isBetween(1L, 2L);
      // The one giant line is rejected with a stated reason (the limit, or why its content is unreadable).
      boolean rejectedAtLimit = f[5].startsWith("1 ") && f[5].length() > 2;
      boolean stoppedClearly = said.toLowerCase(Locale.ROOT).contains("reading stopped") && said.contains(file);
      boolean notRead = f[2].equals("not-audited");
      // A backup copy is judged by its hash alone: it is streamed through SHA-256, never split into lines.
      boolean hashedOnly = expected.get(file).equals("backup-copy");
      assertThat(rejectedAtLimit || stoppedClearly || notRead || hashedOnly).as("%s (%s): %s", file, expected.get(file), said).isTrue();
    }
  }
}
