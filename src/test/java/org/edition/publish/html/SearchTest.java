package org.edition.publish.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.edition.Cli;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The site's search over its sharded index, in Chromium, from file:// and served: accents and
 * case in every script, phrases, the source's spellings and the registers' names, facets, and
 * the pages to browse by (dates, map, a letter's neighbours), with the CMIF file of the letters
 * valid against correspSearch's schema and rules. The corpus: five letters of the Curies and
 * Langevin (src/test/resources/search), a text in Greek, Russian, Hebrew and Arabic, and
 * registers with places that say where they lie.
 */
class SearchTest {
  @TempDir static Path dir;
  private static Path site;
  private static WebDriver driver;
  private static HttpServer server;

  @BeforeAll
  static void build() throws Exception {
    Path texts = dir.resolve("letters");
    Files.createDirectories(texts);
    try (Stream<Path> files = Files.list(Path.of("src/test/resources/search"))) {
      for (Path f : files.toList()) {
        Files.copy(f, texts.resolve(f.getFileName()));
      }
    }
    Path out = dir.resolve("out");
    Cli.Run run = Cli.run("build", "--html", "-o", out.toString(), texts.toString());
    assertEquals(0, run.exitCode(), run.out() + run.err());
    site = out.resolve("html");
    driver = org.edition.Chromium.start();
  }

  @AfterAll
  static void stop() {
    if (driver != null) {
      driver.quit();
    }
    if (server != null) {
      server.stop(0);
    }
  }

  /** The search page's answer to a query (and facet values): its results' titles, in order. */
  private static List<String> search(String base, String query) {
    driver.get(base + "search.html?" + query);
    WebElement results = new WebDriverWait(driver, Duration.ofSeconds(20)).until(
        ExpectedConditions.presenceOfElementLocated(By.cssSelector("#search-page-results[data-files]")));
    return results.findElements(By.cssSelector("ol.results > li > a.result-title")).stream().map(WebElement::getText).toList();
  }

  private static String q(String words) {
    return "q=" + URLEncoder.encode(words, StandardCharsets.UTF_8);
  }

  private static List<String> marks() {
    return driver.findElements(By.cssSelector("#search-page-results mark")).stream().map(WebElement::getText).toList();
  }

  private static String fileBase() {
    return site.toUri().toString();
  }

  @Test
  void accentsAndCaseDoNotCountInAnyScript() {
    assertEquals(List.of("Lettre de mars 1898"), search(fileBase(), q("societes")));
    assertTrue(marks().contains("sociétés"), marks().toString());
    // Greek without its accents and breathings, Russian without its diaereses and breve,
    // Hebrew without its points, Arabic without its vowel signs
    for (String[] word : new String[][] {{"ανθρωπος", "ἄνθρωπος"}, {"ΧΡΗΜΑΤΩΝ", "χρημάτων"}, {"елка", "ёлка"},
        {"иод", "йод"}, {"שלום", "שָׁלוֹם"}, {"السلام", "السَّلَامُ"}}) {
      assertEquals(List.of("Fragment grec"), search(fileBase(), q(word[0])), word[0]);
      assertEquals(List.of(word[1]), marks(), word[0]);
    }
  }

  @Test
  void theBrowserCutsAndFoldsWordsAsTheBuildDoes() {
    driver.get(site.resolve("search.html").toUri().toString());
    String text = "Πάντων χρημάτων μέτρον ἐστὶν ἄνθρωπος ΣΟΦΟΣ ёлка йод שָׁלוֹם עֲלֵיכֶם السَّلَامُ عَلَيْكُمْ"
        + " L’Œuvre des Sociétés, Straße, Skłodowska, ﬁn, ſoleil, 東京の大学, n°28 & 1993-11, İstanbul";
    Object browser = ((JavascriptExecutor) driver).executeScript("return EditionSearch.words(arguments[0]);", text);
    assertEquals(org.edition.publish.html.search.Words.of(text), browser);
  }

  @Test
  void aPhraseFindsOnlyTheWordsSideBySide() {
    List<String> words = search(fileBase(), q("cher ami"));
    assertEquals(3, words.size(), words.toString());
    List<String> phrase = search(fileBase(), q("\"cher ami\""));
    assertEquals(List.of("Lettre de janvier 1899", "Lettre de mars 1898").stream().sorted().toList(),
        phrase.stream().sorted().toList(), "\"Un ami cher\" is not the phrase");
    assertEquals(List.of("Cher", "ami", "Cher", "ami"), marks());
  }

  @Test
  void theSourcesSpellingAndEveryRegisterNameFindTheText() {
    assertEquals(List.of("Lettre de juillet 1898"), search(fileBase(), q("trouvez")), "orig of a choice");
    // Marie is mentioned in the November letter under her first name; the register also gives
    // her birth name, found without its Polish letter
    List<String> birthName = search(fileBase(), q("Sklodowska"));
    assertTrue(birthName.contains("Lettre de novembre 1898"), birthName.toString());
    assertTrue(birthName.contains("Marie Curie (Maria Skłodowska)"), "the register entry too: " + birthName);
    List<String> polish = search(fileBase(), q("warszawa"));
    assertTrue(polish.contains("Lettre de juillet 1898"), "a place by its other name: " + polish);
  }

  @Test
  void aFacetNarrowsTheResultsAndWorksWithoutAQuery() {
    assertEquals(3, search(fileBase(), q("ami")).size());
    WebElement year = driver.findElement(By.cssSelector("fieldset[data-facet=year]"));
    assertTrue(year.getText().contains("1898 (2)"), year.getText());
    year.findElements(By.cssSelector("li")).stream().filter(li -> li.getText().startsWith("1898"))
        .findFirst().orElseThrow().findElement(By.cssSelector("input")).click();
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("f=year"));
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.findElements(By.cssSelector("ol.results > li")).size() == 2);
    assertTrue(driver.findElement(By.cssSelector(".results-count")).getText().startsWith("2"));
    // browsing, no word asked: the letters of 1898, oldest first, then those mentioning Paris
    List<String> all1898 = search(fileBase(), "f=year:1898");
    assertEquals(List.of("Lettre de mars 1898", "Lettre de juillet 1898", "Lettre de novembre 1898"), all1898);
    // a facet of names is opened before its values are loaded
    assertTrue(driver.findElements(By.cssSelector("fieldset[data-facet=place] li")).isEmpty());
    driver.findElement(By.cssSelector("fieldset[data-facet=place] button.facet-open")).click();
    WebElement places = new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("fieldset[data-facet=place]:has(li)")));
    places.findElements(By.cssSelector("li")).stream().filter(li -> li.getText().startsWith("Paris"))
        .findFirst().orElseThrow().findElement(By.cssSelector("input")).click();
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.findElements(By.cssSelector("ol.results > li")).size() == 1);
    assertEquals("Lettre de mars 1898", driver.findElement(By.cssSelector("ol.results a.result-title")).getText());
  }

  @Test
  void aQueryLoadsOnlyTheShardsItNeeds() throws Exception {
    search(fileBase(), q("polonium"));
    String files = driver.findElement(By.id("search-page-results")).getAttribute("data-files");
    List<String> loaded = List.of(files.split(" "));
    long shards;
    try (Stream<Path> all = Files.list(site.resolve("search/b"))) {
      shards = all.filter(f -> f.getFileName().toString().startsWith("t")).count();
    }
    assertTrue(loaded.contains("index"), files);
    assertTrue(loaded.stream().filter(f -> f.matches("[bd]/t\\d+")).count() <= 2, "one word's shard in each segment: " + files);
    assertTrue(loaded.stream().noneMatch(f -> f.matches("[bd]/p\\d+")), "positions only for phrases: " + files);
    assertEquals(1, loaded.stream().filter(f -> f.startsWith("s/")).count(), "the one result's snippet: " + files);
    assertTrue(shards >= 1);
  }

  @Test
  void theDatesPageListsTheLettersOfAYearInOrder() {
    driver.get(site.resolve("dates.html").toUri().toString());
    assertTrue(driver.findElement(By.cssSelector("ul.decades")).getText().contains("1898 (3)"));
    driver.findElement(By.linkText("1898")).click();
    WebElement year = new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(ExpectedConditions.presenceOfElementLocated(By.id("y1898")));
    List<String> letters = year.findElements(By.cssSelector("li a")).stream().map(WebElement::getText).toList();
    assertEquals(List.of("Lettre de mars 1898", "Lettre de juillet 1898", "Lettre de novembre 1898"), letters);
  }

  @Test
  void theMapShowsThePlacesWithCoordinatesAndLeadsToTheRegister() {
    driver.get(site.resolve("map.html").toUri().toString());
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(d -> d.findElements(By.cssSelector("#map path.leaflet-interactive")).size() == 2);
    long outline = (Long) ((JavascriptExecutor) driver).executeScript("return document.querySelectorAll('#map path:not(.leaflet-interactive)').length");
    assertTrue(outline > 10, "the world's outline is drawn: " + outline);
    assertFalse(driver.getPageSource().contains("Lieu sans coordonnées"), "a place without coordinates is not on the map");
    assertTrue(driver.findElements(By.cssSelector("img.leaflet-tile")).isEmpty(), "no tile asked for");
    driver.findElements(By.cssSelector("#map path.leaflet-interactive")).get(0).click();
    WebElement popup = new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".leaflet-popup-content a.place")));
    String entry = popup.getAttribute("href");
    assertTrue(entry.matches(".*/places\\.html#(paris|warsaw)$"), entry);
    popup.click();
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("places.html#"));
    String id = driver.getCurrentUrl().replaceFirst("^.*#", "");
    assertTrue(driver.findElement(By.id(id)).getText().contains(id.equals("paris") ? "Paris" : "Varsovie"));
  }

  @Test
  void aLetterShowsItsCorrespondentsAndItsNeighbours() {
    driver.get(site.resolve("l3.html").toUri().toString());
    String shown = driver.findElement(By.cssSelector("dl.correspondence")).getText();
    assertTrue(shown.contains("Marie Curie") && shown.contains("Varsovie") && shown.contains("Pierre Curie"), shown);
    WebElement before = new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".letter-edition-previous a")));
    assertEquals("l1.html", before.getAttribute("href").replaceFirst("^.*/", ""));
    assertEquals("l2.html", driver.findElement(By.cssSelector(".letter-edition-next a")).getAttribute("href").replaceFirst("^.*/", ""));
    assertEquals("l2.html", driver.findElement(By.cssSelector(".letter-correspondence-next a")).getAttribute("href").replaceFirst("^.*/", ""),
        "the next letter between Marie and Pierre");
    driver.get(site.resolve("l4.html").toUri().toString());
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".letter-edition-previous a")));
    assertTrue(driver.findElements(By.cssSelector(".letter-correspondence-previous a")).isEmpty(),
        "Langevin's first letter to Marie has none before it in their correspondence");
    // the letters the encoder named (correspContext): one of the edition linked, one it lacks named only
    driver.get(site.resolve("l5.html").toUri().toString());
    assertEquals("l4.html", driver.findElement(By.cssSelector(".letter-edition-previous a")).getAttribute("href").replaceFirst("^.*/", ""));
    WebElement lost = driver.findElement(By.cssSelector(".letter-edition-next"));
    assertTrue(lost.getText().contains("Une lettre perdue"), lost.getText());
    assertTrue(lost.findElements(By.tagName("a")).isEmpty(), "a letter the edition does not hold is not linked");
  }

  @Test
  void theCmifFileIsValidAgainstCorrespSearchsSchemaAndRules() throws Exception {
    Path schemas = Path.of("../shared/external-schemas/cmif").toAbsolutePath().normalize();
    String cmif = Files.readString(site.resolve("cmif.xml"), StandardCharsets.UTF_8);
    assertTrue(cmif.contains("<correspDesc"), cmif);
    assertEquals(5, cmif.split("<correspDesc ").length - 1, "every letter");
    assertTrue(cmif.contains("ref=\"https://viaf.org/viaf/76353174\""), "a person by the authority its register gives");
    Path checked = dir.resolve("cmif-check");
    Files.createDirectories(checked);
    Files.copy(schemas.resolve("cmi-customization.rng"), checked.resolve("cmi-customization.rng"));
    Files.copy(schemas.resolve("cmif.sch"), checked.resolve("cmif.sch"));
    // beside the letters' pages it points to, as in the site (every pointer of a file is checked)
    try (var pages = Files.list(site)) {
      for (Path page : pages.filter(p -> p.getFileName().toString().endsWith(".html")).toList()) {
        Files.copy(page, checked.resolve(page.getFileName()));
      }
    }
    Path file = checked.resolve("cmif.xml");
    Files.writeString(file, cmif.replaceFirst("\\?>", "?>\n"
        + "<?xml-model href=\"cmi-customization.rng\" type=\"application/xml\" schematypens=\"http://relaxng.org/ns/structure/1.0\"?>\n"
        + "<?xml-model href=\"cmif.sch\" type=\"application/xml\" schematypens=\"http://purl.oclc.org/dsdl/schematron\"?>"),
        StandardCharsets.UTF_8);
    Cli.Run run = Cli.run("validate", file.toString());
    assertEquals(0, run.exitCode(), run.out() + run.err());
    assertTrue(run.out().contains("0 errors, 0 warnings"), run.out());
    // the check can fail: a letter without its receiving is an error of the CMIF rules
    Files.writeString(file, Files.readString(file).replaceFirst("(?s)<correspAction type=\"received\">.*?</correspAction>", ""));
    assertEquals(1, Cli.run("validate", file.toString()).exitCode());
  }

  @Test
  void theNewPagesAreValidHtmlAndAccessible() throws Exception {
    for (String page : List.of("search.html", "dates.html", "dates-1890.html", "map.html", "l3.html")) {
      HtmlValidityTest.assertValid(site.resolve(page));
    }
    List<String> found = new java.util.ArrayList<>();
    driver.get(site.resolve("map.html").toUri().toString());
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(d -> d.findElements(By.cssSelector("#map path.leaflet-interactive")).size() == 2);
    found.addAll(AccessibilityTest.violations(driver, "map"));
    driver.get(site.resolve("l3.html").toUri().toString());
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".letter-edition-previous a")));
    found.addAll(AccessibilityTest.violations(driver, "letter"));
    search(fileBase(), q("ami") + "&f=year:1898");
    found.addAll(AccessibilityTest.violations(driver, "search with a facet"));
    assertEquals(List.of(), found);
  }

  @Test
  void theSearchWorksWhenServed() throws Exception {
    server = org.edition.StaticSite.serve(site);
    String base = org.edition.StaticSite.address(server);
    assertEquals(List.of("Lettre de mars 1898"), search(base, q("societes")));
    assertEquals(List.of("Fragment grec"), search(base, q("ανθρωπος")));
    assertEquals(2, search(base, q("\"cher ami\"")).size());
    assertEquals(3, search(base, "f=year:1898").size());
    // the box of every page answers as one types, and leads to the search page
    driver.get(base + "l5.html");
    WebElement input = new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.elementToBeClickable(By.id("search-input")));
    input.sendKeys("polon");
    WebElement box = new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("search-results")));
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> box.getText().contains("Lettre de novembre 1898"));
    assertTrue(box.findElements(By.cssSelector("mark")).stream().anyMatch(m -> m.getText().equals("polonium")), "a prefix as one types");
  }
}
