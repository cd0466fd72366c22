package tw.coloaudit.archtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every source file under src/test/java that holds tests is named *Test, so Surefire never skips one. */
class TestNamingTest {

  @Test
  void everyTestClassNameEndsInTest() throws IOException {
    Path root = Path.of("..").toAbsolutePath().normalize();
    List<Path> offenders;
    try (Stream<Path> files = Files.walk(root)) {
      offenders =
          files
              .filter(p -> p.toString().contains("/src/test/java/") && p.toString().endsWith(".java"))
              .filter(p -> !p.getFileName().toString().endsWith("Test.java"))
              .filter(TestNamingTest::declaresTests)
              .toList();
    }
    assertThat(offenders).as("test classes not ending in Test").isEmpty();
  }

  private static boolean declaresTests(Path p) {
    try {
      String s = Files.readString(p);
      return s.contains("@Test") || s.contains("@ParameterizedTest") || s.contains("@ArchTest");
    } catch (IOException e) {
      return false;
    }
  }
}
