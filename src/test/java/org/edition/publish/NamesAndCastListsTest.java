package org.edition.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.edition.Chromium;
import org.edition.Cli;
import org.edition.PdfPages;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Names and cast lists as a reader reads them, in the three formats: a name whose parts are
 * elements with nothing between them reads with a space between the parts (but for the parts the
 * source joins: d’Alembert), in the text and in the header's authors (Revizor's "Николай
 * Васильевич Гоголь", in print too); a cast list is set as a cast list (each role on its line, its
 * description after a comma, a group's members together with their one description, no bullets).
 * On Gogol's Revizor (RusDraCor) and two small texts of src/test/resources/reader.
 */
class NamesAndCastListsTest {
  private static final Path REVIZOR = Cli.shared().resolve("corpus/docs/rusdracor/gogol-revizor.xml");
  private static final Path READER = Cli.root().resolve("src/test/resources/reader");
  private static final String REVIZOR_ID = "rus000054";

  @TempDir static Path dir;
  private static Path out;

  @BeforeAll
  static void build() throws Exception {
    org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider.initialise();
    Path texts = Files.createDirectories(dir.resolve("texts"));
    Files.copy(REVIZOR, texts.resolve(REVIZOR.getFileName()));
    for (String name : List.of("name-parts.xml", "cast-groups.xml")) {
      Files.copy(READER.resolve(name), texts.resolve(name));
    }
    out = dir.resolve("out");
    Cli.Run run = Cli.run("build", "--volumes=never", "-o", out.toString(), texts.toString());
    assertTrue(run.exitCode() <= 1, run.out() + run.err());
    assertFalse(run.err().contains("[publish]"), run.err());
  }

  private static List<List<String>> seen(String book) throws Exception {
    try (PDDocument pdf = Loader.loadPDF(out.resolve("pdf/" + book + ".pdf").toFile())) {
      return PdfPages.seenLines(pdf);
    }
  }

  private static String html(String id) throws Exception {
    return Jsoup.parse(out.resolve("html/" + id + ".html").toFile(), "UTF-8").select("main").text();
  }

  private static Document epubText(String id) throws Exception {
    try (ZipFile epub = new ZipFile(out.resolve("epub/" + id + ".epub").toFile())) {
      return Jsoup.parse(new String(epub.getInputStream(epub.getEntry("OEBPS/text-" + id + ".xhtml")).readAllBytes(),
          StandardCharsets.UTF_8));
    }
  }

  private static String epubTitlePage(String id) throws Exception {
    try (ZipFile epub = new ZipFile(out.resolve("epub/" + id + ".epub").toFile())) {
      return Jsoup.parse(new String(epub.getInputStream(epub.getEntry("OEBPS/title.xhtml")).readAllBytes(),
          StandardCharsets.UTF_8)).text();
    }
  }

  /**
   * The author of Revizor on the book's title page (said once: not again above the text, nor the title), in small capitals: three
   * words apart as the page shows them (FOP drew each space under the next word: "НиколайВасильевичГоголь"),
   * read as written (the book face's small capitals draw the letters, they are not capitals).
   */
  @Test
  void revizorsAuthorIsThreeWordsInPrint() throws Exception {
    List<List<String>> pages = seen(REVIZOR_ID);
    assertEquals("Николай Васильевич Гоголь", pages.get(0).get(0), "the title page: " + pages.get(0));
    // a single text's book names its author and title once, on its title page (issue 27 item 10)
    List<String> opening = pages.stream().filter(p -> p.contains("Действующие лица")).findFirst().orElseThrow();
    assertFalse(opening.contains("Николай Васильевич Гоголь"), "not again above the text: " + opening);
    assertFalse(opening.contains("Ревизор"), "nor its title, which the source's title page repeats: " + opening);
  }

