package org.edition.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.edition.BuiltSite;
import org.edition.Chromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * What a reader reads, in every format, where the source's layout is not the text's: a printed
 * book copied line by line flows as paragraphs (its lines, line-end hyphens, running heads,
 * signatures and catchwords are the view of the source), a note between two verses is called at
 * the end of the first, and a manuscript's catalogue record is a description set in sections,
 * not an empty page.
 */
class ReadingTextTest {
  private static ChromeDriver driver;
  private static Path cases;

  @BeforeAll
  static void build() throws IOException {
    cases = BuiltSite.readerCases();
    driver = Chromium.start();
  }

  @AfterAll
  static void stopBrowser() {
    if (driver != null) {
      driver.quit();
    }
  }

  private static final String KANT = "forme-work-and-line-breaks";

  @Test
  void aBookCopiedLineByLineFlowsOnTheWebAndShowsItsLinesAsTheSourceHasThem() {
    driver.get(cases.resolve("html/" + KANT + ".html").toUri().toString());
    WebElement paragraph = driver.findElement(By.cssSelector(".tei-body p.tei-p"));
    String reading = shownText(paragraph);
    assertTrue(reading.contains("nicht beantworten kann"), reading);
    assertFalse(reading.contains("a 4"), "a signature in the reading text: " + reading);
    assertFalse(reading.matches("(?s).*Vernunft\\.\\s*In\\s+In .*"), "a catchword in the reading text: " + reading);
    assertEquals(1, reading.lines().count(), "the source's lines break the paragraph: " + reading);
    Number lines = (Number) driver.executeScript(
        "return [...arguments[0].querySelectorAll('br')].filter(b => b.getClientRects().length > 0).length", paragraph);
    assertEquals(0, lines.intValue());

    driver.findElement(By.cssSelector("button.source-switch")).click();
    String source = shownText(paragraph);
    assertTrue(source.contains("be-\nantworten"), source);
    assertTrue(source.contains("a 4"), source);
    assertTrue(source.lines().count() >= 8, source);
  }

  @Test
  void aBookCopiedLineByLineFlowsInPrint() throws IOException {
    String text = pdfText(cases.resolve("pdf/" + KANT + ".pdf"));
    assertTrue(text.contains("beantworten"), text);
    assertFalse(text.contains("be-"), text);
    assertFalse(text.contains("a 4"), text);
    assertFalse(text.contains("[Vorrede.]"), text);
  }

  @Test
  void aBookCopiedLineByLineFlowsInTheEpub() throws IOException {
    // the book prints the paragraph's number (its registers point to paragraphs) before its lines
    String text = epubReading(cases.resolve("epub/" + KANT + ".epub"), "text-" + KANT + ".xhtml", ".tei-body p")
        .replaceFirst("^\\d+\\s*", "");
    assertTrue(text.contains("nicht beantworten kann"), text);
    assertFalse(text.contains("a 4"), text);
    assertEquals(1, text.strip().lines().count(), text);
  }

  @Test
  void aNoteBetweenTwoVersesIsCalledAtTheEndOfTheFirstInEveryFormat() throws IOException {
    driver.get(cases.resolve("html/note-between-verses.html").toUri().toString());
    WebElement first = driver.findElements(By.cssSelector(".tei-l")).get(0);
    assertEquals(1, first.findElements(By.cssSelector("a.noteref")).size(), first.getAttribute("outerHTML"));
    assertEquals(2, driver.findElements(By.cssSelector(".tei-lg > *")).size(), "a call on a line of its own");

    try (PDDocument doc = Loader.loadPDF(cases.resolve("pdf/note-between-verses.pdf").toFile())) {
      List<String> lines = org.edition.PdfPages.bodies(doc, true).stream().flatMap(List::stream).map(String::strip).toList();
      assertTrue(lines.stream().anyMatch(l -> l.matches("Nous attendrons ici que la pluie ait cessé, ?1( 1)?")), lines.toString());
      assertFalse(lines.contains("1"), "a call on a line of its own: " + lines);
    }

    String epub = epubReading(cases.resolve("epub/note-between-verses.epub"), "text-note-between-verses.xhtml", ".tei-l");
    assertTrue(epub.lines().findFirst().orElse("").matches(".*cessé, ?1"), epub);
  }

