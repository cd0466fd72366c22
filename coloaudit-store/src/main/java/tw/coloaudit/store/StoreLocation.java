package tw.coloaudit.store;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the run store is: a {@code jdbc:postgresql:} URL, a {@code jdbc:sqlite:} URL or an SQLite
 * file path; by default {@code $XDG_DATA_HOME/coloaudit/runs.db}, else
 * {@code ~/.local/share/coloaudit/runs.db}. The system property {@code coloaudit.store} and the
 * environment variable {@code COLOAUDIT_STORE} override the default.
 */
public final class StoreLocation {

  /** The system property that names the store. */
  public static final String PROPERTY = "coloaudit.store";

  /** The environment variable that names the store. */
  public static final String ENV = "COLOAUDIT_STORE";

  private StoreLocation() {}

  /** The store to use when none is given on the command line. */
  public static String defaultLocation() {
    return defaultLocation(System.getProperties().getProperty(PROPERTY), System.getenv(), System.getProperty("user.home"));
  }

  static String defaultLocation(String property, Map<String, String> env, String home) {
    if (property != null && !property.isBlank()) return property;
    String named = env.get(ENV);
    if (named != null && !named.isBlank()) return named;
    String xdg = env.get("XDG_DATA_HOME");
    Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
        ? Path.of(xdg)
        : Path.of(home, ".local", "share");
    return base.resolve("coloaudit").resolve("runs.db").toString();
  }

  public static boolean isPostgres(String location) {
    return location.startsWith("jdbc:postgresql:");
  }

  /** The JDBC URL of a location: itself when it is one, else the SQLite URL of the file. */
  public static String jdbcUrl(String location) {
    if (location.startsWith("jdbc:")) return location;
    return "jdbc:sqlite:" + Path.of(location).toAbsolutePath();
  }

  /** The location as shown to people: a URL without its password. */
  public static String display(String location) {
    return location.replaceAll("(?i)(password=)[^&;]*", "$1***");
  }
}
