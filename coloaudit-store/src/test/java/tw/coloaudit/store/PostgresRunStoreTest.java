package tw.coloaudit.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;

/**
 * The run store on a real PostgreSQL server, named by the JDBC URL in {@code COLOAUDIT_TEST_PG_URL}
 * (.ci/run starts Debian's server and sets it); every test empties that database's public schema, so point it at
 * a database kept for tests only. Skipped, with a message, where no server is reachable.
 */
class PostgresRunStoreTest extends RunStoreContractTest {

  static final String ENV = "COLOAUDIT_TEST_PG_URL";
  private static String url;

  @BeforeAll
  static void findServer() {
    url = System.getenv(ENV);
    Assumptions.assumeTrue(url != null && !url.isBlank(), ENV + " is not set: no PostgreSQL server to test the run store on");
    try (Connection c = DriverManager.getConnection(url)) {
      Assumptions.assumeTrue(c.isValid(5), "PostgreSQL at " + StoreLocation.display(url) + " does not answer");
    } catch (SQLException e) {
      Assumptions.abort("PostgreSQL at " + StoreLocation.display(url) + " is not reachable: " + e.getMessage());
    }
  }

  @Override
  RunStore store() {
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
      // Each test starts from an empty schema; the migrations then run as on a new server.
      s.execute("DROP SCHEMA public CASCADE");
      s.execute("CREATE SCHEMA public");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return RunStore.open(url);
  }
}
