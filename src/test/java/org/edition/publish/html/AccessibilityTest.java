package org.edition.publish.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.edition.BuiltSite;
import org.edition.Chromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * axe-core (Deque's, in Chromium) finds no violation on any page type of the flagship's site,
 * in light and in dark mode: the home page, a text with a note open, the forum thread, every
 * register, the about page, and the search results; and the pages of a long text in parts (the
 * first, with the contents of every part, and later ones, with the way between pages and a book's
 * heading carried over).
 */
class AccessibilityTest {
  private static ChromeDriver driver;
  private static Path site;

  @BeforeAll
  static void startBrowser() throws Exception {
    site = BuiltSite.html();
    driver = Chromium.start();
  }

  @AfterAll
  static void stopBrowser() {
    if (driver != null) {
      driver.quit();
    }
  }

  private static void colourScheme(String scheme) {
    driver.executeCdpCommand("Emulation.setEmulatedMedia",
        Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
  }

  private static void open(String page) {
    driver.get(site.resolve(page).toUri().toString());
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(ExpectedConditions.elementToBeClickable(By.id("search-input")));
  }

  /** Each violation as one line: its rule, its impact, and the first places it is found. */
  private static List<String> violations(String where) {
    return violations(driver, where);
  }

  /** The same, in another test's browser. */
  static List<String> violations(org.openqa.selenium.WebDriver browser, String where) {
    Results results = new AxeBuilder().analyze(browser);
    List<String> found = new ArrayList<>();
    for (Rule rule : results.getViolations()) {
      found.add(where + ": " + rule.getId() + " (" + rule.getImpact() + ") " + rule.getNodes().stream().limit(3)
          .map(n -> n.getTarget() + " " + n.getFailureSummary().replace('\n', ' ')).toList());
    }
    return found;
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"light", "dark"})
  void noPageTypeHasAViolation(String scheme) {
    colourScheme(scheme);
    List<String> found = new ArrayList<>();
    for (String page : List.of("index.html", "forum-fil.html", "persons.html", "organisations.html", "places.html",
        "works.html", "about.html", "dates.html", "dates-1990.html")) {
      open(page);
      found.addAll(violations(page));
    }
    open("leylavergne-travail.html");
    found.addAll(violations("leylavergne-travail.html"));
    driver.findElement(By.cssSelector("a.noteref[href='#note-1']")).click();
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("note-popover")));
    found.addAll(violations("leylavergne-travail.html, note 1 open"));
    open("index.html");
    driver.findElement(By.id("search-input")).sendKeys("Castoriadis");
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("search-results")));
    found.addAll(violations("search results"));
    driver.get(site.resolve("search.html").toUri() + "?q=travail");
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#search-facets fieldset")));
    found.addAll(violations("the search page, results and facets"));
    colourScheme("light");
    assertEquals(List.of(), found, scheme + " mode");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"light", "dark"})
  void theLongTextsPagesHaveNoViolation(String scheme) throws Exception {
    colourScheme(scheme);
    List<String> found = new ArrayList<>();
    Path cases = BuiltSite.readerCases().resolve("html");
    Path corpus = BuiltSite.corpus().resolve("html");
    for (Path page : List.of(cases.resolve("long-text-in-chapters.html"), cases.resolve("long-text-in-chapters-p7.html"),
        corpus.resolve("FRA01302.html"), corpus.resolve("FRA01302-p17.html"))) {
      driver.get(page.toUri().toString());
      new WebDriverWait(driver, Duration.ofSeconds(10))
          .until(ExpectedConditions.elementToBeClickable(By.id("search-input")));
      found.addAll(violations(page.getFileName().toString()));
    }
    colourScheme("light");
    assertEquals(List.of(), found, scheme + " mode");
  }
}