  /** A name of parts side by side reads with its spaces in the site, the EPUB and the PDF, but d’Alembert is one word. */
  @Test
  void aNameOfPartsReadsWithSpacesInEveryFormat() throws Exception {
    List<String> names = List.of("J. J. Rousseau", "Victor Hugo", "M. Diderot", "M. d’Alembert", "Académie royale des sciences de Paris");
    String web = html("name-parts");
    String book = epubText("name-parts").text();
    // a word hyphenated at a line's end is joined again
    String print = String.join("\n", seen("name-parts").stream().flatMap(List::stream).toList()).replaceAll("(\\p{L})-\n(\\p{Ll})", "$1$2")
        .replace('\n', ' ');
    for (String name : names) {
      assertTrue(web.contains(name), "the site: " + name + " in " + web);
      assertTrue(book.contains(name), "the EPUB: " + name + " in " + book);
      assertTrue(print.contains(name), "the PDF: " + name + " in " + print);
    }
    assertFalse((web + book + print).contains("d’ Alembert"), "a name the source joins stays one word");
    // the header's author, in every format
    assertTrue(Jsoup.parse(out.resolve("html/name-parts.html").toFile(), "UTF-8").select(".authors").text().contains("Jean-Jacques Rousseau"));
    assertTrue(epubTitlePage("name-parts").contains("Jean-Jacques Rousseau"), epubTitlePage("name-parts"));
    assertEquals("Jean-Jacques Rousseau", seen("name-parts").get(0).get(0));
  }

  /** The cast list of Revizor in print: each role on its own line, a group's members each on theirs, its description once. */
  @Test
  void aCastListIsSetAsACastListInPrint() throws Exception {
    List<String> lines = seen(REVIZOR_ID).stream().filter(p -> p.contains("Действующие лица")).findFirst().orElseThrow();
    String page = String.join("\n", lines);
    for (List<String> group : List.of(
        List.of("Петр Иванович Добчинский", "Петр Иванович Бобчинский"),
        List.of("Федор Андреевич Люлюков", "Иван Лазаревич Растаковский", "Степан Иванович Коробкин"),
        List.of("Свистунов", "Пуговицын", "Держиморда"))) {
      for (String member : group) {
        assertEquals(1, lines.stream().filter(l -> l.contains(member)).count(), member + " on a line of its own:\n" + page);
        assertTrue(lines.stream().filter(l -> l.contains(member)).allMatch(l -> group.stream().filter(l::contains).count() == 1),
            member + " shares its line with no other member:\n" + page);
      }
    }
    for (String description : List.of("городские помещики.", "отставные чиновники", "полицейские.")) {
      assertEquals(1, page.split(java.util.regex.Pattern.quote(description), -1).length - 1, description + " once:\n" + page);
    }
    // an item's role and its description, as the source writes them
    assertTrue(lines.contains("Антон Антонович Сквозник-Дмухановский, городничий."), page);
    // role and description as elements side by side: the comma between them is the edition's
    List<String> tempest = seen("cast-groups").stream().filter(p -> p.contains("Persons Represented")).findFirst().orElseThrow();
    for (String item : List.of("ALONSO, King of Naples.", "ARIEL, an airy Spirit.", "Master of a Ship, Boatswain, and Mariners.")) {
      assertTrue(tempest.contains(item), item + " on its line:\n" + String.join("\n", tempest));
    }
    for (String member : List.of("ADRIAN", "FRANCISCO", "IRIS", "CERES", "JUNO", "NYMPHS", "REAPERS")) {
      assertTrue(tempest.stream().anyMatch(l -> l.equals(member) || l.startsWith(member + " ") && !l.substring(member.length()).matches(".*\\b[A-Z]{4,}\\b.*")),
          member + " on its line:\n" + String.join("\n", tempest));
    }
    assertEquals(1, tempest.stream().filter(l -> l.contains("Lords.")).count(), String.join("\n", tempest));
    assertEquals(1, tempest.stream().filter(l -> l.contains("Spirits.")).count(), String.join("\n", tempest));
    // the groups' columns and drawn braces keep the book archival and accessible
    for (String book : List.of(REVIZOR_ID, "cast-groups")) {
      org.edition.publish.pdf.PdfTest.assertCompliant(out.resolve("pdf/" + book + ".pdf"), org.verapdf.pdfa.flavours.PDFAFlavour.PDFA_2_B);
      org.edition.publish.pdf.PdfTest.assertCompliant(out.resolve("pdf/" + book + ".pdf"), org.verapdf.pdfa.flavours.PDFAFlavour.PDFUA_1);
    }
  }