  @Test
  void aManuscriptsCatalogueRecordIsADescriptionInSectionsOnItsPage() throws IOException {
    Path site = BuiltSite.corpus().resolve("html");
    driver.get(site.resolve("manuscript_339.html").toUri().toString());
    WebElement description = driver.findElement(By.cssSelector("section.ms-description"));
    assertEquals("Oxford, Bodleian Library, MS. Laud Or. 113", description.findElement(By.cssSelector("h2")).getText());
    List<String> sections = description.findElements(By.cssSelector(".ms-section > h3")).stream().map(WebElement::getText).toList();
    assertTrue(sections.containsAll(List.of("Contents", "Physical description", "History", "Further information")), sections.toString());
    List<WebElement> items = description.findElements(By.cssSelector(".ms-part .ms-items > li"));
    assertTrue(items.size() >= 10, items.size() + " items");
    assertTrue(items.get(0).getText().startsWith("ff.21r-23v"), items.get(0).getText());
    assertTrue(items.get(0).getText().contains("רפואת הגויה"), items.get(0).getText());
    WebElement hebrewTitle = description.findElement(By.cssSelector("cite[lang='he']"));
    assertEquals("normal", hebrewTitle.getCssValue("font-style"), "a Hebrew title in italics");

    String about = Files.readString(site.resolve("about.html"));
    assertFalse(about.contains("Refuʾat ha-Geṿiyah"), "the description poured onto the about page");
    assertTrue(about.contains("Oxford, Bodleian Library, MS. Laud Or. 113"));
  }

  @Test
  void aManuscriptsCatalogueRecordIsADescriptionInPrintAndInTheEpub() throws IOException {
    Path out = BuiltSite.corpus();
    String pdf = pdfText(out.resolve("pdf/manuscript_339.pdf"));
    for (String words : List.of("Oxford, Bodleian Library, MS. Laud Or. 113", "Physical description", "Provenance", "ff.21r-23v")) {
      assertTrue(pdf.contains(words), words + " not in " + pdf);
    }
    String epub = epubReading(out.resolve("epub/manuscript_339.epub"), "text-manuscript_339.xhtml", "section.ms-description");
    assertTrue(epub.contains("Physical description") && epub.contains("Refuʾat ha-Geṿiyah"), epub);
  }

  @Test
  void theEpubBreaksItsWordsWhereTheWebsiteDoes() throws IOException {
    Path out = BuiltSite.flagship();
    org.jsoup.nodes.Element web = org.jsoup.Jsoup.parse(out.resolve("html/leylavergne-travail.html").toFile())
        .getElementById("p-2");
    Path xhtml = EpubFiles.contentDocuments(out.resolve("epub/leylavergne-travail.epub")).stream()
        .filter(p -> p.getFileName().toString().startsWith("text-")).findFirst().orElseThrow();
    org.jsoup.nodes.Element book = org.jsoup.Jsoup.parse(xhtml.toFile()).getElementById("p-2");
    // the same words broken at the same places (a correction is shown otherwise: left out)
    List<String> webBreaks = hyphenated(web.wholeText());
    List<String> bookBreaks = hyphenated(book.wholeText());
    assertTrue(bookBreaks.size() > 30, bookBreaks.toString());
    assertEquals(bookBreaks.stream().filter(webBreaks::contains).toList(), bookBreaks.stream().filter(w -> !w.contains("°")).toList());
  }

  /** The words of a text that hold a soft hyphen, as written (with their hyphens). */
  private static List<String> hyphenated(String text) {
    return java.util.Arrays.stream(text.split("[\\s\\p{Punct}«»’]+")).filter(w -> w.contains("\u00AD")).toList();
  }

  /** An element's words as the page shows them (what CSS hides is not shown), soft hyphens out. */
  private static String shownText(WebElement element) {
    return ((String) driver.executeScript("return arguments[0].innerText", element)).replace("\u00AD", "");
  }

  private static String pdfText(Path pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      return new PDFTextStripper().getText(doc);
    }
  }

  /** The words of an EPUB content document as Chromium shows them, with the book's own styles. */
  private static String epubReading(Path book, String document, String selector) throws IOException {
    Path xhtml = EpubFiles.contentDocuments(book).stream()
        .filter(p -> p.getFileName().toString().equals(document)).findFirst().orElseThrow();
    driver.get(xhtml.toUri().toString());
    return String.join("\n", driver.findElements(By.cssSelector(selector)).stream().map(ReadingTextTest::shownText).toList());
  }
}
