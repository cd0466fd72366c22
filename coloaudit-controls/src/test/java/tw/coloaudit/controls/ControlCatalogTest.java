package tw.coloaudit.controls;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the registry in step with ../shared/CONTROLS.md: every control implemented, once. */
class ControlCatalogTest {

  private static final Pattern ROW = Pattern.compile("^\\| ([A-Z]+(?:-[A-Z0-9]+)+) \\|(.*)$");
  private static final Pattern POLICY_KEY = Pattern.compile("`([a-z_]+)`");
  private static Map<String, String> rows;

  @BeforeAll
  static void readCatalog() throws IOException {
    String realdata = System.getProperty("coloaudit.realdata", "../../shared/realdata");
    Path controls = Path.of(realdata).resolveSibling("CONTROLS.md");
    Assumptions.assumeTrue(Files.isRegularFile(controls), controls + " not found: skipping the catalog test");
    rows = new LinkedHashMap<>();
    for (String line : Files.readAllLines(controls)) {
      Matcher m = ROW.matcher(line);
      if (m.matches()) rows.put(m.group(1), m.group(2));
    }
  }

  @Test
  void everyControlOfTheCatalogIsImplementedExactlyOnce() {
    List<String> ids = ControlRegistry.all().stream().map(c -> c.metadata().id()).toList();
    assertThat(ids).doesNotHaveDuplicates();
    assertThat(new TreeSet<>(ids)).isEqualTo(new TreeSet<>(rows.keySet()));
  }

  @Test
  void theRegistryIsSortedByIdAndHoldsEachControlOnce() {
    List<String> ids = ControlRegistry.all().stream().map(c -> c.metadata().id()).toList();
    assertThat(ids).isSorted().doesNotHaveDuplicates();
  }

  @Test
  void everyImplementedControlHasTitlesReferencesEvidenceSubjectsAndKnownPolicyKeys() {
    for (AuditControl c : ControlRegistry.all()) {
      Control m = c.metadata();
      assertThat(m.titleZh()).as(m.id() + " zh-TW title").isNotBlank();
      assertThat(m.titleEn()).as(m.id() + " en title").isNotBlank();
      assertThat(m.checksZh()).as(m.id() + " zh-TW description").isNotBlank();
      assertThat(m.checksEn()).as(m.id() + " en description").isNotBlank();
      assertThat(m.refs()).as(m.id() + " rule references").isNotEmpty();
      assertThat(m.requires()).as(m.id() + " required evidence").isNotEmpty();
      assertThat(m.subjects()).as(m.id() + " subject forms").isNotEmpty();
      for (String key : m.policy()) {
        assertThat(PolicyKeys.byName(key)).as(m.id() + " policy key " + key).isPresent();
      }
    }
  }

  @Test
  void everyPolicyKeyNamedInACatalogRowIsDeclaredByThatControl() {
    for (AuditControl c : ControlRegistry.all()) {
      Control m = c.metadata();
      List<String> inRow = new ArrayList<>();
      Matcher k = POLICY_KEY.matcher(rows.get(m.id()));
      while (k.find()) {
        if (PolicyKeys.byName(k.group(1)).isPresent()) inRow.add(k.group(1));
      }
      assertThat(m.policy()).as(m.id() + " policy keys of CONTROLS.md").contains(inRow.toArray(String[]::new));
    }
  }

  @Test
  void everyRequiredEvidenceKindIsBoldInTheCatalogRow() {
    for (AuditControl c : ControlRegistry.all()) {
      Control m = c.metadata();
      for (String kind : m.requires()) {
        assertThat(rows.get(m.id())).as(m.id() + " requires " + kind).contains("**" + kind + "**");
      }
    }
  }

  @Test
  void everyImplementedControlHasATestClass() {
    for (AuditControl c : ControlRegistry.all()) {
      String testName = c.getClass().getName() + "Test";
      assertThat(classExists(testName)).as("test class " + testName).isTrue();
    }
  }

  private static boolean classExists(String name) {
    try {
      Class.forName(name, false, ControlCatalogTest.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }
}
