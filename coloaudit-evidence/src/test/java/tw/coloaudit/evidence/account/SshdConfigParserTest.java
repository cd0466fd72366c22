package tw.coloaudit.evidence.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static tw.coloaudit.evidence.account.Parsing.SYSTEM;
import static tw.coloaudit.evidence.account.Parsing.parse;

import java.util.List;
import org.junit.jupiter.api.Test;
import tw.coloaudit.evidence.spi.Sample;
import tw.coloaudit.model.Provenance;
import tw.coloaudit.model.account.SshdDirective;

class SshdConfigParserTest {

  private final SshdConfigParser parser = new SshdConfigParser();

  @Test
  void emitsTheGlobalDirectivesTheFirstValueWinning() {
    var r = parse(parser, "sshd_config", """
        # OpenSSH server configuration
        Include /etc/ssh/sshd_config.d/*.conf
        Port 22
        PermitRootLogin prohibit-password
        passwordauthentication=no
        PermitRootLogin yes
        Match User backup
            PasswordAuthentication yes
            PermitRootLogin yes
        """);

    assertThat(r.outcomes()).isEqualTo("1 skipped, 2 skipped, 3 skipped, 4 used, 5 used, "
        + "6 skipped, 7 skipped, 8 skipped, 9 skipped");
    assertThat(r.records(SshdDirective.class)).containsExactly(
        new SshdDirective(SYSTEM, "permitrootlogin", "prohibit-password",
            Provenance.line("sshd_config", 4)),
        new SshdDirective(SYSTEM, "passwordauthentication", "no", Provenance.line("sshd_config", 5)));
    assertThat(r.warnings()).containsOnlyKeys(2, 6);
    assertThat(r.warnings().get(6)).containsExactly(
        "sshd_config sets PermitRootLogin again; sshd uses the first value, on line 4");
    assertThat(r.warningsZhByLine().get(6)).containsExactly(
        "sshd_config 再次設定 PermitRootLogin；sshd 採用第一次設定的值，即第 4 行");
    assertThat(r.warningsZhByLine().get(2)).singleElement().asString()
        .startsWith("sshd_config 以 Include 引入 /etc/ssh/sshd_config.d/*.conf，");
  }

  @Test
  void acceptsAnEqualsSignWithSpacesAndQuotedValues() {
    var r = parse(parser, "sshd_config", """
        PasswordAuthentication = "yes"
        PERMITROOTLOGIN   No   # set by hardening
        """);

    assertThat(r.records(SshdDirective.class)).extracting(SshdDirective::keyword, SshdDirective::value)
        .containsExactly(
            tuple("passwordauthentication", "yes"),
            tuple("permitrootlogin", "No"));
  }

  @Test
  void rejectsMissingAndUnknownValues() {
    var r = parse(parser, "sshd_config", "PermitRootLogin\r\nPasswordAuthentication maybe\r\n%%%\r\n");

    assertThat(r.outcomes()).isEqualTo("1 rejected, 2 rejected, 3 rejected");
    assertThat(r.rejects())
        .containsEntry(1, "sshd_config PermitRootLogin has no value")
        .containsEntry(2, "sshd_config PasswordAuthentication value 'maybe' is not one sshd "
            + "accepts (no, yes)")
        .containsEntry(3, "sshd_config line does not start with a keyword");
    assertThat(r.rejectsZh())
        .containsEntry(1, "sshd_config 的 PermitRootLogin 沒有設定值")
        .containsEntry(2, "sshd_config 的 PasswordAuthentication 值 'maybe' 不是 sshd 接受的值（no、yes）")
        .containsEntry(3, "sshd_config 行的開頭不是關鍵字");
  }

  @Test
  void rejectsALineOverTheLengthLimit() {
    var r = parse(parser, "sshd_config", "Banner " + "x".repeat(70_000) + "\nPermitRootLogin no\n");

    assertThat(r.outcomes()).isEqualTo("1 rejected, 2 used");
  }

  @Test
  void probesServerConfigurationButNotAClientOne() {
    assertThat(parser.probe(new Sample("sshd_config", new byte[0], List.of()))).isTrue();
    assertThat(parser.probe(new Sample("gw1-ssh.txt", new byte[0],
        List.of("#Port 22", "PermitRootLogin no")))).isTrue();
    assertThat(parser.probe(new Sample("ssh_config", new byte[0],
        List.of("Host *", "    PasswordAuthentication no")))).isFalse();
  }
}
