package tw.coloaudit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tw.coloaudit.model.AuditResult;
import tw.coloaudit.model.ControlResult;
import tw.coloaudit.model.Finding;

class CustomerMaskingTest {

  private static ControlResult control(AuditResult r, String id) {
    return r.controls().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void keepsTheFirstAndLastCharacter() {
    assertThat(CustomerMasking.maskValue("9801234")).isEqualTo("9*****4");
    assertThat(CustomerMasking.maskValue("王小明")).isEqualTo("王*明");
    assertThat(CustomerMasking.maskValue("陳明")).isEqualTo("陳*");
    assertThat(CustomerMasking.maskValue("A")).isEqualTo("*");
  }

  @Test
  void masksCustomerAccountsAndNamesInSubjectsMessagesAndObservedValues() {
    AuditResult masked = CustomerMasking.mask(ReportFixtures.rich());
    Finding f = control(masked, "COLO-ELIGIBILITY").findings().get(0);

    assertThat(f.subject().get("account")).isEqualTo("9*****4");
    assertThat(f.message().zh()).isEqualTo("帳號 9*****4（王*明）於 2026-10-05 以主機共置下單但不在合格名單。");
    assertThat(f.message().en()).contains("Account 9*****4 (王*明)");
    assertThat(f.observed()).containsEntry("name", "王*明").containsEntry("first_order", "2026-10-05");
    assertThat(f.fingerprint()).isEqualTo(ReportFixtures.sha(1));
    assertThat(masked.inputs().get(2).warningMessages())
        .containsExactly(tw.coloaudit.model.Localized.of("帳號 9*****4 的委託缺少閘道", "orders of account 9*****4 name no gateway"));
  }

  @Test
  void leavesStaffAndVendorAccountsOnSystemsAsTheyAre() {
    AuditResult masked = CustomerMasking.mask(ReportFixtures.rich());

    assertThat(control(masked, "PWD-AGE").findings().get(0).subject().get("account")).isEqualTo("vendor01");
    assertThat(control(masked, "COLO-PRIORITY").findings().get(0).subject().get("gateway")).isEqualTo("GW01");
  }

  @Test
  void masksAsciiValuesOnlyAsWholeWords() {
    // 98012345 is another number that merely contains the customer's account.
    assertThat(CustomerMasking.forResult(ReportFixtures.rich()).replace("單號 98012345 與帳號 9801234")).isEqualTo("單號 98012345 與帳號 9*****4");
  }

  @Test
  void neverMasksFindingsJson() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new FindingsJsonReportWriter().write(ReportFixtures.rich(), out);

    assertThat(out.toString(StandardCharsets.UTF_8)).contains(ReportFixtures.CUSTOMER_ACCOUNT).contains(ReportFixtures.CUSTOMER_NAME);
  }

  @Test
  void returnsTheResultUnchangedWhenThereIsNoCustomerData() {
    AuditResult plain = ReportFixtures.plain();
    assertThat(CustomerMasking.mask(plain)).isSameAs(plain);
  }
}
