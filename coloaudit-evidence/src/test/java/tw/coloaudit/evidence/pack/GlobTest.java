package tw.coloaudit.evidence.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GlobTest {

  @ParameterizedTest(name = "{0} ~ {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          # glob                          | path                              | matches
          inventory/rack.xlsx             | inventory/rack.xlsx               | true
          inventory/rack.xlsx             | inventory/rack.xlsx.bak           | false
          inventory/rack.xlsx             | other/inventory/rack.xlsx         | false
          fw/colo-fw-1/*.log.gz           | fw/colo-fw-1/2026-10-01.log.gz    | true
          fw/colo-fw-1/*.log.gz           | fw/colo-fw-1/old/2026.log.gz      | false
          fw/*/*.log.gz                   | fw/colo-fw-2/a.log.gz             | true
          accounts/colo-gw-1/*            | accounts/colo-gw-1/shadow         | true
          accounts/colo-gw-1/*            | accounts/colo-gw-1/etc/shadow     | false
          logs/**                         | logs/a/b/c.log                    | true
          logs/**/*.log                   | logs/c.log                        | true
          logs/**/*.log                   | logs/x/y/c.log                    | true
          logs/**/*.log                   | logs/x/y/c.txt                    | false
          **/*.csv                        | a.csv                             | true
          **/*.csv                        | a/b.csv                           | true
          auth.log.?                      | auth.log.1                        | true
          auth.log.?                      | auth.log.10                       | false
          auth.log.[0-9]                  | auth.log.7                        | true
          auth.log.[abc]                  | auth.log.d                        | false
          auth.log.[!abc]                 | auth.log.d                        | true
          {secure,messages}*              | secure-20250101                   | true
          {secure,messages}*              | messages                          | true
          {secure,messages}*              | syslog                            | false
          data(1).csv                     | data(1).csv                       | true
          a+b.csv                         | a+b.csv                           | true
          accounts/                       | accounts/gw/passwd                | true
          ./notes.txt                     | notes.txt                         | true
          """)
  void matchesPackPathsAsShellsDo(String glob, String path, boolean matches) {
    assertThat(Glob.of(glob).matches(path)).isEqualTo(matches);
  }

  @ParameterizedTest
  @CsvSource({"'a/*.log', true", "'a/b.log', false", "'a/[x].log', true", "'a/{x}.log', true", "'a/?.log', true"})
  void tellsAGlobFromAPlainPath(String text, boolean glob) {
    assertThat(Glob.isGlob(text)).isEqualTo(glob);
  }

  @org.junit.jupiter.api.Test
  void filtersAListOfPathsInOrder() {
    List<String> paths = List.of("a/1.log", "a/2.txt", "a/3.log", "b/4.log");
    assertThat(Glob.of("a/*.log").filter(paths)).containsExactly("a/1.log", "a/3.log");
  }
}
