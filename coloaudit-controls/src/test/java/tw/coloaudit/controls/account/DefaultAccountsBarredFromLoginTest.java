package tw.coloaudit.controls.account;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.coloaudit.controls.account.AccountPack.account;
import static tw.coloaudit.controls.account.AccountPack.failing;
import static tw.coloaudit.controls.account.AccountPack.failureOf;

import org.junit.jupiter.api.Test;
import tw.coloaudit.controls.Evaluation;
import tw.coloaudit.model.Provenance;

class DefaultAccountsBarredFromLoginTest {

  private static final String ROOT = "root:x:0:0:root:/root:/bin/bash";
  private static final String ROOT_USABLE = "root:$6$r:2026-10-01:0:90:7:::";

  private static AccountPack pack() {
    return new AccountPack()
        .passwd("gw", ROOT + "\ntrader01:x:1001:1001::/home/t1:/bin/bash\ntrader02:x:1002:1002::/home/t2:/bin/bash")
        .shadow("gw", ROOT_USABLE + "\ntrader01:$6$a:2026-10-01:0:90:7:::\ntrader02:$6$b:2026-10-01:0:90:7:::")
        .sshd("gw", "PermitRootLogin yes                # FAIL: root may log in directly")
        .passwd("gw2", ROOT).shadow("gw2", ROOT_USABLE)   // FAIL: no sshd-config, usable password
        .passwd("gw3", ROOT).shadow("gw3", "root:!:2026-10-01:0:90:7:::")   // pass: locked, no sshd-config
        .passwd("gw4", ROOT).shadow("gw4", ROOT_USABLE).sshd("gw4", "PasswordAuthentication no")   // pass: OpenSSH default
        .passwd("gw5", ROOT).shadow("gw5", ROOT_USABLE).sshd("gw5", "PermitRootLogin prohibit-password")
        .passwd("gw6", ROOT).shadow("gw6", ROOT_USABLE).sshd("gw6", "PermitRootLogin no\nPermitRootLogin yes")
        .accounts("""
            db,sa,,,,Y                       # FAIL: enabled
            db,guest,,,,N                    # pass: disabled
            db,admin,,,,,,,,2026-11-20       # pass: disabled on the as-of date
            db,Administrator,,,,,,,,2026-11-21   # FAIL: disabled only the day after
            db,gone,,,,N
            db,clerk,,,,Y
            """)
        .weakPasswords("""
            gw,root,2026-09-01,weak          # joins root's finding
            gw,trader01,2026-10-01,weak      # FAIL
            gw,trader02,2026-01-01,weak
            gw,trader02,2026-06-01,ok        # the latest test passed
            gw,legacy,2026-10-01,weak        # FAIL: not in the account evidence
            db,gone,2026-10-01,weak          # pass: disabled
            db,clerk,2026-10-01,ok
            """);
  }

  @Test
  void failsDefaultAccountsThatAreNotBarredAndAccountsTestedWeak() {
    Evaluation e = pack().run(new DefaultAccountsBarredFromLogin());

    assertThat(failing(e))
        .containsExactlyInAnyOrder(
            account("gw", "root"), account("gw2", "root"), account("db", "sa"), account("db", "Administrator"),
            account("gw", "trader01"), account("gw", "legacy"));
    assertThat(e.passed()).isEqualTo(7);
    assertThat(e.skipped()).isEmpty();
  }

  @Test
  void givesOneFindingPerAccountWithEveryReason() {
    Evaluation.Failure root = failureOf(pack().run(new DefaultAccountsBarredFromLogin()), account("gw", "root"));

    assertThat(root.message().en())
        .isEqualTo("Account root on gw may log in directly over SSH (PermitRootLogin yes); was found weak by the password test of 2026-09-01.");
    assertThat(root.message().zh()).isEqualTo("gw 上的帳號 root 可經 SSH 直接登入（PermitRootLogin yes）；經弱密碼測試（2026-09-01）判定為弱密碼。");
    assertThat(root.evidence())
        .containsExactly(
            Provenance.line("gw/passwd", 1), Provenance.line("gw/shadow", 1), Provenance.line("gw/sshd_config", 1),
            Provenance.line("weak-passwords.csv", 1));
  }

  @Test
  void rootWithAUsablePasswordAndNoSshdConfigIsNotShownBarred() {
    Evaluation e = pack().run(new DefaultAccountsBarredFromLogin());

    assertThat(failureOf(e, account("gw2", "root")).message().en())
        .isEqualTo("Account root on gw2 has a usable password and no sshd-config shows it barred from direct login.");
  }

  @Test
  void anSshdConfigFileWithoutDirectivesStillShowsTheDefault() {
    Evaluation e =
        new AccountPack().passwd("gw", ROOT).shadow("gw", ROOT_USABLE).kind("sshd-config", "gw").run(new DefaultAccountsBarredFromLogin());

    assertThat(failing(e)).isEmpty();
    assertThat(e.passed()).isEqualTo(1);
  }

  @Test
  void passesNothingWithoutAccountEvidence() {
    Evaluation e = new AccountPack().system("gw", true).run(new DefaultAccountsBarredFromLogin());

    assertThat(e.failures()).isEmpty();
    assertThat(e.passed()).isZero();
  }
}
