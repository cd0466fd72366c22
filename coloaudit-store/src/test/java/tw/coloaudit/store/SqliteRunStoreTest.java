package tw.coloaudit.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run store on an SQLite file, the default. */
class SqliteRunStoreTest extends RunStoreContractTest {

  @TempDir Path tmp;

  @Override
  RunStore store() {
    return RunStore.open(tmp.resolve("data/coloaudit/runs.db").toString());
  }

  @Test
  void createsTheFileAndItsFolderAndKeepsRunsAcrossOpenings() {
    Path file = tmp.resolve("data/coloaudit/runs.db");
    RunStore.open(file.toString()).record(result("r1", LocalDate.of(2026, 5, 20), finding("f1", "a", false)));
    assertThat(file).exists();
    assertThat(RunStore.open(file.toString()).run("r1")).isPresent();
    assertThat(RunStore.open("jdbc:sqlite:" + file).runs()).hasSize(1);
  }

  @Test
  void theDefaultLocationFollowsTheDataDirectoryConventions() {
    assertThat(StoreLocation.defaultLocation(null, Map.of(), "/home/a")).isEqualTo("/home/a/.local/share/coloaudit/runs.db");
    assertThat(StoreLocation.defaultLocation(null, Map.of("XDG_DATA_HOME", "/x"), "/home/a")).isEqualTo("/x/coloaudit/runs.db");
    // A relative XDG_DATA_HOME is invalid by the specification and ignored.
    assertThat(StoreLocation.defaultLocation(null, Map.of("XDG_DATA_HOME", "x"), "/home/a"))
        .isEqualTo("/home/a/.local/share/coloaudit/runs.db");
    assertThat(StoreLocation.defaultLocation(null, Map.of("COLOAUDIT_STORE", "jdbc:postgresql://h/db"), "/home/a"))
        .isEqualTo("jdbc:postgresql://h/db");
    assertThat(StoreLocation.defaultLocation("/p.db", Map.of("COLOAUDIT_STORE", "/e.db"), "/home/a")).isEqualTo("/p.db");
    assertThat(StoreLocation.display("jdbc:postgresql://h/db?user=u&password=secret&ssl=true"))
        .isEqualTo("jdbc:postgresql://h/db?user=u&password=***&ssl=true");
  }

  @Test
  void refusesAnUnknownDatabaseAndAFileThatIsNotAStore() throws Exception {
    assertThatThrownBy(() -> RunStore.open("jdbc:mysql://h/db")).isInstanceOf(StoreException.class).hasMessageContaining("mysql");
    Path junk = Files.writeString(tmp.resolve("junk.db"), "this is not a database file at all, just some text. ".repeat(200));
    assertThatThrownBy(() -> RunStore.open(junk.toString())).isInstanceOf(StoreException.class);
  }
}
