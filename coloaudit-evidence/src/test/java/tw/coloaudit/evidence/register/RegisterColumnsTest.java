package tw.coloaudit.evidence.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tw.coloaudit.evidence.pack.EvidenceKinds;

class RegisterColumnsTest {

  @Test
  void describesEveryRegisterKindOfTheContract() {
    assertThat(RegisterColumns.kinds()).hasSize(27).containsAll(EvidenceKinds.REGISTERS).contains("exchange-orders");
    for (String kind : RegisterColumns.kinds()) {
      List<RegisterColumns.Column> cols = RegisterColumns.of(kind);
      assertThat(cols).as(kind).isNotEmpty().anyMatch(RegisterColumns.Column::required);
      Map<String, String> folded = new HashMap<>();
      for (RegisterColumns.Column c : cols) {
        assertThat(c.chinese()).as(kind + "." + c.name()).isNotBlank();
        for (String n : List.of(c.name(), c.chinese())) {
          String before = folded.putIfAbsent(RegisterColumns.normalize(n), c.name());
          assertThat(before).as(kind + ": '" + n + "' names one column only").isIn(null, c.name());
          assertThat(RegisterColumns.match(kind, n)).get().isEqualTo(c);
        }
      }
    }
  }

  @Test
  void marksTheRequiredColumnsAsTheContractDoes() {
    assertThat(RegisterColumns.of("accounts")).filteredOn(RegisterColumns.Column::required)
        .extracting(RegisterColumns.Column::name).containsExactly("system", "account");
    assertThat(RegisterColumns.of("rack-inventory")).filteredOn(RegisterColumns.Column::required)
        .extracting(RegisterColumns.Column::name).containsExactly("rack", "device", "serial", "owner");
    assertThat(RegisterColumns.of("client-orders")).filteredOn(RegisterColumns.Column::required)
        .extracting(RegisterColumns.Column::name).containsExactly("client_order_id", "account", "received_at");
    assertThat(RegisterColumns.of("privileged-approvals")).filteredOn(RegisterColumns.Column::required)
        .extracting(RegisterColumns.Column::name).containsExactly("system", "account", "start", "end");
  }

  @ParameterizedTest(name = "{0}: \"{1}\" is {2}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          accounts            | password_changed_on       | password_changed_on
          accounts            | Password Changed On       | password_changed_on
          accounts            | PASSWORD-CHANGED-ON       | password_changed_on
          accounts            | 密碼變更日期                | password_changed_on
          accounts            | '　密碼變更日期　'            | password_changed_on
          accounts            | 密碼變更日期(yyyy/mm/dd)    | password_changed_on
          accounts            | 密碼變更日期（民國）           | password_changed_on
          accounts            | 帳號＊                     | account
          accounts            | 使用人（holder）             | holder
          accounts            | ＳＹＳＴＥＭ                 | system
          client-orders       | 來源IP                     | source_ip
          client-orders       | source ip                 | source_ip
          people              | 帳號                       | accounts
          firewall-rules      | 防火牆                     | device
          rack-inventory      | IP                        | ip
          """)
  void matchesHeadersLoosely(String kind, String header, String column) {
    assertThat(RegisterColumns.match(kind, header)).get().extracting(RegisterColumns.Column::name).isEqualTo(column);
  }

  @Test
  void matchesNothingForUnknownHeadersOrKinds() {
    assertThat(RegisterColumns.match("accounts", "備註")).isEmpty();
    assertThat(RegisterColumns.match("login-log", "system")).isEmpty();
  }
}
