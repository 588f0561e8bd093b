package org.edition.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.edition.BuiltSite;
import org.edition.Chromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Letters and manuscripts as their editors encode them, read in all three formats (issue 27,
 * items 5 and 6): a Schnitzler-Briefe letter's witness (archive, shelfmark, extent, hands) under
 * its title before its text; its commentary's empty references read as their source and date or
 * as the title of the letter they name (linked when the edition holds it), never as a bare
 * identifier; the Bodleian's catalogue record of MS. Laud Or. 113 in sections with nothing empty,
 * its Hebrew titles upright on the web, in the EPUB and in print.
 */
class LettersAndManuscriptsTest {
  private static ChromeDriver driver;

  @BeforeAll
  static void start() throws IOException {
    driver = Chromium.start();
  }

  @AfterAll
  static void stop() {
    if (driver != null) {
      driver.quit();
    }
  }

  private static final String WITNESS = "Marbach am Neckar, Deutsches Literaturarchiv, A:Schnitzler, HS.NZ85.1.3171";

  @Test
  void aLettersWitnessStandsUnderItsTitleBeforeItsTextInEveryFormat() throws IOException {
    Path out = BuiltSite.corpus();
    driver.get(out.resolve("html/L03090.html").toUri().toString());
    WebElement witness = driver.findElement(By.cssSelector("section.ms-witness"));
    assertTrue(witness.isDisplayed(), "the witness folded away");
    String words = witness.getText();
    for (String field : List.of(WITNESS, "1 leaf, 4 pages, 1663 characters", "blaue tinte, deutsche kurrent", "drei Unterstreichungen (roter buntstift)")) {
      assertTrue(words.contains(field), field + " not in " + words);
    }
    assertEquals(Boolean.TRUE, driver.executeScript(
        "return !!(arguments[0].compareDocumentPosition(document.querySelector('.tei-text')) & Node.DOCUMENT_POSITION_FOLLOWING)"
        + " && !!(document.querySelector('h1').compareDocumentPosition(arguments[0]) & Node.DOCUMENT_POSITION_FOLLOWING)", witness),
        "the witness is not between the title and the text");

    String pdf = pdfText(out.resolve("pdf/L03090.pdf")).replaceAll("\\s+", " ");
    int at = pdf.indexOf("Marbach am Neckar, Deutsches Literaturarchiv");
    assertTrue(at > 0 && at < pdf.indexOf("Mein lieber Freund"), "no witness before the letter in print: " + pdf);
    assertTrue(pdf.contains("blaue tinte, deutsche kurrent"), pdf);

    String epub = epubReading(out.resolve("epub/L03090.epub"), "text-L03090.xhtml", "section.ms-witness");
    assertTrue(epub.contains(WITNESS) && epub.contains("blaue tinte, deutsche kurrent"), epub);
  }

  @Test
  void anEmptyReferenceReadsAsItsSourceAndDateNeverAsItsTarget() throws IOException {
    Path out = BuiltSite.corpus();
    driver.get(out.resolve("html/L03090.html").toUri().toString());
    List<String> refs = driver.findElements(By.cssSelector(".tei-ref")).stream().map(WebElement::getText).toList();
    assertTrue(refs.contains("vgl. A. S.: Tagebuch, 25. Oktober 1901"), refs.toString());
    assertTrue(refs.contains("4. Januar 1902"), refs.toString());
    for (String ref : refs) {
      assertFalse(ref.isBlank() || ref.matches("L\\d+|\\d{4}-\\d{2}-\\d{2}"), "a reference shown as nothing or a bare identifier: " + refs);
    }
    String pdf = pdfText(out.resolve("pdf/L03090.pdf")).replaceAll("\\s+", " ");
    assertTrue(pdf.contains("vgl. A. S.: Tagebuch, 25. Oktober 1901") && !pdf.contains("1901-10-25"), pdf);
    String epub = epubReading(out.resolve("epub/L03090.epub"), "text-L03090.xhtml", "body");
    assertTrue(epub.contains("vgl. A. S.: Tagebuch, 25. Oktober 1901") && !epub.contains("1901-10-25"), epub);
  }

  @Test
  void anEmptyReferenceToALetterOfTheEditionReadsAsItsTitleAndLeadsToIt() throws IOException {
    Path out = BuiltSite.readerCases();
    driver.get(out.resolve("html/letter-with-witness.html").toUri().toString());
    WebElement link = driver.findElement(By.cssSelector("a.tei-ref"));
    assertEquals("Siehe Arthur Schnitzler an Olga Gussmann, 29. 11. 1901", link.getText().replace('\u00A0', ' '));
    assertTrue(link.getAttribute("href").endsWith("letter-answered.html"), link.getAttribute("href"));
    String witness = driver.findElement(By.cssSelector("section.ms-witness")).getText();
    assertTrue(witness.contains("Cambridge, University Library, Schnitzler, B 41a") && witness.contains("schwarze tinte, lateinische kurrent"), witness);

    String pdf = pdfText(out.resolve("pdf/letter-with-witness.pdf")).replaceAll("\\s+", " ");
    assertTrue(pdf.contains("Siehe Arthur Schnitzler an Olga Gussmann, 29. 11. 1901"), pdf);
    // in print too a link: to the other letter's own PDF beside this one (a remote go-to)
    assertTrue(pdfLinkTargets(out.resolve("pdf/letter-with-witness.pdf")).contains("letter-answered.pdf"), "no link to the letter in print");
    String epub = epubReading(out.resolve("epub/letter-with-witness.epub"), "text-letter-with-witness.xhtml", "body").replace('\u00A0', ' ');
    assertTrue(epub.contains("Siehe Arthur Schnitzler an Olga Gussmann, 29. 11. 1901") && !epub.contains("letter-answered"), epub);
  }

