package org.edition.publish.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.edition.BuiltSite;
import org.edition.Cli;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The website in a real browser: Debian's Chromium, headless, driven by Selenium through Debian's
 * chromedriver (.ci/run installs both). Pages are opened from file:// as a reader would open a
 * downloaded site, and once served over HTTP on the loopback.
 */
class BrowserTest {
  private static WebDriver driver;
  private static Path site;
  private static HttpServer server;

  @BeforeAll
  static void startBrowser() throws Exception {
    site = BuiltSite.html();
    driver = org.edition.Chromium.start();
  }

  @AfterAll
  static void stopBrowser() {
    if (driver != null) {
      driver.quit();
    }
    if (server != null) {
      server.stop(0);
    }
  }

  /** An element's text as a reader sees it (org.edition.Shown). */
  private static String shown(WebElement element) {
    return org.edition.Shown.text(element.getText());
  }

  private static void open(String page) {
    driver.get(site.resolve(page).toUri().toString());
    waitFor(ExpectedConditions.elementToBeClickable(By.id("search-input")));
  }

  private static <T> T waitFor(org.openqa.selenium.support.ui.ExpectedCondition<T> condition) {
    return new WebDriverWait(driver, Duration.ofSeconds(10)).until(condition);
  }

  private static Object js(String script) {
    return ((JavascriptExecutor) driver).executeScript(script);
  }

  /**
   * The page is set in the book face the PDF and EPUB embed, loaded from the site's own fonts: the
   * text in EB Garamond ("Edition Book"), the author's name in its small capitals ("Edition Small
   * Caps"), a face of their own whose letters stay the name's.
   */
  @Test
  void theTextIsSetInTheBookFaceAndItsSmallCapitals() {
    open("leylavergne-travail.html");
    Object loaded = ((JavascriptExecutor) driver).executeAsyncScript("""
        const done = arguments[arguments.length - 1];
        document.fonts.ready.then(() => done([...document.fonts].filter(f => f.status === 'loaded')
            .map(f => f.family.replace(/"/g, '') + ' ' + f.style + ' ' + f.weight)));
        """);
    String faces = String.valueOf(loaded);
    assertTrue(faces.contains("Edition Book normal 400"), faces);
    assertTrue(faces.contains("Edition Small Caps normal 400"), faces);
    assertTrue(String.valueOf(js("return getComputedStyle(document.querySelector('.tei-p, main p')).fontFamily"))
        .startsWith("\"Edition Book\""));
    WebElement author = driver.findElement(By.cssSelector(".text-header .authors"));
    assertTrue(author.getCssValue("font-family").startsWith("\"Edition Small Caps\""), author.getCssValue("font-family"));
    assertEquals("Jean-Luc Leylavergne", author.getText().strip());
  }

  private static double js(String script, WebElement element) {
    return ((Number) ((JavascriptExecutor) driver).executeScript(script, element)).doubleValue();
  }

  private static double edge(String selector, String side) {
    return js("return arguments[0].getBoundingClientRect()." + side, driver.findElement(By.cssSelector(selector)));
  }

  /**
   * On a phone the text begins in the first screen: the header is two short lines (no search
   * field: the search page has its own), not a third of the screen; on the search page the
   * results come before the facets, which stand beside them on a wide screen.
   */
  @Test
  void onAPhoneTheHeaderIsShortAndSearchResultsComeFirst() {
    driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
    try {
      driver.get(site.resolve("leylavergne-travail.html").toUri().toString());
      double height = ((Number) js("return window.innerHeight")).doubleValue();
      assertTrue(edge(".site-header", "bottom") < height / 5,
          "the header ends at " + edge(".site-header", "bottom") + " px of " + height);
      assertTrue(edge("main h1", "top") < height / 4, "the title at " + edge("main h1", "top") + " px");
      driver.get(site.resolve("search.html").toUri() + "?q=travail");
      waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#search-page-results > *")));
      waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#search-facets fieldset")));
      assertTrue(edge("#search-page-results", "top") < edge("#search-facets", "top"), "the facets come first on a phone");
    } finally {
      driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
    }
    driver.get(site.resolve("search.html").toUri() + "?q=travail");
    waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#search-facets fieldset")));
    assertTrue(edge("#search-facets", "right") <= edge("#search-page-results", "left"), "the facets beside the results");
  }

  /**
   * A manuscript's page and its facsimile side by side take a wide window's width (the
   * Shelley-Godwin Archive's), not the text column's: the image is not squeezed to a third.
   */
  @Test
  void aFacsimileBesideItsTranscriptionTakesTheWindowsWidth() throws Exception {
    driver.get(BuiltSite.documentaryCritical().resolve("html/ox-misery_e2_fair.html").toUri().toString());
    WebElement figure = driver.findElement(By.cssSelector("section.surface.with-facsimile figure.facsimile"));
    double width = js("return arguments[0].getBoundingClientRect().width", figure);
    assertTrue(width >= 480, "the facsimile is " + width + " px wide in a 1280 px window");
  }

