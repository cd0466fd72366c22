package tw.coloaudit.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.WriterOutput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tw.coloaudit.model.AuditResult;
import tw.coloaudit.model.RunDiff;
import tw.coloaudit.report.html.HtmlPages;
import tw.coloaudit.report.html.ReportCharts;
import tw.coloaudit.report.html.ReportPage;

/**
 * Writes {@code report.html}: one self-contained page (styles, script and the chart library inlined,
 * nothing fetched when it is opened), Traditional Chinese first with an English switch. Evidence
 * text is escaped by the compiled template; the chart data is JSON with {@code <}, {@code >} and
 * {@code &} escaped so it cannot close its script element.
 */
public final class HtmlReportWriter {

  public static final String FILE_NAME = "report.html";

  static final String ECHARTS = "META-INF/resources/webjars/echarts/5.5.0/echarts.common.min.js";

  private static final TemplateEngine ENGINE =
      TemplateEngine.createPrecompiled(null, ContentType.Html, null, "tw.coloaudit.report.html.templates");

  private final boolean masked;

  /** {@code masked} says whether customer data in the result was masked, so the page can say so. */
  public HtmlReportWriter(boolean masked) {
    this.masked = masked;
  }

  public HtmlReportWriter() {
    this(false);
  }

  private RunDiff diff;

  /** Adds a section comparing this run with a previous one. */
  public HtmlReportWriter withDiff(RunDiff diff) {
    this.diff = diff;
    return this;
  }

  public Path write(AuditResult result, Path outDir) throws IOException {
    Files.createDirectories(outDir);
    Path file = outDir.resolve(FILE_NAME);
    try (Writer w = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
      write(result, w);
    }
    return file;
  }

  public void write(AuditResult result, Writer out) throws IOException {
    List<ReportCharts.Chart> charts = ReportCharts.build(result);
    Map<String, Object> options = new LinkedHashMap<>();
    for (ReportCharts.Chart c : charts) options.put(c.id(), c.option());
    String json = scriptSafe(new ObjectMapper().writeValueAsString(options));
    ReportPage page = HtmlPages.page(result, masked, charts, json, charts.isEmpty() ? "" : chartLibrary());
    page.diff(diff);
    ENGINE.render("report.jte", Map.of("page", page, "css", resource("report.css"), "js", resource("report.js")),
        new WriterOutput(out));
    out.flush();
  }

  /** JSON that cannot end the script element it sits in, nor start a comment or CDATA there. */
  static String scriptSafe(String json) {
    StringBuilder b = new StringBuilder(json.length() + 16);
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      switch (c) {
        case '<' -> b.append("\\u003c");
        case '>' -> b.append("\\u003e");
        case '&' -> b.append("\\u0026");
        case '\u2028' -> b.append("\\u2028");
        case '\u2029' -> b.append("\\u2029");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  private static String chartLibrary() {
    try (InputStream in = HtmlReportWriter.class.getClassLoader().getResourceAsStream(ECHARTS)) {
      if (in == null) throw new IllegalStateException("chart library missing from the class path: " + ECHARTS);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String resource(String name) {
    try (InputStream in = HtmlReportWriter.class.getResourceAsStream("html/" + name)) {
      if (in == null) throw new IllegalStateException("missing resource " + name);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

}
