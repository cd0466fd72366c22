package tw.coloaudit.controls.support;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.coloaudit.controls.support.AccountScope.Exclusion.CANNOT_LOG_IN;
import static tw.coloaudit.controls.support.AccountScope.Exclusion.CUSTOMER;
import static tw.coloaudit.controls.support.AccountScope.Exclusion.DISABLED;
import static tw.coloaudit.controls.support.AccountScope.Exclusion.KEY_ONLY;
import static tw.coloaudit.controls.support.AccountScope.Exclusion.SYSTEM_ACCOUNT;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tw.coloaudit.facts.account.Account;
import tw.coloaudit.facts.account.AccountFacts;
import tw.coloaudit.model.Provenance;
import tw.coloaudit.model.account.PasswdEntry;
import tw.coloaudit.model.account.ShadowEntry;

class AccountScopeTest {

  private static final LocalDate AS_OF = LocalDate.parse("2026-11-20");

  private static Account linux(long uid, String hash, String shell, Long expire) {
    AccountFacts f =
        AccountFacts.build(
            List.of(new PasswdEntry("gw", "u", uid, uid, "", "/home/u", shell, Provenance.line("passwd", 1))),
            List.of(new ShadowEntry("gw", "u", hash, 20000L, null, null, null, null, expire, Provenance.line("shadow", 1))),
            List.of(), List.of(), List.of(), List.of(), List.of());
    return f.find("gw", "u").orElseThrow();
  }

  @Test
  void givesTheFirstApplicableReasonInTableOrder() {
    AccountScope all = AccountScope.skipping(DISABLED, CANNOT_LOG_IN, KEY_ONLY, SYSTEM_ACCOUNT, CUSTOMER);
    long expired = AS_OF.toEpochDay();

    assertThat(all.skipReason(linux(500, "*", "/sbin/nologin", expired), AS_OF, 1000)).contains("disabled");
    assertThat(all.skipReason(linux(500, "*", "/sbin/nologin", null), AS_OF, 1000)).contains("cannot_log_in");
    assertThat(all.skipReason(linux(500, "!", "/bin/bash", null), AS_OF, 1000)).contains("key_only");
    assertThat(all.skipReason(linux(500, "$6$x", "/bin/bash", null), AS_OF, 1000)).contains("system_account");
    assertThat(all.skipReason(linux(1000, "$6$x", "/bin/bash", null), AS_OF, 1000)).isEmpty();
    assertThat(all.skipReason(linux(0, "$6$x", "/bin/bash", null), AS_OF, 1000)).as("uid 0 is not a system account").isEmpty();
  }

  @Test
  void checksWhatTheRowDoesNotSkip() {
    AccountScope vendorRow = AccountScope.skipping(DISABLED, CANNOT_LOG_IN);

    assertThat(vendorRow.skipReason(linux(500, "!", "/bin/bash", null), AS_OF, 1000)).isEmpty();
    assertThat(vendorRow.skipReason(linux(1001, "!!", "/bin/false", null), AS_OF, 1000)).contains("cannot_log_in");
  }
}
