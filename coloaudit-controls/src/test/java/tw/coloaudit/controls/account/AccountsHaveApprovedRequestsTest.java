package tw.coloaudit.controls.account;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.coloaudit.controls.account.AccountPack.account;
import static tw.coloaudit.controls.account.AccountPack.failing;
import static tw.coloaudit.controls.account.AccountPack.failureOf;

import java.util.Map;
import org.junit.jupiter.api.Test;
import tw.coloaudit.controls.Evaluation;
import tw.coloaudit.model.Provenance;

class AccountsHaveApprovedRequestsTest {

  private static AccountPack accounts() {
    return new AccountPack()
        .system("ad", true)
        .accounts("""
            ad,alice,E001,,,Y,2026-03-01     # pass: approved on the creation day
            ad,bob,E002,,,Y,2026-03-01       # FAIL: IT approval one day after creation
            ad,carol,E003,,,Y,2026-03-01     # FAIL: no request
            ad,dave,E004,,,Y,2026-03-01      # FAIL: no IT approval
            ad,erin,E005,,,Y                 # pass: creation date unknown
            ad,cust01,C001,customer,,Y       # skip customer
            ad,svc_sql,,system,,Y            # skip system_account
            ad,gone,E006,,,N                 # skip disabled
            """);
  }

  private static final String REQUESTS = """
      ad,alice,2026-02-20,2026-02-27,2026-03-01
      ad,bob,2026-02-20,2026-02-27,2026-03-02
      ad,dave,2026-02-20,2026-02-27,
      ad,erin,2026-02-20,2026-02-27,2026-02-28
      """;

  @Test
  void failsAccountsWithoutATimelyDoublyApprovedRequest() {
    Evaluation e = accounts().requests(REQUESTS).run(new AccountsHaveApprovedRequests());

    assertThat(failing(e)).containsExactlyInAnyOrder(account("ad", "bob"), account("ad", "carol"), account("ad", "dave"));
    assertThat(e.passed()).isEqualTo(2);
    assertThat(e.skipped()).isEqualTo(Map.of("customer", 1, "system_account", 1, "disabled", 1));
    assertThat(e.observed()).containsEntry("created_on_unknown", 1);
  }

  @Test
  void saysWhatIsMissingOrLate() {
    Evaluation e = accounts().requests(REQUESTS).run(new AccountsHaveApprovedRequests());

    assertThat(failureOf(e, account("ad", "bob")).message().en())
        .isEqualTo("Account bob on ad was created on 2026-03-01 but its access request was approved only on 2026-03-02.");
    assertThat(failureOf(e, account("ad", "carol")).message().zh()).isEqualTo("ad 上的帳號 carol 無書面存取申請。");
    assertThat(failureOf(e, account("ad", "dave")).message().en())
        .isEqualTo("Account dave on ad has an access request without the approval of the IT supervisor.");
    assertThat(failureOf(e, account("ad", "dave")).evidence())
        .containsExactly(Provenance.line("accounts.csv", 4), Provenance.line("access-requests.csv", 3));
  }

  @Test
  void passesApprovalOnTheCreationDayAndFailsApprovalTheDayAfter() {
    Evaluation e =
        new AccountPack()
            .accounts("""
                gw,on_time,,,,Y,2026-05-10
                gw,late,,,,Y,2026-05-10
                """)
            .requests("""
                gw,ON_TIME,2026-05-01,2026-05-10,2026-05-10
                gw,late,2026-05-01,2026-05-11,2026-05-10
                """)
            .run(new AccountsHaveApprovedRequests());

    assertThat(failing(e)).containsExactly(account("gw", "late"));
  }

  @Test
  void leavesAccountsToInsufficientEvidenceWhenThereIsNoAccessRequestsEvidence() {
    Evaluation e = accounts().run(new AccountsHaveApprovedRequests());

    assertThat(e.failures()).isEmpty();
    assertThat(e.passed()).isZero();
    assertThat(e.skipped()).containsEntry("no_access_requests", 5);
  }

  @Test
  void failsEveryAccountWhenTheRegisterIsPresentButEmpty() {
    Evaluation e = accounts().kind("access-requests").run(new AccountsHaveApprovedRequests());

    assertThat(failing(e)).hasSize(5);
    assertThat(e.passed()).isZero();
  }
}
