package tw.coloaudit.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tw.coloaudit.model.AuditResult;
import tw.coloaudit.model.Broker;
import tw.coloaudit.model.ControlResult;
import tw.coloaudit.model.Finding;
import tw.coloaudit.model.InputReport;
import tw.coloaudit.model.Localized;
import tw.coloaudit.model.Outcome;
import tw.coloaudit.model.Problem;
import tw.coloaudit.model.Provenance;
import tw.coloaudit.model.Reject;
import tw.coloaudit.model.RunInfo;
import tw.coloaudit.model.Severity;
import tw.coloaudit.model.Subject;
import tw.coloaudit.model.Summary;
import tw.coloaudit.model.Waiver;

class FindingsJsonReportWriterTest {

  private static final String SHA = "a".repeat(64);

  static AuditResult sample() {
    Map<String, Object> observed = new LinkedHashMap<>();
    observed.put("checked", 42);
    observed.put("passed", 40);
    observed.put("failed", 2);
    observed.put("skipped", Map.of("cannot_log_in", 20, "customer", 3));
    observed.put("truncated", false);
    Waiver waiver = new Waiver("PWD-AGE", Subject.of("system", "colo-gw-1", "account", "svc_fix"), "金鑰登入",
        "資訊主管 王大明", LocalDate.of(2026, 10, 1), LocalDate.of(2027, 3, 31));
    Finding open = new Finding(SHA, Subject.of("system", "colo-gw-1", "account", "vendor01"),
        Localized.of("帳號 vendor01 的密碼已 184 天未變更（上限 90 天）。", "Account vendor01 last changed its password 184 days ago (limit 90)."),
        Map.of("password_age_days", 184), List.of(Provenance.line("accounts/colo-gw-1/shadow", 12)), null, false);
    Finding waived = new Finding("b".repeat(64), Subject.of("system", "colo-gw-1", "account", "svc_fix"),
        Localized.of("帳號 svc_fix …", "Account svc_fix …"), Map.of(),
        List.of(Provenance.cell("registers/accounts.xlsx", "帳號", 7)), waiver, true);
    ControlResult c = new ControlResult("PWD-AGE", Outcome.FAIL, Severity.HIGH, Localized.of("密碼定期變更", "Passwords changed in time"),
        List.of("CC-18000"), Map.of("password_max_age_days", 90), observed, List.of(open, waived), List.of());
    InputReport in = new InputReport("accounts/colo-gw-1/shadow", "accounts", "shadow", "UTF-8", SHA, 31, 0, 1,
        List.of(new Reject(7, Localized.of("shadow 行有 3 個欄位，應為 9 個", "shadow line has 3 fields, expected 9"))), 0, List.of());
    return new AuditResult("coloaudit", "0.1.0", new RunInfo("run-1", LocalDate.of(2026, 11, 20), new Broker("9A00", "範例證券"),
        OffsetDateTime.of(2026, 11, 20, 9, 0, 0, 0, ZoneOffset.ofHours(8)), OffsetDateTime.of(2026, 11, 20, 9, 0, 1, 0, ZoneOffset.ofHours(8)), SHA),
        new Summary(0, 1, 0, 0, 0, 0, 2), List.of(c), List.of(in),
        List.of(new Problem("unused", "notes.txt", Localized.of("未使用", "not used"))));
  }

  static Set<ValidationMessage> validate(byte[] json) throws IOException {
    JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
        .getSchema(FindingsJsonReportWriter.class.getResourceAsStream("findings.schema.json"));
    return schema.validate(new ObjectMapper().readTree(json));
  }

  @Test
  void writesTheContractShapeAndValidatesAgainstTheSchema() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new FindingsJsonReportWriter().write(sample(), out);
    JsonNode root = new ObjectMapper().readTree(out.toByteArray());

    assertThat(validate(out.toByteArray())).isEmpty();
    assertThat(root.path("schema").asText()).isEqualTo("coloaudit.findings/1");
    JsonNode control = root.path("controls").get(0);
    assertThat(control.path("status").asText()).isEqualTo("fail");
    assertThat(control.path("title").path("zh-TW").asText()).isEqualTo("密碼定期變更");
    JsonNode finding = control.path("findings").get(0);
    assertThat(finding.path("subject").path("account").asText()).isEqualTo("vendor01");
    assertThat(finding.path("evidence").get(0).path("line").asInt()).isEqualTo(12);
    assertThat(finding.path("waiver").isNull()).isTrue();
    JsonNode xlsx = control.path("findings").get(1).path("evidence").get(0);
    assertThat(xlsx.path("sheet").asText()).isEqualTo("帳號");
    assertThat(xlsx.path("row").asInt()).isEqualTo(7);
    assertThat(xlsx.has("line")).isFalse();
    assertThat(control.path("findings").get(1).path("waiver").path("expires_on").asText()).isEqualTo("2027-03-31");
    assertThat(root.path("inputs").get(0).path("rejects").get(0).path("reason").asText())
        .isEqualTo("shadow 行有 3 個欄位，應為 9 個 / shadow line has 3 fields, expected 9");
    assertThat(root.path("run").path("started_at").asText()).isEqualTo("2026-11-20T09:00:00+08:00");
  }

  @Test
  void theSchemaRejectsAFindingWithANonStringSubjectValue() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new FindingsJsonReportWriter().write(sample(), out);
    String broken = out.toString(java.nio.charset.StandardCharsets.UTF_8).replace("\"account\" : \"vendor01\"", "\"account\" : 7");
    assertThat(broken).isNotEqualTo(out.toString(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(validate(broken.getBytes(java.nio.charset.StandardCharsets.UTF_8))).isNotEmpty();
  }
}
