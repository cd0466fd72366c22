package tw.coloaudit.report;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import tw.coloaudit.model.AuditResult;
import tw.coloaudit.model.ControlResult;
import tw.coloaudit.model.Finding;
import tw.coloaudit.model.Outcome;
import tw.coloaudit.model.Provenance;

/**
 * Writes {@code junit.xml} so a CI pipeline can gate on an audit: one test suite per control, one
 * test case per control and failing subject (a control with no finding is one test case). Open
 * findings are failures, waived ones skipped, a control in error an error, a control not
 * applicable skipped.
 */
public final class JunitXmlReportWriter {

  public static final String FILE_NAME = "junit.xml";

  public Path write(AuditResult result, Path outDir) throws IOException {
    Files.createDirectories(outDir);
    Path file = outDir.resolve(FILE_NAME);
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      write(result, out);
    }
    return file;
  }

  private record Counts(int tests, int failures, int errors, int skipped) {}

  public void write(AuditResult r, OutputStream out) throws IOException {
    try {
      XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
      x.writeStartDocument("UTF-8", "1.0");
      x.writeCharacters("\n");
      int tests = 0;
      int failures = 0;
      int errors = 0;
      int skipped = 0;
      for (ControlResult c : r.controls()) {
        Counts k = counts(c);
        tests += k.tests;
        failures += k.failures;
        errors += k.errors;
        skipped += k.skipped;
      }
      x.writeStartElement("testsuites");
      x.writeAttribute("name", "coloaudit " + r.run().id());
      x.writeAttribute("tests", String.valueOf(tests));
      x.writeAttribute("failures", String.valueOf(failures));
      x.writeAttribute("errors", String.valueOf(errors));
      x.writeAttribute("skipped", String.valueOf(skipped));
      for (ControlResult c : r.controls()) suite(x, c);
      x.writeCharacters("\n");
      x.writeEndElement();
      x.writeEndDocument();
      x.flush();
      x.close();
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  private static Counts counts(ControlResult c) {
    if (c.findings().isEmpty()) {
      return new Counts(1,
          c.status() == Outcome.FAIL || c.status() == Outcome.INSUFFICIENT_EVIDENCE ? 1 : 0,
          c.status() == Outcome.ERROR ? 1 : 0,
          c.status() == Outcome.NOT_APPLICABLE || c.status() == Outcome.WAIVED ? 1 : 0);
    }
    int waived = (int) c.findings().stream().filter(Finding::waived).count();
    return new Counts(c.findings().size(), c.findings().size() - waived, 0, waived);
  }

  private static void suite(XMLStreamWriter x, ControlResult c) throws XMLStreamException {
    Counts k = counts(c);
    String classname = "coloaudit." + ReportLabels.familyOf(c) + "." + c.id();
    x.writeCharacters("\n  ");
    x.writeStartElement("testsuite");
    x.writeAttribute("name", clean(c.id() + " " + c.title().zh() + " / " + c.title().en()));
    x.writeAttribute("tests", String.valueOf(k.tests));
    x.writeAttribute("failures", String.valueOf(k.failures));
    x.writeAttribute("errors", String.valueOf(k.errors));
    x.writeAttribute("skipped", String.valueOf(k.skipped));
    x.writeCharacters("\n    ");
    x.writeStartElement("properties");
    property(x, "status", c.status().json());
    property(x, "severity", c.severity().json());
    property(x, "refs", String.join("; ", c.refs()));
    property(x, "policy", WorkpaperXlsxReportWriter.policy(c.policy()));
    x.writeEndElement();
    if (c.findings().isEmpty()) {
      x.writeCharacters("\n    ");
      x.writeStartElement("testcase");
      x.writeAttribute("classname", classname);
      x.writeAttribute("name", c.id());
      switch (c.status()) {
        case FAIL, INSUFFICIENT_EVIDENCE -> outcome(x, "failure", c.status().json(), c.status().json(), "");
        case ERROR -> outcome(x, "error", String.valueOf(c.observed().get("error")), "error", "");
        case NOT_APPLICABLE, WAIVED -> outcome(x, "skipped", c.status().json(), null, null);
        case PASS -> { }
      }
      x.writeEndElement();
    }
    for (Finding f : c.findings()) {
      x.writeCharacters("\n    ");
      x.writeStartElement("testcase");
      x.writeAttribute("classname", classname);
      x.writeAttribute("name", clean(ReportText.subject(f.subject())));
      String detail = f.message().zh() + "\n" + f.message().en() + "\n"
          + (f.observed().isEmpty() ? "" : "observed: " + ReportText.json(f.observed()) + "\n")
          + "evidence: " + String.join(", ", f.evidence().stream().map(Provenance::toString).toList()) + "\n"
          + "fingerprint: " + f.fingerprint()
          + (f.waiver() == null ? "" : "\nwaiver: " + ReportText.waiver(f, false));
      if (f.waived()) {
        outcome(x, "skipped", ReportText.waiver(f, false), null, null);
      } else {
        outcome(x, "failure", f.message().en(), c.status().json(), detail);
      }
      x.writeEndElement();
    }
    x.writeCharacters("\n  ");
    x.writeEndElement();
  }

  private static void outcome(XMLStreamWriter x, String element, String message, String type, String body)
      throws XMLStreamException {
    x.writeStartElement(element);
    x.writeAttribute("message", clean(message));
    if (type != null) x.writeAttribute("type", type);
    if (body != null && !body.isEmpty()) x.writeCharacters(clean(body));
    x.writeEndElement();
  }

  private static void property(XMLStreamWriter x, String name, String value) throws XMLStreamException {
    x.writeEmptyElement("property");
    x.writeAttribute("name", name);
    x.writeAttribute("value", clean(value));
  }

  /** Drops characters XML 1.0 cannot carry (the writer escapes the rest). */
  static String clean(String s) {
    if (s == null) return "";
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x20 ? c != 0xFFFE && c != 0xFFFF : c == '\t' || c == '\n' || c == '\r') b.append(c);
    }
    return b.toString();
  }

}
