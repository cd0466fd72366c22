package tw.coloaudit.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tw.coloaudit.model.AuditResult;

class OcsfReportWriterTest {

  static JsonNode events(AuditResult r) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new OcsfReportWriter().write(r, out);
    return new ObjectMapper().readTree(out.toByteArray());
  }

  private static JsonNode byUid(JsonNode events, String uid) {
    for (JsonNode e : events) if (e.path("finding_info").path("uid").asText().equals(uid)) return e;
    throw new AssertionError("no event " + uid);
  }

  @Test
  void writesOneComplianceFindingPerFindingAndOnePerControlWithoutFindings() throws IOException {
    AuditResult r = ReportFixtures.rich();
    JsonNode events = events(r);

    int expected = r.controls().stream().mapToInt(c -> Math.max(1, c.findings().size())).sum();
    assertThat(events.isArray()).isTrue();
    assertThat(events).hasSize(expected);
    for (JsonNode e : events) {
      assertThat(e.path("class_uid").asInt()).isEqualTo(2003);
      assertThat(e.path("category_uid").asInt()).isEqualTo(2);
      assertThat(e.path("type_uid").asInt()).isEqualTo(200301);
      assertThat(e.path("metadata").path("version").asText()).startsWith("1.");
      assertThat(e.path("metadata").path("product").path("name").asText()).isEqualTo("coloaudit");
      assertThat(e.path("time").asLong()).isPositive();
      assertThat(e.path("compliance").path("control").asText()).isNotEmpty();
      assertThat(e.path("compliance").path("standards")).isNotEmpty();
      assertThat(e.has("severity_id")).isTrue();
    }
  }

  @Test
  void mapsStatusesSeverityAndWaivers() throws IOException {
    JsonNode events = events(ReportFixtures.rich());

    JsonNode open = byUid(events, ReportFixtures.sha(4));
    assertThat(open.path("compliance").path("status").asText()).isEqualTo("Fail");
    assertThat(open.path("compliance").path("requirements").get(0).asText()).isEqualTo("CC-18000");
    assertThat(open.path("severity_id").asInt()).isEqualTo(4);
    assertThat(open.path("status").asText()).isEqualTo("New");
    assertThat(open.path("resources").get(0).path("uid").asText()).isEqualTo("system=colo-gw-1, account=vendor01");
    assertThat(open.path("unmapped").path("evidence").get(0).asText()).isEqualTo("accounts/colo-gw-1/shadow:12");

    JsonNode waived = byUid(events, ReportFixtures.sha(5));
    assertThat(waived.path("status").asText()).isEqualTo("Suppressed");
    assertThat(waived.path("compliance").path("status").asText()).isEqualTo("Warning");

    List<String> passing = new ArrayList<>();
    for (JsonNode e : events) {
      if (e.path("compliance").path("status").asText().equals("Pass")) passing.add(e.path("compliance").path("control").asText());
    }
    assertThat(passing).containsExactlyInAnyOrder("COLO-FIFO", "PWD-POLICY");
  }

  @Test
  void carriesMaskedCustomerDataWhenGivenAMaskedResult() throws IOException {
    String json = events(CustomerMasking.mask(ReportFixtures.rich())).toString();

    assertThat(json).doesNotContain(ReportFixtures.CUSTOMER_ACCOUNT).doesNotContain(ReportFixtures.CUSTOMER_NAME).contains("9*****4");
  }
}