  @Test
  void noteOneOpensInPlace() {
    open("leylavergne-travail.html");
    driver.findElement(By.cssSelector("a.noteref[href='#note-1']")).click();
    WebElement popover = waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("note-popover")));
    assertTrue(shown(popover).contains("On voit par là comment cette théorie est devenue une idéologie"),
        shown(popover));
    assertTrue(driver.getCurrentUrl().endsWith("leylavergne-travail.html"), "the page did not jump");
    driver.findElement(By.cssSelector("#note-popover button.close")).click();
    waitFor(ExpectedConditions.invisibilityOfElementLocated(By.id("note-popover")));
  }

  @Test
  void aPersonLinkLeadsToTheRegisterAndBack() {
    open("leylavergne-travail.html");
    WebElement proudhon = driver.findElement(By.cssSelector("a.entity[href='persons.html#pers-proudhon']"));
    String mention = proudhon.getAttribute("id");
    js("arguments[0].scrollIntoView()".replace("arguments[0]", "document.getElementById('" + mention + "')"));
    proudhon.click();
    waitFor(ExpectedConditions.urlContains("persons.html#pers-proudhon"));
    WebElement entry = driver.findElement(By.id("pers-proudhon"));
    assertTrue(shown(entry).contains("Proudhon, Pierre-Joseph"), shown(entry));
    entry.findElement(By.cssSelector("a.backlink[href='leylavergne-travail.html#" + mention + "']")).click();
    waitFor(ExpectedConditions.urlContains("leylavergne-travail.html#" + mention));
    Object visible = js("const r = document.getElementById('" + mention + "').getBoundingClientRect();"
        + " return r.top >= 0 && r.bottom <= window.innerHeight;");
    assertEquals(Boolean.TRUE, visible, "the mention is in view after the back-link: " + js("const r = document.getElementById('"
        + mention + "').getBoundingClientRect(); return r.top + ' ' + r.bottom + ' ' + window.innerHeight + ' ' + location.href;"));
  }

  @Test
  void searchingCastoriadisReachesTheNote() {
    open("index.html");
    WebElement input = driver.findElement(By.id("search-input"));
    input.sendKeys("Castoriadis");
    WebElement results = waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("search-results")));
    WebElement hit = results.findElement(By.cssSelector("a[href='leylavergne-travail.html#note-2']"));
    assertTrue(shown(results).contains("C. Castoriadis"), shown(results));
    hit.click();
    waitFor(ExpectedConditions.urlContains("leylavergne-travail.html#note-2"));
    assertTrue(shown(driver.findElement(By.id("note-2"))).contains("Castoriadis"));
  }

  @Test
  void searchIgnoresAccents() {
    open("index.html");
    driver.findElement(By.id("search-input")).sendKeys("societes occidentales");
    WebElement results = waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("search-results")));
    List<WebElement> marks = results.findElements(By.cssSelector("mark"));
    assertFalse(marks.isEmpty(), results.getText());
    assertTrue(marks.stream().anyMatch(m -> m.getText().equalsIgnoreCase("sociétés")), results.getText());
  }

  @Test
  void theSourceSwitchShowsCelte() {
    open("leylavergne-travail.html");
    WebElement text = driver.findElement(By.cssSelector("article.text .tei-text"));
    assertFalse(shown(text).contains("celte"));
    assertTrue(shown(text).contains("naît de cette autodénégation"));
    WebElement button = driver.findElement(By.cssSelector("button.source-switch"));
    button.click();
    assertEquals("true", button.getAttribute("aria-pressed"));
    assertTrue(shown(text).contains("naît de celte autodénégation"), "the source reading shows");
    assertFalse(shown(text).contains("naît de cette autodénégation"));
    button.click();
    assertTrue(shown(text).contains("naît de cette autodénégation"));
  }

  @Test
  void theSiteWorksWhenServedToo() throws Exception {
    server = org.edition.StaticSite.serve(site);
    driver.get(org.edition.StaticSite.address(server) + "leylavergne-travail.html");
    waitFor(ExpectedConditions.elementToBeClickable(By.id("search-input"))).sendKeys("Fourier");
    WebElement results = waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("search-results")));
    assertTrue(shown(results).contains("passions pivotales"), shown(results));
    driver.findElement(By.cssSelector("a.noteref[href='#note-3']")).click();
    assertTrue(shown(waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("note-popover")))).contains("Gautrat"));
  }

  @Test
  void hostileTeiRunsNoScript() throws Exception {
    Path out = Files.createTempDirectory("edition-hostile-");
    Cli.Run run = Cli.run("build", "-o", out.toString(), "src/test/resources/hostile");
    assertTrue(Files.isRegularFile(out.resolve("html/hostile.html")), run.out() + run.err());
    driver.get(out.resolve("html/hostile.html").toUri().toString());
    waitFor(ExpectedConditions.elementToBeClickable(By.id("search-input")));
    assertTrue(driver.findElement(By.tagName("body")).getText().contains("<script>window.__pwned = \"text\"</script>"),
        "the text is shown, escaped");
    Object liveUnsafe = js("return Array.from(document.querySelectorAll('[href], [src]'))"
        + ".map(e => e.getAttribute('href') || e.getAttribute('src'))"
        + ".filter(u => /^\\s*(javascript|data|vbscript):/i.test(u) && !u.startsWith('data:image/')).length");
    assertEquals(0L, liveUnsafe, "a javascript:, data: or vbscript: address became live");
    assertEquals(5, driver.findElements(By.cssSelector("article span.unsafe-link")).size());
    driver.findElements(By.cssSelector("article span.unsafe-link, article .tei-hi")).forEach(WebElement::click);
    js("document.querySelectorAll('article *:not(a[href])').forEach(e => {"
        + " e.dispatchEvent(new MouseEvent('mouseover', {bubbles: true}));"
        + " e.dispatchEvent(new MouseEvent('click', {bubbles: true, cancelable: true})); })");
    assertTrue(driver.getCurrentUrl().endsWith("hostile.html"), "still on the page: " + driver.getCurrentUrl());
    assertNull(js("return window.__pwned === undefined ? null : String(window.__pwned)"));
  }

  /**
   * The EPUB's chapter as a reading system shows it: the quotations carry the source's own
   * guillemets, and no quote mark is added around them (it read "«« Le travail ... »»").
   */
  @Test
  void theEpubAddsNoQuoteMarksToTheSources() throws Exception {
    Path book = BuiltSite.flagship().resolve("epub/leylavergne-travail.epub");
    Path unpacked = Files.createTempDirectory("edition-epub-");
    try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(book.toFile())) {
      for (var entries = zip.entries(); entries.hasMoreElements(); ) {
        var entry = entries.nextElement();
        Path target = unpacked.resolve(entry.getName()).normalize();
        if (!entry.isDirectory() && target.startsWith(unpacked)) {
          Files.createDirectories(target.getParent());
          try (var in = zip.getInputStream(entry)) {
            Files.copy(in, target);
          }
        }
      }
    }
    driver.get(unpacked.resolve("OEBPS/text-leylavergne-travail.xhtml").toUri().toString());
    // the quotations in the line (q) and those set apart (the epigraph's blockquote)
    List<WebElement> quotes = driver.findElements(By.cssSelector("q, blockquote"));
    assertTrue(quotes.stream().anyMatch(q -> q.getText().startsWith("«")), "the chapter quotes with the source's own marks");
    for (WebElement quote : quotes) {
      Object before = ((JavascriptExecutor) driver).executeScript(
          "return getComputedStyle(arguments[0], '::before').content", quote);
      assertEquals("none", before, "a quote mark generated before: " + quote.getText());
    }
  }

  /** A journal's title that links to the register of works is still in italics; an article's is not. */
  @Test
  void aLinkedWorkTitleKeepsItsItalics() {
    open("leylavergne-travail.html");
    WebElement journal = driver.findElement(By.cssSelector("a.entity.tei-title.level-j"));
    WebElement article = driver.findElement(By.cssSelector("a.entity.tei-title.level-a"));
    JavascriptExecutor js = (JavascriptExecutor) driver;
    assertEquals("italic", js.executeScript("return getComputedStyle(arguments[0]).fontStyle", journal), journal.getText());
    assertEquals("normal", js.executeScript("return getComputedStyle(arguments[0]).fontStyle", article), article.getText());
  }

  /**
   * A page beginning the source does not number marks nothing ("Dessa[]uerstrasse" in the
   * Schnitzler letter, at phone width where the marks are inline), a numbered one still shows.
   */
  @Test
  void anUnnumberedPageBeginningShowsNoEmptyBrackets() throws Exception {
    driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 900));
    try {
      driver.get(BuiltSite.corpus().resolve("html/L03090.html").toUri().toString());
      List<WebElement> breaks = driver.findElements(By.cssSelector(".tei-pb"));
      assertFalse(breaks.isEmpty(), "the letter has page beginnings");
      for (WebElement pb : breaks) {
        assertEquals("", pb.getAttribute("data-n"));
        assertEquals("none", ((JavascriptExecutor) driver).executeScript(
            "return getComputedStyle(arguments[0], '::before').content", pb));
      }
      assertTrue(shown(driver.findElement(By.cssSelector("article.text"))).contains("Dessauerstrasse"));
    } finally {
      driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
    }
  }

  /** The essay's seven sections are listed at its top; each entry leads to its heading. */
  @Test
  void theContentsLeadToTheSections() {
    open("leylavergne-travail.html");
    List<WebElement> entries = driver.findElements(By.cssSelector("nav.contents li a"));
    assertEquals(7, entries.size());
    String first = entries.get(0).getText();
    entries.get(0).click();
    waitFor(d -> d.getCurrentUrl().endsWith("#" + entries.get(0).getAttribute("href").replaceAll(".*#", "")));
    WebElement target = driver.findElement(By.id(driver.getCurrentUrl().replaceAll(".*#", "")));
    assertEquals(first, target.findElement(By.cssSelector("h2, h3")).getText().strip());
  }
}
