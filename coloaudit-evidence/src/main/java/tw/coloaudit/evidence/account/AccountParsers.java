package tw.coloaudit.evidence.account;

import java.util.List;
import tw.coloaudit.evidence.spi.EvidenceParser;

/** The native account, password-policy and sshd configuration parsers of this package. */
public final class AccountParsers {

  private AccountParsers() {}

  /**
   * Every parser of this package, in the order a probe should try them: those with the most
   * distinctive names and content first, the bare colon-separated formats last.
   */
  public static List<EvidenceParser> all() {
    return List.of(
        new SudoersAccountParser(),
        new SshdConfigParser(),
        new SeceditPolicyParser(),
        new LoginDefsPolicyParser(),
        new PwqualityPolicyParser(),
        new GshadowAccountParser(),
        new ShadowAccountParser(),
        new GroupAccountParser(),
        new PasswdAccountParser());
  }
}
