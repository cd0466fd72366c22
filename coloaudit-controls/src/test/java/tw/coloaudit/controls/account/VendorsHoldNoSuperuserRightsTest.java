package tw.coloaudit.controls.account;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.coloaudit.controls.account.AccountPack.account;
import static tw.coloaudit.controls.account.AccountPack.failing;
import static tw.coloaudit.controls.account.AccountPack.failureOf;

import java.util.Map;
import org.junit.jupiter.api.Test;
import tw.coloaudit.controls.Evaluation;
import tw.coloaudit.model.Provenance;

class VendorsHoldNoSuperuserRightsTest {

  private static final String PEOPLE = """
      E001,王大明,employee,,,gw:root;gw:ops2
      V001,陳工程師,vendor,某系統商,2027-06-30,gw:vendor01;gw:vendor02;gw:vendor03;gw:vkey;gw:vsvc;gw:vlock;gw:vlater
      V002,張顧問,vendor,某顧問,2027-06-30,
      """;

  private static AccountPack pack() {
    return new AccountPack()
        .system("gw", true)
        .passwd("gw", """
            root:x:0:0:root:/root:/bin/bash              # pass: employee
            vendor01:x:1001:1001::/home/v1:/bin/bash      # FAIL: member of wheel
            vendor02:x:1002:1002::/home/v2:/bin/bash      # skip disabled
            vendor03:x:1003:1003::/home/v3:/bin/bash      # pass: no privilege
            vkey:x:1004:1004::/home/vk:/bin/bash          # FAIL: key only is checked
            vsvc:x:900:900::/opt/vsvc:/bin/bash           # FAIL: system account is checked
            vlock:x:1005:1005::/home/vl:/sbin/nologin     # skip cannot_log_in
            vlater:x:1006:1006::/home/vt:/bin/bash        # FAIL: disabled only after the as-of date
            ops:x:1007:1007::/home/ops:/bin/bash          # skip holder_unknown
            ops2:x:1008:1008::/home/ops2:/bin/bash        # pass: employee via people
            """)
        .shadow("gw", """
            root:$6$r:2026-10-01::::::
            vendor01:$6$a:2026-10-01::::::
            vendor02:$6$b:2026-10-01::::::
            vendor03:$6$c:2026-10-01::::::
            vkey:!:2026-10-01::::::
            vsvc:$6$d:2026-10-01::::::
            vlock:!:2026-10-01::::::
            vlater:$6$e:2026-10-01::::::
            ops:$6$f:2026-10-01::::::
            ops2:$6$g:2026-10-01::::::
            """)
        .group("gw", "wheel:x:10:vendor01,ops2")
        .sudoAll("gw", "%wheel")
        .sudoAll("gw", "vendor02")
        .sudoAll("gw", "vkey")
        .sudoAll("gw", "vsvc")
        .sudoAll("gw", "vlock")
        .sudoAll("gw", "vlater")
        .sudoAll("gw", "ops")
        .accounts("""
            gw,vendor02,,,,N
            gw,vlater,,,,,,,,2026-11-21
            ad,ext_admin,V002,,,Y,,,,,Domain Admins   # FAIL: Domain Admins
            ad,Administrator,E001,,,Y                  # pass: employee
            """);
  }

  @Test
  void failsPrivilegedAccountsHeldByVendors() {
    Evaluation e = pack().people(PEOPLE).run(new VendorsHoldNoSuperuserRights());

    assertThat(failing(e))
        .containsExactlyInAnyOrder(
            account("gw", "vendor01"), account("gw", "vkey"), account("gw", "vsvc"), account("gw", "vlater"),
            account("ad", "ext_admin"));
    assertThat(e.passed()).isEqualTo(4);
    assertThat(e.skipped()).isEqualTo(Map.of("disabled", 1, "cannot_log_in", 1, "holder_unknown", 1));
    assertThat(e.observed()).containsEntry("privileged_accounts", 9);
  }

  @Test
  void namesThePrivilegeAndTheVendorWithTheLinesBehindThem() {
    Evaluation.Failure f = failureOf(pack().people(PEOPLE).run(new VendorsHoldNoSuperuserRights()), account("gw", "vendor01"));

    assertThat(f.message().zh()).isEqualTo("gw 上的帳號 vendor01 具最高權限（經群組 %wheel 取得 sudo ALL），其使用人 V001（某系統商） 為廠商或委外人員。");
    assertThat(f.message().en())
        .isEqualTo("Account vendor01 on gw has full administrative rights (sudo ALL through group %wheel) and is held by vendor or outsourced staff V001 (某系統商).");
    assertThat(f.evidence())
        .containsExactly(Provenance.line("gw/passwd", 2), Provenance.line("gw/shadow", 2), Provenance.line("gw/sudoers", 1), Provenance.line("people.csv", 2));
  }

  @Test
  void skipsAnAccountDisabledExactlyOnTheAsOfDateButChecksOneDisabledTheDayAfter() {
    Evaluation e =
        pack().accounts("gw,vendor01,,,,,,,,2026-11-20").people(PEOPLE).run(new VendorsHoldNoSuperuserRights());

    assertThat(failing(e)).doesNotContain(account("gw", "vendor01")).contains(account("gw", "vlater"));
    assertThat(e.skipped()).containsEntry("disabled", 2);
  }

  @Test
  void passesNoPrivilegedAccountWithoutThePeopleRegister() {
    Evaluation e = pack().run(new VendorsHoldNoSuperuserRights());

    assertThat(e.failures()).isEmpty();
    assertThat(e.skipped()).containsEntry("holder_unknown", 9);
    assertThat(e.passed()).as("only the unprivileged vendor03").isEqualTo(1);
  }
}
