package tw.coloaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's choice of JVM options, as its dry run prints them: the quick compiler alone for
 * commands that read no pack and for small packs, both compilers for a large pack, whatever the
 * options around the pack, and the user's own compiler options over both.
 */
class LauncherTest {

  private static final String C1_ONLY = "-XX:TieredStopAtLevel=1";

  @TempDir Path tmp;

  private static List<String> dryRun(Map<String, String> env, String... args) throws IOException, InterruptedException {
    Path launcher = Path.of("..", "coloaudit").toAbsolutePath().normalize();
    List<String> cmd = new ArrayList<>(List.of("sh", launcher.toString()));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    pb.environment().remove("COLOAUDIT_JAVA_OPTS");
    pb.environment().put("COLOAUDIT_DRY_RUN", "1");
    pb.environment().putAll(env);
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(out).isZero();
    return out.lines().toList();
  }

  /** A pack directory holding {@code megabytes} of real (not sparse) data. */
  private Path pack(String name, int megabytes) throws IOException {
    Path dir = Files.createDirectories(tmp.resolve(name));
    Files.writeString(dir.resolve("evidence.yaml"), "as_of: 2026-11-20\n");
    byte[] mb = new byte[1 << 20];
    java.util.Arrays.fill(mb, (byte) 'x');
    try (OutputStream out = Files.newOutputStream(dir.resolve("big.log"))) {
      for (int i = 0; i < megabytes; i++) out.write(mb);
    }
    return dir;
  }

  @Test
  void aSmallPackAndCommandsWithoutAPackRunOnTheQuickCompilerAlone() throws Exception {
    Path small = pack("small", 1);
    assertThat(dryRun(Map.of(), "audit", small.toString(), "--out", tmp.resolve("out").toString())).contains(C1_ONLY, "audit");
    assertThat(dryRun(Map.of(), "controls")).contains(C1_ONLY);
    assertThat(dryRun(Map.of(), "example", tmp.resolve("demo").toString())).contains(C1_ONLY);
  }

  @Test
  void aLargePackGetsTheOptimisingCompilerWhereverItsPathStands() throws Exception {
    Path large = pack("large", 65);
    Path small = pack("small", 1);
    assertThat(dryRun(Map.of(), "audit", large.toString())).doesNotContain(C1_ONLY).contains(large.toString());
    assertThat(dryRun(Map.of(), "audit", "--out", small.toString(), "--threads", "2", large.toString())).doesNotContain(C1_ONLY);
    assertThat(dryRun(Map.of(), "audit", "--out=" + large, small.toString())).contains(C1_ONLY);
    assertThat(dryRun(Map.of(), "verify", "--all", large.toString())).doesNotContain(C1_ONLY);
  }

  @Test
  void theUsersOwnCompilerOptionsDecide() throws Exception {
    Path small = pack("small", 1);
    List<String> words = dryRun(Map.of("COLOAUDIT_JAVA_OPTS", "-XX:-TieredCompilation"), "audit", small.toString());
    assertThat(words).doesNotContain(C1_ONLY).contains("-XX:-TieredCompilation", "-XX:+UseParallelGC");
  }
}
