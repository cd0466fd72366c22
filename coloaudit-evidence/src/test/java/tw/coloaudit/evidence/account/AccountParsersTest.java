package tw.coloaudit.evidence.account;

import tw.coloaudit.evidence.testing.TextInput;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tw.coloaudit.evidence.spi.EvidenceParser;
import tw.coloaudit.evidence.spi.Sample;

class AccountParsersTest {

  @Test
  void listsEveryParserMostSpecificFirst() {
    assertThat(AccountParsers.all()).extracting(EvidenceParser::format).containsExactly(
        "sudoers", "sshd_config", "secedit", "login.defs", "pwquality", "gshadow", "shadow",
        "group", "passwd");
  }

  @Test
  void servesTheEvidenceKindsOfTheContract() {
    for (EvidenceParser p : AccountParsers.all()) {
      String expected = switch (p.format()) {
        case "sshd_config" -> "sshd-config";
        case "secedit", "pwquality", "login.defs" -> "password-policy";
        default -> "accounts";
      };
      assertThat(p.kinds()).as(p.format()).contains(expected);
    }
  }

  static Stream<Arguments> samples() {
    return Stream.of(
        Arguments.of("passwd", "root:x:0:0:root:/root:/bin/bash", "passwd"),
        Arguments.of("colo-gw-1_passwd.txt", "root:x:0:0:root:/root:/bin/bash", "passwd"),
        Arguments.of("shadow", "root:*:19000:0:99999:7:::", "shadow"),
        Arguments.of("group", "root:x:0:", "group"),
        Arguments.of("gshadow", "root:*::", "gshadow"),
        Arguments.of("sudoers", "Defaults env_reset", "sudoers"),
        Arguments.of("90-cloud-init-users", "ubuntu ALL=(ALL) NOPASSWD:ALL", "sudoers"),
        Arguments.of("sshd_config", "#Port 22|PermitRootLogin no", "sshd_config"),
        Arguments.of("login.defs", "MAIL_DIR /var/mail|PASS_MAX_DAYS 99999", "login.defs"),
        Arguments.of("pwquality.conf", "# minlen = 8|# dcredit = 0", "pwquality"),
        Arguments.of("secpol.inf", "[Unicode]|Unicode=yes|[System Access]", "secedit"),
        Arguments.of("accounts.csv", "system,account,enabled", null),
        Arguments.of("auth.log", "Jan  5 10:00:00 gw sshd[1]: Accepted password for root", null));
  }

  @ParameterizedTest(name = "{0} -> {2}")
  @MethodSource("samples")
  void theFirstParserWhoseProbeAcceptsASampleIsTheRightOne(String name, String lines,
      String format) {
    Sample sample = new Sample(name, lines.getBytes(), Arrays.asList(lines.split("\\|")));

    String first = AccountParsers.all().stream().filter(p -> p.probe(sample))
        .map(EvidenceParser::format).findFirst().orElse(null);

    assertThat(first).isEqualTo(format);
  }

  static List<EvidenceParser> parsers() {
    return AccountParsers.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("parsers")
  void everyParserRejectsEveryLineAndEmitsNothingWithoutASystem(EvidenceParser parser) {
    var r = Parsing.parse(parser, TextInput.of("f", """
        root:x:0:0:root:/root:/bin/bash
        # comment

        PermitRootLogin yes
        """), null);

    assertThat(r.outcomes()).isEqualTo("1 rejected, 2 rejected, 4 rejected");
    assertThat(r.rejects().values())
        .containsOnly("the manifest entry names no system for this file");
    assertThat(r.rejectsZh().values()).containsOnly("清單中此檔案的項目未指明所屬系統");
    assertThat(r.records()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("parsers")
  void everyParserRejectsALineOverTheLimitAndGoesOn(EvidenceParser parser) {
    var r = Parsing.parse(parser, TextInput.of("f", "# " + "z".repeat(100_000) + "\n# ok\n"),
        Parsing.SYSTEM);

    assertThat(r.outcomes()).isEqualTo("1 rejected, 2 skipped");
    assertThat(r.rejects().get(1))
        .isEqualTo("the line is longer than the limit of 65536 characters");
    assertThat(r.rejectsZh().get(1)).isEqualTo("此行長度超過 65536 個字元的上限");
  }
}
