package tw.coloaudit.report.html;

import java.util.List;
import tw.coloaudit.model.AuditResult;

/** Builds the page model; the constructor stays package-private so only the writer makes pages. */
public final class HtmlPages {

  private HtmlPages() {}

  public static ReportPage page(AuditResult r, boolean masked, List<ReportCharts.Chart> charts, String chartJson,
      String chartLibrary) {
    return new ReportPage(r, masked, charts, chartJson, chartLibrary);
  }
}
