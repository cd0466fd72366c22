package tw.coloaudit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * Opens the generated report in Debian's headless Chromium: it renders without console errors,
 * the language switch, the status and text filters and sorting work, the charts draw, and
 * screenshots are saved under {@code target/report-screenshots/}.
 */
class ReportInBrowserTest {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  static final Path SHOTS = Path.of("target", "report-screenshots");

  /** Selenium warns that it has no CDP bindings for this Chromium version; the test uses none. Held so it is not collected. */
  static final java.util.logging.Logger SELENIUM_LOG = java.util.logging.Logger.getLogger("org.openqa.selenium");

  @TempDir static Path tmp;
  static ChromeDriver driver;
  static Path report;

  @BeforeAll
  static void openTheReport() throws IOException {
    Assumptions.assumeTrue(Files.isExecutable(CHROMIUM),
        "/usr/bin/chromium is absent: install Debian's chromium and chromium-driver to run the browser test");
    Assumptions.assumeTrue(Files.isExecutable(DRIVER),
        "/usr/bin/chromedriver is absent: install Debian's chromium-driver to run the browser test");
    SELENIUM_LOG.setLevel(Level.SEVERE);
    report = new HtmlReportWriter(true).write(CustomerMasking.mask(ReportFixtures.rich()), tmp.resolve("out"));
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + Files.createDirectories(tmp.resolve("profile")), "--window-size=1400,1000",
        "--lang=zh-TW");
    options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
    driver = new ChromeDriver(service, options);
    driver.get(report.toUri().toString());
  }

  @BeforeEach
  void freshPage() {
    driver.get(report.toUri().toString());
  }

  @AfterAll
  static void close() {
    if (driver != null) driver.quit();
  }

  private static Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  private static long visibleRows(String tableId) {
    return driver.findElements(By.cssSelector("#" + tableId + " tbody tr")).stream().filter(WebElement::isDisplayed).count();
  }

  private static void type(WebElement input, String text) {
    input.clear();
    input.sendKeys(text);
  }

  private static void clear(WebElement input) {
    js("arguments[0].value=''; arguments[0].dispatchEvent(new Event('input'));", input);
  }

  private static void screenshot(String name) throws IOException {
    Files.createDirectories(SHOTS);
    long height = (Long) js("return document.documentElement.scrollHeight;");
    driver.manage().window().setSize(new Dimension(1400, (int) Math.min(height + 140, 9000)));
    File shot = driver.getScreenshotAs(OutputType.FILE);
    Files.copy(shot.toPath(), SHOTS.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    driver.manage().window().setSize(new Dimension(1400, 1000));
  }

  @Test
  void rendersWithoutConsoleErrorsAndDrawsEveryChart() throws IOException {
    List<WebElement> charts = driver.findElements(By.cssSelector(".chart[data-chart]"));
    assertThat(charts).hasSize(4);
    for (WebElement c : charts) {
      assertThat(c.findElements(By.tagName("svg"))).as("chart %s drawn", c.getAttribute("id")).isNotEmpty();
    }
    screenshot("report-zh.png");
    List<LogEntry> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
    assertThat(errors).as("console errors").isEmpty();
  }

  @Test
  void switchesBetweenChineseAndEnglish() throws IOException {
    WebElement title = driver.findElement(By.id("title"));
    assertThat(title.getText()).isEqualTo("主機共置服務查核報告");

    driver.findElement(By.id("lang-toggle")).click();
    assertThat(title.getText()).isEqualTo("Co-location service audit report");
    assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
    screenshot("report-en.png");

    driver.findElement(By.id("lang-toggle")).click();
    assertThat(title.getText()).isEqualTo("主機共置服務查核報告");
  }

  @Test
  void filtersFindingsByTextInOneTableAndAcrossAllTables() {
    WebElement own = driver.findElement(By.cssSelector("input.table-filter[data-table='tbl-PWD-AGE']"));
    assertThat(visibleRows("tbl-PWD-AGE")).isEqualTo(2);
    type(own, "vendor01");
    assertThat(visibleRows("tbl-PWD-AGE")).isEqualTo(1);
    clear(own);
    assertThat(visibleRows("tbl-PWD-AGE")).isEqualTo(2);

    WebElement search = driver.findElement(By.id("search"));
    type(search, "colo-db-1");
    assertThat(visibleRows("tbl-PWD-AGE")).isEqualTo(1);
    assertThat(visibleRows("tbl-VULN-CADENCE")).isEqualTo(1);
    assertThat(visibleRows("tbl-NET-FW-LOG-RETENTION")).isZero();
    clear(search);
    assertThat(visibleRows("tbl-NET-FW-LOG-RETENTION")).isEqualTo(1);
  }

  @Test
  void filtersControlsByStatus() {
    WebElement passCard = driver.findElement(By.cssSelector(".card[data-status='pass']"));
    passCard.click();
    List<String> shown = driver.findElements(By.cssSelector("details.control")).stream()
        .filter(WebElement::isDisplayed).map(e -> e.getAttribute("data-control")).toList();
    assertThat(shown).containsExactlyInAnyOrder("COLO-FIFO", "PWD-POLICY");

    js("window.scrollTo(0, 0);");
    passCard.click();
    long all = driver.findElements(By.cssSelector("details.control")).stream().filter(WebElement::isDisplayed).count();
    assertThat(all).isEqualTo(ReportFixtures.rich().controls().size());
  }

  @Test
  void sortsFindingsWhenAHeaderIsClicked() {
    WebElement number = driver.findElement(By.cssSelector("#tbl-PWD-AGE th[data-sort='num']"));
    js("arguments[0].scrollIntoView({block:'center'});", number);
    number.click();
    number.click();
    assertThat(driver.findElement(By.cssSelector("#tbl-PWD-AGE tbody tr td")).getText()).isEqualTo("2");
    number.click();
    assertThat(driver.findElement(By.cssSelector("#tbl-PWD-AGE tbody tr td")).getText()).isEqualTo("1");
  }
}
