package tw.coloaudit.controls.account;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.coloaudit.controls.account.AccountPack.account;
import static tw.coloaudit.controls.account.AccountPack.failing;
import static tw.coloaudit.controls.account.AccountPack.failureOf;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tw.coloaudit.controls.Evaluation;
import tw.coloaudit.controls.support.LastActivity;
import tw.coloaudit.facts.account.Account;
import tw.coloaudit.facts.account.AccountFacts;
import tw.coloaudit.model.Subject;

class DormantAccountsReviewedTest {

  // latest gw review 2026-07-12, idle limit 90: a login on 2026-04-13 is 90 days before it, 2026-04-12 is 91.
  private static AccountPack pack() {
    return new AccountPack()
        .system("gw", true)
        .system("db", true)
        .system("ad", true)
        .system("lab", false)
        .accounts("""
            gw,active,,,,Y,2025-01-01,,2026-04-13T09:00         # pass: idle exactly 90 days
            gw,idle,,,,Y,2025-01-01,,2026-04-12T09:00           # FAIL: idle 91 days, not named
            gw,named1,,,,Y,2025-01-01,,2025-06-01T09:00         # pass: dormant and named
            gw,Named2,,,,Y,2025-01-01,,2025-06-01T09:00         # pass: dormant and named
            gw,fresh,,,,Y,2026-01-01,2026-06-01                 # pass: no login, password changed 41 days before
            gw,stale,,,,Y,2026-01-01                            # FAIL: no login, created 192 days before
            gw,tz,,,,Y,2025-01-01,,2026-04-12T16:30:00Z         # pass: 2026-04-13 in Taipei
            gw,unknown,,,,Y                                     # skip last_activity_unknown
            gw,cust,,customer,,Y,2025-01-01                     # skip customer
            gw,gone,,,,N,2025-01-01                             # skip disabled
            ad,x,,,,Y,2025-01-01                                # skip no_review
            lab,y,,,,Y,2025-01-01                               # skip no_review
            """);
  }

  private static final String REVIEWS = """
      gw,2026-01-10,E001,
      gw,2026-07-12,E001,gw:named1;named2    # 183 days after the last: no gap
      db,2025-12-01,E002,
      db,2026-06-03,E002,                    # FAIL: 184 days after the last
      """;

  @Test
  void failsReviewGapsAndDormantAccountsMissingFromTheLatestReview() {
    Evaluation e = pack().reviews(REVIEWS).run(new DormantAccountsReviewed());

    assertThat(failing(e))
        .containsExactlyInAnyOrder(
            account("gw", "idle"),
            account("gw", "stale"),
            Subject.of("system", "db", "from", "2025-12-01", "to", "2026-06-03"),
            Subject.of("system", "lab"));
    assertThat(e.missing()).extracting(Evaluation.Failure::subject).containsExactly(Subject.of("system", "ad"));
    assertThat(e.passed()).as("gw's cadence and five accounts").isEqualTo(6);
    assertThat(e.skipped()).isEqualTo(Map.of("last_activity_unknown", 1, "customer", 1, "disabled", 1, "no_review", 2));
  }

  @Test
  void statesTheIdleDaysAndTheReviewOrTheGap() {
    Evaluation e = pack().reviews(REVIEWS).run(new DormantAccountsReviewed());

    Evaluation.Failure idle = failureOf(e, account("gw", "idle"));
    assertThat(idle.message().en())
        .isEqualTo("Account idle on gw had been idle 91 days (limit 90) at the review of 2026-07-12 but is not named in it.");
    assertThat(idle.observed()).containsEntry("last_login", "2026-04-12");
    assertThat(failureOf(e, account("gw", "stale")).observed()).containsEntry("created_on", "2026-01-01");
    assertThat(failureOf(e, Subject.of("system", "db", "from", "2025-12-01", "to", "2026-06-03")).message().zh())
        .isEqualTo("系統 db 的閒置帳號清查自 2025-12-01 至 2026-06-03 相隔 184 天（上限 183 天）。");
  }

  @Test
  void countsTheGapFromTheLastReviewToTheAsOfDate() {
    Evaluation e =
        pack().reviews("""
            gw,2026-05-21,E001,    # 183 days before the as-of date: no gap
            db,2026-05-20,E002,    # FAIL: 184 days before the as-of date
            lab,2026-11-20,E003,
            """).run(new DormantAccountsReviewed());

    assertThat(failing(e)).filteredOn(s -> s.values().containsKey("from"))
        .containsExactly(Subject.of("system", "db", "from", "2026-05-20", "to", "2026-11-20"));
  }

  @Test
  void leavesEverythingToInsufficientEvidenceWithoutDormantReviews() {
    Evaluation e = pack().run(new DormantAccountsReviewed());

    assertThat(e.failures()).isEmpty();
    assertThat(e.missing()).extracting(Evaluation.Failure::subject)
        .containsExactlyInAnyOrder(Subject.of("system", "gw"), Subject.of("system", "db"), Subject.of("system", "ad"));
    assertThat(e.skipped()).containsEntry("no_dormant_reviews", 1).containsEntry("no_review", 10);
    assertThat(e.passed()).isZero();
  }

  @Test
  void takesTheLaterOfTheLoggedLoginAndTheAccountsOwn() {
    Account a =
        new AccountPack().accounts("gw,u,,,,Y,2025-01-01,,2026-03-01T09:00").input().facts()
            .fact(AccountFacts.class).find("gw", "u").orElseThrow();

    assertThat(LastActivity.of(a, Instant.parse("2026-06-30T20:00:00Z"), AccountPack.ZONE).on())
        .isEqualTo(LocalDate.parse("2026-07-01"));
    assertThat(LastActivity.of(a, Instant.parse("2026-01-01T00:00:00Z"), AccountPack.ZONE).on())
        .isEqualTo(LocalDate.parse("2026-03-01"));
    assertThat(LastActivity.of(a, null, AccountPack.ZONE).basis()).isEqualTo("last_login");
  }
}
