package tw.coloaudit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tw.coloaudit.model.AuditResult;

class HtmlReportWriterTest {

  static String html(AuditResult r) throws IOException {
    StringWriter w = new StringWriter();
    new HtmlReportWriter().write(r, w);
    return w.toString();
  }

  private static int count(String haystack, String needle) {
    Matcher m = Pattern.compile(Pattern.quote(needle)).matcher(haystack);
    int n = 0;
    while (m.find()) n++;
    return n;
  }

  @Test
  void escapesEvidenceTextThatCarriesAScriptElement() throws IOException {
    String page = html(ReportFixtures.rich());

    assertThat(page).doesNotContain(ReportFixtures.SCRIPT);
    assertThat(page).contains("&lt;script&gt;alert(");
    // The page's own three script elements (chart data, chart library, page script) and no other.
    assertThat(count(page, "<script")).isEqualTo(3);
    assertThat(count(page, "</script>")).isEqualTo(3);
  }

  @Test
  void chartDataCannotCloseItsScriptElement() {
    assertThat(HtmlReportWriter.scriptSafe("{\"a\":\"</script><b>&\"}"))
        .isEqualTo("{\"a\":\"\\u003c/script\\u003e\\u003cb\\u003e\\u0026\"}");
  }

  @Test
  void drawsEachChartOnlyWhenItsDataIsPresent() throws IOException {
    String rich = html(ReportFixtures.rich());
    assertThat(rich)
        .contains("id=\"chart-net-fw-log-retention\"")
        .contains("id=\"chart-latency-gw01\"")
        .contains("id=\"chart-pwd-age\"")
        .contains("id=\"chart-vuln-cadence\"")
        .contains("id=\"chart-data\"");
    assertThat(rich.length()).as("the chart library is inlined").isGreaterThan(600_000);

    String plain = html(ReportFixtures.plain());
    assertThat(plain).doesNotContain("id=\"chart-data\"").doesNotContain("class=\"chart\"");
    assertThat(plain.length()).as("no chart library without charts").isLessThan(100_000);
    assertThat(count(plain, "<script")).isEqualTo(1);
  }

  @Test
  void fetchesNothingWhenOpened() throws IOException {
    String page = html(ReportFixtures.rich());

    assertThat(page).doesNotContainPattern("(?i)<(script|link|img|iframe)[^>]+(src|href)\\s*=\\s*\"?(https?:)?//");
    assertThat(page).contains("default-src 'none'");
  }

  @Test
  void summarisesByTheEightSeedPatternsAndByFamily() throws IOException {
    String page = html(ReportFixtures.rich());

    for (int p = 1; p <= 8; p++) assertThat(page).contains(ReportLabels.pattern(p).zh()).contains(ReportLabels.pattern(p).en());
    assertThat(page).contains("其他查核項目").contains("id=\"by-family\"");
    for (String f : new String[] {"colo", "network", "accounts", "logs", "vuln", "change"}) {
      assertThat(page).contains("id=\"fam-" + f + "\"");
    }
  }

  @Test
  void showsEveryControlWithStatusRulesThresholdAndFindingsWithTheirEvidence() throws IOException {
    AuditResult r = ReportFixtures.rich();
    String page = html(r);

    r.controls().forEach(c -> assertThat(page).contains("id=\"ctl-" + c.id() + "\"").contains("data-status=\"" + c.status().json() + "\""));
    assertThat(page).contains("password_max_age_days = 90").contains("CC-18000");
    assertThat(page).contains("fw/colo-fw-1/fw.log:88231").contains("registers/accounts.xlsx!帳號:7");
    assertThat(page).contains("豁免有效").contains("waived (until 2027-03-31)");
  }

  @Test
  void listsTheInputsWithEncodingsCountsAndRejectsAndTheProblems() throws IOException {
    String page = html(ReportFixtures.rich());

    assertThat(page).contains("Big5").contains("52000").contains("shadow line has 3 fields").contains("shadow 行有 3 個欄位");
    assertThat(page).contains("fw/colo-fw-3/*.log.gz").contains("沒有符合的檔案");
  }

  @Test
  void putsTraditionalChineseFirstWithAnEnglishSwitch() throws IOException {
    String page = html(ReportFixtures.rich());

    assertThat(page).contains("<html lang=\"zh-Hant\" data-lang=\"zh\">").contains("id=\"lang-toggle\"");
    assertThat(page).contains("<span class=\"zh\">主機共置服務查核報告</span><span class=\"en\">Co-location service audit report</span>");
  }

  @Test
  void saysWhenCustomerDataIsMasked() throws IOException {
    StringWriter w = new StringWriter();
    new HtmlReportWriter(true).write(CustomerMasking.mask(ReportFixtures.rich()), w);

    assertThat(w.toString()).contains("--unmask").doesNotContain(ReportFixtures.CUSTOMER_ACCOUNT)
        .doesNotContain(ReportFixtures.CUSTOMER_NAME).contains("9*****4").contains("王*明");
  }
}
