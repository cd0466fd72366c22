package tw.coloaudit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tw.coloaudit.model.AuditResult;

class JunitXmlReportWriterTest {

  static byte[] xml(AuditResult r) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new JunitXmlReportWriter().write(r, out);
    return out.toByteArray();
  }

  static Document parse(byte[] xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
  }

  private static Element testcase(Document d, String classnameEnd, String name) {
    NodeList cases = d.getElementsByTagName("testcase");
    for (int i = 0; i < cases.getLength(); i++) {
      Element e = (Element) cases.item(i);
      if (e.getAttribute("classname").endsWith(classnameEnd) && e.getAttribute("name").equals(name)) return e;
    }
    throw new AssertionError("no test case " + classnameEnd + " " + name);
  }

  @Test
  void writesOneTestCasePerControlAndSubject() throws Exception {
    Document d = parse(xml(ReportFixtures.rich()));
    Element root = d.getDocumentElement();

    assertThat(root.getTagName()).isEqualTo("testsuites");
    assertThat(d.getElementsByTagName("testsuite").getLength()).isEqualTo(ReportFixtures.rich().controls().size());
    // 7 findings + 3 controls without findings.
    assertThat(root.getAttribute("tests")).isEqualTo("10");
    // 6 open findings and CHG-APPROVAL's insufficient evidence fail; the waived one is skipped.
    assertThat(root.getAttribute("failures")).isEqualTo("7");
    assertThat(root.getAttribute("skipped")).isEqualTo("1");
    assertThat(root.getAttribute("errors")).isEqualTo("0");
  }

  @Test
  void failsOpenFindingsWithTheMessageAndEvidenceAndSkipsWaivedOnes() throws Exception {
    Document d = parse(xml(ReportFixtures.rich()));

    Element open = testcase(d, ".PWD-AGE", "system=colo-gw-1, account=vendor01");
    Element failure = (Element) open.getElementsByTagName("failure").item(0);
    assertThat(failure.getAttribute("message")).contains("184 days ago");
    assertThat(failure.getTextContent()).contains("accounts/colo-gw-1/shadow:12").contains(ReportFixtures.sha(4));
    assertThat(testcase(d, ".PWD-AGE", "system=colo-db-1, account=dba").getElementsByTagName("skipped").getLength()).isEqualTo(1);
    assertThat(testcase(d, ".PWD-POLICY", "PWD-POLICY").getChildNodes().getLength()).isZero();
    assertThat(testcase(d, ".CHG-APPROVAL", "CHG-APPROVAL").getElementsByTagName("failure").getLength()).isEqualTo(1);
  }

  @Test
  void escapesHostileEvidenceTextAndStaysWellFormed() throws Exception {
    byte[] xml = xml(ReportFixtures.rich());
    String text = new String(xml, StandardCharsets.UTF_8);

    assertThat(text).doesNotContain("<script>");
    Document d = parse(xml);
    Element c = testcase(d, ".LOG-FIELDS", "system=colo-gw-1, field=source");
    assertThat(c.getElementsByTagName("failure").item(0).getTextContent()).contains(ReportFixtures.SCRIPT);
  }
}