  /**
   * On the site and in the EPUB a cast list has no bullets, each role and each member of a group
   * is on its own line, and a group's description is said once, beside its members, not as one
   * more member.
   */
  @Test
  void aCastListIsSetAsACastListOnTheWebAndInTheBook() throws Exception {
    Document web = Jsoup.parse(out.resolve("html/" + REVIZOR_ID + ".html").toFile(), "UTF-8");
    Document book = epubText(REVIZOR_ID);
    for (Document page : List.of(web, book)) {
      Element cast = page.selectFirst(".tei-castList");
      assertTrue(cast != null, "a cast list");
      for (String description : List.of("городские помещики.", "полицейские.")) {
        assertEquals(1, cast.getElementsContainingOwnText(description).size(), description + " once");
        assertTrue(cast.getElementsContainingOwnText(description).stream().noneMatch(e -> e.tagName().equals("li")
            || e.closest("li") != null && e.closest("li").text().equals(description)), description + " is no member: " + cast);
      }
    }
    Path unpacked = Files.createDirectories(dir.resolve("epub-unpacked"));
    try (ZipFile epub = new ZipFile(out.resolve("epub/" + REVIZOR_ID + ".epub").toFile())) {
      for (var entry : java.util.Collections.list(epub.entries())) {
        Path target = unpacked.resolve(entry.getName());
        if (!entry.isDirectory() && target.normalize().startsWith(unpacked)) {
          Files.createDirectories(target.getParent());
          Files.copy(epub.getInputStream(entry), target);
        }
      }
    }
    WebDriver driver = Chromium.start();
    try {
      for (Path page : List.of(out.resolve("html/" + REVIZOR_ID + ".html"), unpacked.resolve("OEBPS/text-" + REVIZOR_ID + ".xhtml"))) {
        driver.get(page.toUri().toString());
        JavascriptExecutor js = (JavascriptExecutor) driver;
        Object bullets = js.executeScript("return [...document.querySelectorAll('.tei-castList li, .tei-castList')]"
            + ".filter(e => getComputedStyle(e).display === 'list-item' && getComputedStyle(e).listStyleType !== 'none').length");
        assertEquals(0L, bullets, page + ": no bullets");
        // the tops of the members of the first group, and of its description
        @SuppressWarnings("unchecked")
        List<Object> tops = (List<Object>) js.executeScript("var t = e => Math.round(e.getBoundingClientRect().top);"
            + " var words = ['Петр Иванович Добчинский', 'Петр Иванович Бобчинский', 'городские помещики.'];"
            + " var all = [...document.querySelectorAll('.tei-castList *')];"
            + " return words.map(w => all.filter(e => e.children.length === 0 && e.textContent.trim() === w).map(t)[0]);");
        List<Long> y = new ArrayList<>();
        tops.forEach(o -> y.add(o == null ? null : ((Number) o).longValue()));
        assertTrue(!y.contains(null), page + ": every member and the description shown apart: " + y);
        assertTrue(y.get(1) > y.get(0), page + ": the members on lines of their own: " + y);
        assertTrue(y.get(2) <= y.get(1), page + ": the description beside the members, not below them: " + y);
      }
    } finally {
      driver.quit();
    }
    // role and description as elements side by side: the comma between them is the edition's
    String tempestWeb = html("cast-groups");
    String tempestBook = epubText("cast-groups").text();
    for (String text : List.of(tempestWeb, tempestBook)) {
      assertTrue(text.contains("ALONSO, King of Naples."), text);
      assertEquals(1, text.split("Lords\\.", -1).length - 1, text);
    }
  }
}
