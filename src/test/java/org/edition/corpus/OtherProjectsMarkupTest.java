package org.edition.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.edition.BuiltSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Other projects' markup read as they meant it, on the website and in print (../shared/corpus):
 * a space the source leaves, a pointer with no words of its own, a play's speeches, a collection
 * of poems.
 */
class OtherProjectsMarkupTest {
  private static Document page(String id) throws Exception {
    return Jsoup.parse(BuiltSite.corpus().resolve("html").resolve(id + ".html").toFile(), "UTF-8");
  }

  private static String pdfText(String id) throws Exception {
    try (var doc = Loader.loadPDF(BuiltSite.corpus().resolve("pdf").resolve(id + ".pdf").toFile())) {
      return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
    }
  }

  /**
   * Schnitzler's letter: "mich<space/>sehr", and "vom <ref type="schnitzler-tagebuch"
   * target="1901-12-28" subtype="date-only"/> bis zum ...": an empty reference to a day of the
   * diary reads as the date in words, never as the bare key (issue 27, item 5).
   */
  @Test
  void aSpaceIsASpaceAndAnEmptyPointerToADayReadsAsItsDate() throws Exception {
    String text = page("L03090").select("article.text").text().replace('\u00A0', ' ');
    assertTrue(text.contains("Ich habe mich sehr gefreut"), text);
    assertTrue(text.contains("vom 28. Dezember 1901 bis zum 6. Januar 1902 in Berlin"), text);
    assertFalse(text.contains("1901-12-28") || text.replace("Briefe L03085", "").contains("L03085"), "a bare key shown: " + text);
    assertTrue(page("L03090").select("a[href=1901-12-28], a[href=L03085]").isEmpty(),
        "a bare key of another project is no link to a page that does not exist");
    String print = pdfText("L03090");
    assertTrue(print.contains("mich sehr gefreut"), print);
    assertTrue(print.replace('\u00A0', ' ').replaceAll("\\s+", " ").contains("vom 28. Dezember 1901 bis zum 6. Januar 1902"), print);
  }

  /** Sophocles: a play is cited by its lines, its speeches take no paragraph number. */
  @Test
  void speechesTakeNoParagraphNumber() throws Exception {
    Document play = page("greek000025");
    assertFalse(play.select(".tei-sp").isEmpty(), "the play has speeches");
    assertTrue(play.select(".tei-sp .pnum, .tei-sp p.numbered").isEmpty(), "a numbered paragraph in a speech");
    assertFalse(play.select(".tei-l .lnum[data-n=5]").isEmpty(), "its lines are numbered");
  }

  /** The sonnets: each poem's title is a heading, each poem's lines counted from 1. */
  @Test
  void aPoemHasATitleAndItsOwnLineNumbers() throws Exception {
    Document sonnets = page("disco313g");
    var titles = sonnets.select("h2.poem-title, h3.poem-title, h4.poem-title");
    assertTrue(titles.size() >= 70, "poem titles as headings: " + titles.size());
    assertEquals("A las ruinas de Itálica", titles.get(1).text());
    var poems = sonnets.select("div.tei-lg.lg-sonnet");
    for (int i = 0; i < 3; i++) {
      assertEquals(java.util.List.of("5", "10"), poems.get(i).select(".lnum").eachAttr("data-n"),
          "sonnet " + (i + 1) + " numbers its own fourteen lines");
    }
    assertTrue(pdfText("disco313g").contains("A las ruinas de Itálica"));
  }

  /** Schnitzler's letter keeps its persons and places in its back: they are register entries. */
  @Test
  void aRegisterKeptInTheBackIsARegister() throws Exception {
    String letter = page("L03090").select("article.text").text();
    assertFalse(letter.contains("51,53443"), "the back's register printed after the letter");
    assertTrue(letter.contains("Dein"), letter);
    assertEquals("Paul Goldmann an Arthur Schnitzler, 9. 11. [1901]", page("L03090").selectFirst("article.text h1").text(),
        "the letter's own title, not its series'");
    var entry = Jsoup.parse(BuiltSite.corpus().resolve("html/persons.html").toFile(), "UTF-8").getElementById("pmb113623");
    assertEquals("Grisebach, Eduard", entry.selectFirst("h2").text());
    // a birth dated as the interface's language writes a date, not ISO (issue 27)
    assertTrue(entry.text().contains("9 October 1845, Göttingen") && !entry.text().contains("51,53443"), entry.text());
    assertFalse(entry.select(".mentions a").isEmpty(), "linked back to the letter");
    assertFalse(pdfText("L03090").contains("51,53443"), "nor in print");
  }

  /** The forum thread's own navigation ("Page 1 sur 1") is no paragraph of the thread: no number. */
  @Test
  void theSourcesNavigationTakesNoParagraphNumber() throws Exception {
    Document forum = Jsoup.parse(BuiltSite.flagship().resolve("html/forum-fil.html").toFile(), "UTF-8");
    var pages = forum.select("p.tei-p").stream().filter(p -> p.text().equals("Page 1 sur 1")).toList();
    assertEquals(2, pages.size());
    pages.forEach(p -> assertFalse(p.hasClass("numbered"), p.outerHtml()));
    assertFalse(forum.select("p.tei-p.numbered").isEmpty(), "the posts' paragraphs are numbered");
  }

  /** DraCor describes Sophocles' edition by elements alone: the edition punctuates it, on the page and in the citation. */
  @Test
  void aBibliographyOfElementsAloneIsPunctuated() throws Exception {
    Document play = page("greek000025");
    String original = play.selectFirst("p.original-publication").text();
    assertTrue(original.contains("Sophocles. Sophocles. With an English translation by F. Storr. In two volumes. I. Antigone."
        + " F. Storr (ed.). London; New York: William Heinemann; The Macmillan Co., 1912"), original);
    String citation = play.selectFirst(".cite-box .citation").text();
    assertTrue(citation.contains("London; New York: William Heinemann; The Macmillan Co., 1912."), citation);
  }
}
