package org.edition.publish.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipFile;
import org.edition.Cli;
import org.edition.engine.BuildOptions;
import org.edition.load.ProjectLayout;
import org.edition.serve.EditionPreview;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * MathML (and what hides inside it: XHTML scripts, frames, event handlers, javascript: links, SVG)
 * and a TEI file that is also JavaScript, published as an attacker would hope: no script of the
 * document runs in Chromium, from file:// or from `edition serve`, and the EPUB carries none.
 */
class ForeignMarkupTest {
  private static final Path FIXTURE = Path.of("src/test/resources/hostile-markup");
  private static WebDriver driver;
  private static Path out;

  @BeforeAll
  static void buildAndStartBrowser() throws Exception {
    out = Files.createTempDirectory("edition-foreign-");
    Cli.Run run = Cli.run("build", "--html", "--epub", "-o", out.toString(), FIXTURE.toString());
    assertTrue(Files.isRegularFile(out.resolve("html/mathml.html")), run.out() + run.err());
    driver = org.edition.Chromium.start();
  }

  @AfterAll
  static void stopBrowser() {
    if (driver != null) {
      driver.quit();
    }
  }

  private static Object js(String script) {
    return ((JavascriptExecutor) driver).executeScript(script);
  }

  /** Loads a page, pokes every element as a reader would, and says whether a payload ran. */
  private static void assertNothingRuns(String url) throws InterruptedException {
    driver.get(url);
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.elementToBeClickable(By.id("search-input")));
    for (var e : driver.findElements(By.cssSelector("article math *"))) {
      try {
        new Actions(driver).moveToElement(e).click().perform();
      } catch (RuntimeException notInteractable) {
        // hidden or zero-sized: events are sent below
      }
    }
    js("document.querySelectorAll('math, math *').forEach(e => ['mouseover', 'click', 'focus', 'load', 'error']"
        + ".forEach(t => e.dispatchEvent(new Event(t, {bubbles: true}))))");
    Thread.sleep(500);
    assertTrue(driver.getCurrentUrl().endsWith("mathml.html"), "still on the page: " + driver.getCurrentUrl());
    assertNull(js("return document.documentElement.getAttribute('data-pwned')"), "a script of the document ran");
    assertEquals(0L, js("return document.querySelectorAll('article script, article iframe, article svg, article [onclick],"
        + " article [onmouseover], article [onerror], article [onload], article [onfocus], article [style]').length"));
    assertEquals(1L, js("return document.querySelectorAll('article math').length"), "the formula is shown");
  }

  @Test
  void noScriptOfTheDocumentRunsFromDisk() throws Exception {
    assertNothingRuns(out.resolve("html/mathml.html").toUri().toString());
    String page = Files.readString(out.resolve("html/mathml.html"));
    assertTrue(page.contains("kept words") && page.contains("and text after it"), "the words of the formula are kept");
    assertFalse(page.contains("javascript:"), "a javascript: URL");
    assertFalse(page.contains("127.0.0.1"), "a protocol-relative or backslashed address became an address");
    // besides the page's JSON-LD, a data block never run, in which the document's words cannot
    // open or close an element
    int data = page.split(java.util.regex.Pattern.quote("<script type=\"application/ld+json\">"), -1).length - 1;
    assertEquals(2, page.split("<script", -1).length - 1 - data, "only the site's own two scripts (search.js, edition.js)");
    java.util.regex.Matcher block = java.util.regex.Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", java.util.regex.Pattern.DOTALL).matcher(page);
    while (block.find()) {
      assertFalse(block.group(1).contains("<") || block.group(1).contains(">"), block.group(1));
    }
  }

  @Test
  void noScriptOfTheDocumentRunsWhenServed() throws Exception {
    Path project = Files.createTempDirectory("edition-foreign-serve-");
    for (String name : List.of("mathml.xml", "polyglot.xml")) {
      Files.copy(FIXTURE.resolve(name), project.resolve(name));
    }
    BuildOptions options = new BuildOptions(List.of(project), project.resolve("output"), ProjectLayout.at(project),
        Set.of("html"), null, null, null, 2, false, false);
    try (EditionPreview preview = new EditionPreview(options, new PrintWriter(new StringWriter(), true))) {
      String address = preview.start(0);
      assertNothingRuns(address + "mathml.html");
      // The TEI copy is data, never a script: served as XML, with sniffing forbidden.
      js("window.__type = null; fetch('tei/polyglot.xml').then(r => window.__type = r.headers.get('content-type')"
          + " + ' ' + r.headers.get('x-content-type-options'))");
      new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> js("return window.__type") != null);
      assertEquals("application/xml nosniff", js("return window.__type"));
    }
  }

  @Test
  void theEpubHasNoScriptAndNoLiveJavascriptUrl() throws Exception {
    try (ZipFile epub = new ZipFile(out.resolve("epub/mathml.epub").toFile())) {
      var entries = epub.stream().filter(e -> e.getName().endsWith(".xhtml")).toList();
      assertFalse(entries.isEmpty());
      for (var entry : entries) {
        String xhtml = new String(epub.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
        assertFalse(xhtml.contains("<script") || xhtml.contains(":script") || xhtml.contains("javascript:")
            || xhtml.contains("<iframe") || xhtml.matches("(?s).*\\son[a-z]+=.*"), entry.getName() + ": " + xhtml);
        assertTrue(xhtml.contains("script-src 'none'"), entry.getName() + " forbids scripts");
      }
    }
  }
}
