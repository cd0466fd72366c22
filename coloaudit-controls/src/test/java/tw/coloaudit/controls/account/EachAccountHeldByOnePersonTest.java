package tw.coloaudit.controls.account;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.coloaudit.controls.account.AccountPack.account;
import static tw.coloaudit.controls.account.AccountPack.failing;
import static tw.coloaudit.controls.account.AccountPack.failureOf;

import java.util.Map;
import org.junit.jupiter.api.Test;
import tw.coloaudit.controls.Evaluation;
import tw.coloaudit.model.Subject;

class EachAccountHeldByOnePersonTest {

  private static AccountPack accounts() {
    return new AccountPack()
        .system("gw", true)
        .accounts("""
            gw,alice,E001,,,Y                 # pass
            gw,bob,E002,,,Y                   # FAIL: E002 here, E003 in people
            gw,test01,,,,Y                    # FAIL: nobody, generic name
            gw,dave,,,,Y                      # pass: held through people
            gw,wang,資訊主管 王大明,,,Y          # pass: the same person as in people
            gw,cust,,customer,,Y              # skip customer
            gw,svc,,system,,Y                 # skip system_account
            gw,old,,,,N                       # skip disabled
            """);
  }

  private static final String PEOPLE = """
      E001,Alice,employee,,,
      E002,Bob,employee,,,
      E003,Bill,employee,,,gw:bob
      E004,Dave,employee,,,gw:dave
      E005,王大明,employee,,,gw:wang
      E009,林一,employee,,,
      E009,林二,employee,,,             # FAIL: person id used twice
      """;

  @Test
  void failsSharedAndOwnerlessAccountsAndDuplicatePersonIds() {
    Evaluation e = accounts().people(PEOPLE).run(new EachAccountHeldByOnePerson());

    assertThat(failing(e))
        .containsExactlyInAnyOrder(account("gw", "bob"), account("gw", "test01"), Subject.of("person", "E009"));
    assertThat(e.passed()).isEqualTo(3);
    assertThat(e.skipped()).isEqualTo(Map.of("customer", 1, "system_account", 1, "disabled", 1));
  }

  @Test
  void namesTheHoldersAndSaysWhenTheNameIsGeneric() {
    Evaluation e = accounts().people(PEOPLE).run(new EachAccountHeldByOnePerson());

    assertThat(failureOf(e, account("gw", "bob")).message().en()).isEqualTo("Account bob on gw is held by 2 people (E002, E003).");
    assertThat(failureOf(e, account("gw", "test01")).message().zh()).isEqualTo("gw 上的帳號 test01 無對應使用人，且帳號名稱為共用性名稱。");
    assertThat(failureOf(e, Subject.of("person", "E009")).evidence()).hasSize(2);
  }

  @Test
  void oneHolderPassesAndASecondHolderFails() {
    Evaluation one = new AccountPack().accounts("gw,trader,E001,,,Y").people("E001,甲,employee,,,gw:trader").run(new EachAccountHeldByOnePerson());
    Evaluation two = new AccountPack().accounts("gw,trader,E001,,,Y").people("""
        E001,甲,employee,,,gw:trader
        E002,乙,employee,,,gw:trader
        """).run(new EachAccountHeldByOnePerson());

    assertThat(failing(one)).isEmpty();
    assertThat(one.passed()).isEqualTo(1);
    assertThat(failing(two)).containsExactly(account("gw", "trader"));
    assertThat(failureOf(two, account("gw", "trader")).observed()).containsEntry("generic_name", true);
  }

  @Test
  void leavesOwnerlessAccountsToInsufficientEvidenceWithoutThePeopleRegister() {
    Evaluation e = accounts().run(new EachAccountHeldByOnePerson());

    assertThat(failing(e)).as("bob and alice have one holder each in the register").isEmpty();
    assertThat(e.skipped()).containsEntry("no_people", 2);
    assertThat(e.passed()).isEqualTo(3);
  }

  @Test
  void recognisesGenericNames() {
    assertThat(EachAccountHeldByOnePerson.isGeneric("Trader_2")).isTrue();
    assertThat(EachAccountHeldByOnePerson.isGeneric("ops")).isTrue();
    assertThat(EachAccountHeldByOnePerson.isGeneric("opsmith")).isFalse();
  }
}