  @Test
  void aCataloguesRecordHasItsSectionsFilledAndItsHebrewTitlesUprightInEveryFormat() throws IOException {
    Path out = BuiltSite.corpus();
    driver.get(out.resolve("html/manuscript_339.html").toUri().toString());
    WebElement description = driver.findElement(By.cssSelector("section.ms-description"));
    for (WebElement section : description.findElements(By.cssSelector(".ms-section"))) {
      String heading = section.findElement(By.cssSelector("h3")).getText();
      assertTrue(section.getText().length() > heading.length() + 2, "an empty section: " + heading);
    }
    assertTrue(description.getText().contains("Collection: Oriental Manuscripts Laud Oriental Collection"), "no collection under the name");
    assertFalse(description.getText().contains("ark:29072"), "the repository's internal keys shown");
    assertTrue(description.getText().contains("ff. 406, 196 × 151 mm"), "the leaves' size run into their count");
    assertTrue(description.getText().contains("Sephardi semi-cursive script. Scribe is Vidal"), description.getText());
    List<WebElement> hebrew = description.findElements(By.cssSelector("cite[lang='he']"));
    assertTrue(hebrew.size() >= 10, hebrew.size() + " Hebrew titles");
    for (WebElement title : hebrew) {
      assertEquals("normal", title.getCssValue("font-style"), "a Hebrew title in italics on the web: " + title.getText());
      assertEquals("rtl", title.getAttribute("dir"));
    }
    assertEquals("italic", description.findElement(By.cssSelector("cite.ms-title:not([lang])")).getCssValue("font-style"));

    Path xhtml = EpubFiles.contentDocuments(out.resolve("epub/manuscript_339.epub")).stream()
        .filter(p -> p.getFileName().toString().equals("text-manuscript_339.xhtml")).findFirst().orElseThrow();
    driver.get(xhtml.toUri().toString());
    List<WebElement> bookHebrew = driver.findElements(By.cssSelector("cite[lang='he']"));
    assertTrue(bookHebrew.size() >= 10, bookHebrew.size() + " Hebrew titles in the EPUB");
    for (WebElement title : bookHebrew) {
      assertEquals("normal", title.getCssValue("font-style"), "a Hebrew title in italics in the EPUB: " + title.getText());
    }

    List<String> slanted = new ArrayList<>();
    int[] hebrewGlyphs = {0};
    try (PDDocument doc = Loader.loadPDF(out.resolve("pdf/manuscript_339.pdf").toFile())) {
      PDFTextStripper fonts = new PDFTextStripper() {
        @Override
        protected void writeString(String text, List<TextPosition> positions) throws IOException {
          for (TextPosition p : positions) {
            if (p.getUnicode().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HEBREW)) {
              hebrewGlyphs[0]++;
              String font = p.getFont().getName();
              if (font != null && font.matches("(?i).*(italic|oblique).*")) {
                slanted.add(p.getUnicode() + " in " + font);
              }
            }
          }
          super.writeString(text, positions);
        }
      };
      fonts.getText(doc);
    }
    assertTrue(hebrewGlyphs[0] > 100, hebrewGlyphs[0] + " Hebrew letters in print");
    String pdf = pdfText(out.resolve("pdf/manuscript_339.pdf")).replaceAll("\\s+", " ");
    assertTrue(pdf.contains("Collection: Oriental Manuscripts Laud Oriental Collection") && pdf.contains("ff. 406, 196 × 151 mm"), pdf);
    assertTrue(slanted.isEmpty(), "Hebrew set in italics in print: " + slanted.subList(0, Math.min(10, slanted.size())));
  }

  /** Where a PDF's links lead: the file of a remote go-to, the address of a URI action. */
  private static List<String> pdfLinkTargets(Path pdf) throws IOException {
    List<String> targets = new java.util.ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      for (org.apache.pdfbox.pdmodel.PDPage page : doc.getPages()) {
        for (org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation annotation : page.getAnnotations()) {
          if (annotation instanceof org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink link) {
            if (link.getAction() instanceof org.apache.pdfbox.pdmodel.interactive.action.PDActionRemoteGoTo remote) {
              targets.add(remote.getFile().getFile());
            } else if (link.getAction() instanceof org.apache.pdfbox.pdmodel.interactive.action.PDActionURI uri) {
              targets.add(uri.getURI());
            }
          }
        }
      }
    }
    return targets;
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
    return String.join("\n", driver.findElements(By.cssSelector(selector)).stream()
        .map(e -> ((String) driver.executeScript("return arguments[0].innerText", e)).replace("\u00AD", "")).toList());
  }
}
