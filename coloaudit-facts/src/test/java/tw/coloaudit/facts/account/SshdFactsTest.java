package tw.coloaudit.facts.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tw.coloaudit.model.Provenance;
import tw.coloaudit.model.account.SshdDirective;

class SshdFactsTest {

  @Test
  void theFirstValueOfAKeywordIsTheOneInForce() {
    SshdFacts facts =
        SshdFacts.build(
            List.of(
                new SshdDirective("gw", "permitrootlogin", "no", Provenance.line("gw/sshd_config", 14)),
                new SshdDirective("gw", "permitrootlogin", "yes", Provenance.line("gw/sshd_config", 40)),
                new SshdDirective("gw", "passwordauthentication", "yes", Provenance.line("gw/sshd_config", 58))));

    assertThat(facts.permitRootLogin("gw")).map(SshdDirective::value).contains("no");
    assertThat(facts.permitRootLogin("gw")).map(SshdDirective::source).contains(Provenance.line("gw/sshd_config", 14));
    assertThat(facts.passwordAuthentication("gw")).map(SshdDirective::value).contains("yes");
    assertThat(facts.hasSystem("gw")).isTrue();
    assertThat(facts.permitRootLogin("db")).isEmpty();
    assertThat(facts.hasSystem("db")).isFalse();
  }
}
