package tw.coloaudit.controls.account;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.coloaudit.controls.account.AccountPack.account;
import static tw.coloaudit.controls.account.AccountPack.failing;
import static tw.coloaudit.controls.account.AccountPack.failureOf;

import java.util.Map;
import org.junit.jupiter.api.Test;
import tw.coloaudit.controls.Evaluation;

class VendorAccountsRevokedAtContractEndTest {

  // as of 2026-11-20, grace 0 days
  private static final String PEOPLE = """
      V001,甲,vendor,甲公司,2026-10-31,gw:v_ended      # FAIL: still enabled 20 days after
      V002,乙,vendor,乙公司,2026-11-20,gw:v_today      # pass: ends on the as-of date
      V003,丙,vendor,丙公司,2026-11-19,gw:v_yesterday  # FAIL: one day past
      V004,丁,vendor,丁公司,2026-06-30,gw:v_ontime     # pass: disabled on the end date
      V005,戊,vendor,戊公司,2026-06-30,gw:v_late       # FAIL: disabled one day late
      V006,己,vendor,己公司,2026-06-30,gw:v_nodate     # pass: disabled, date unknown
      V007,庚,vendor,庚公司,,gw:v_noend                # skip contract_end_unknown
      V008,辛,vendor,辛公司,2026-06-30,gw:v_expired    # pass: shadow expiry on the end date
      V009,壬,vendor,壬公司,2026-06-30,gw:v_cust       # skip customer
      E001,癸,employee,,2026-01-01,gw:staff           # not a vendor account
      """;

  private static AccountPack pack() {
    return new AccountPack()
        .system("gw", true)
        .passwd("gw", "v_expired:x:1100:1100::/home/v:/bin/bash")
        .shadow("gw", "v_expired:$6$x:2026-01-01:0:90:7::2026-06-30:")
        .accounts("""
            gw,v_ended,,,,Y
            gw,v_today,,,,Y
            gw,v_yesterday,,,,Y
            gw,v_ontime,,,,N,,,,2026-06-30
            gw,v_late,,,,N,,,,2026-07-01
            gw,v_nodate,,,,N
            gw,v_noend,,,,Y
            gw,v_cust,,customer,,Y
            gw,staff,,,,Y
            """);
  }

  @Test
  void failsVendorAccountsLeftEnabledOrDisabledLateAfterTheContractEnd() {
    Evaluation e = pack().people(PEOPLE).run(new VendorAccountsRevokedAtContractEnd());

    assertThat(failing(e))
        .containsExactlyInAnyOrder(account("gw", "v_ended"), account("gw", "v_yesterday"), account("gw", "v_late"));
    assertThat(e.passed()).isEqualTo(4);
    assertThat(e.skipped()).isEqualTo(Map.of("contract_end_unknown", 1, "customer", 1));
    assertThat(e.observed()).containsEntry("vendor_accounts", 9).containsEntry("disabled_on_unknown", 1);
  }

  @Test
  void statesHowLongAfterTheContractEnd() {
    Evaluation e = pack().people(PEOPLE).run(new VendorAccountsRevokedAtContractEnd());

    assertThat(failureOf(e, account("gw", "v_ended")).message().zh())
        .isEqualTo("gw 上的帳號 v_ended 於合約到期日 2026-10-31 後 20 天仍未停用（寬限 0 天）。");
    assertThat(failureOf(e, account("gw", "v_late")).message().en())
        .isEqualTo("Account v_late on gw was disabled on 2026-07-01, 1 day after the contract ended on 2026-06-30 (grace 0).");
  }

  @Test
  void passesWithinTheGraceDaysAndFailsOneDayPastThem() {
    Evaluation e = pack().people(PEOPLE).policy("revoke_grace_days", 20).run(new VendorAccountsRevokedAtContractEnd());

    assertThat(failing(e)).isEmpty();

    Evaluation past = pack().people(PEOPLE).policy("revoke_grace_days", 19).run(new VendorAccountsRevokedAtContractEnd());
    assertThat(failing(past)).containsExactly(account("gw", "v_ended"));
  }

  @Test
  void checksNothingWithoutThePeopleRegister() {
    Evaluation e = pack().run(new VendorAccountsRevokedAtContractEnd());

    assertThat(e.failures()).isEmpty();
    assertThat(e.passed()).isZero();
    assertThat(e.observed()).containsEntry("vendor_accounts", 0);
  }
}
