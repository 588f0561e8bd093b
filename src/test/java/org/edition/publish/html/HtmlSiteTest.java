package org.edition.publish.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmNode;
import org.edition.BuiltSite;
import org.edition.Cli;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The website of the flagship edition, read back as HTML. */
class HtmlSiteTest {
  private static Path site;

  @BeforeAll
  static void build() throws Exception {
    site = BuiltSite.html();
  }

  private static Document page(String name) throws Exception {
    Path file = site.resolve(name);
    assertTrue(Files.isRegularFile(file), name + " was not written");
    return Jsoup.parse(file.toFile(), "UTF-8");
  }

  static Stream<String> pages() throws Exception {
    try (Stream<Path> files = Files.list(BuiltSite.html())) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".html")).sorted().toList().stream();
    }
  }

  @Test
  void writesTheExpectedPages() throws Exception {
    for (String name : List.of("index.html", "leylavergne-travail.html", "forum-fil.html", "persons.html",
        "organisations.html", "places.html", "works.html", "about.html")) {
      assertTrue(Files.isRegularFile(site.resolve(name)), name);
    }
    assertTrue(Files.isRegularFile(site.resolve("tei/leylavergne-travail.xml")));
    assertTrue(Files.isRegularFile(site.resolve("assets/search.js")));
    assertTrue(Files.isRegularFile(site.resolve("search/index.js")));
  }

  @Test
  void everyEntityMentionOfTheFlagshipLinksToARegisterEntryThatLinksBack() throws Exception {
    for (String text : List.of("leylavergne-travail.html", "forum-fil.html")) {
      Document page = page(text);
      List<Element> mentions = page.select("a.entity[id]");
      assertFalse(mentions.isEmpty());
      for (Element mention : mentions) {
        String[] href = mention.attr("href").split("#");
        Document register = page(href[0]);
        Element entry = register.getElementById(href[1]);
        assertNotNull(entry, mention.attr("href") + " does not exist");
        String back = text + "#" + mention.id();
        assertFalse(entry.select("a.backlink[href=" + back + "]").isEmpty(),
            href[1] + " has no back-link to " + back);
        assertFalse(mention.attr("data-tip").isBlank(), "no gloss on " + mention.text());
      }
    }
  }

  @Test
  void everyNameMarkedInTheTeiIsALinkOnThePage() throws Exception {
    Processor processor = new Processor(false);
    XdmNode tei = processor.newDocumentBuilder().build(Cli.root().resolve("tei/leylavergne-travail.xml").toFile());
    XPathCompiler xpath = processor.newXPathCompiler();
    xpath.declareNamespace("", "http://www.tei-c.org/ns/1.0");
    int marked = Integer.parseInt(xpath.evaluateSingle(
        "count(/TEI/text//(persName | orgName | placeName | title | rs | name)[@ref])", tei).getStringValue());
    Document page = page("leylavergne-travail.html");
    assertEquals(marked, page.select(".tei-text .entity, .endnotes .entity").size());
  }

  @Test
  void everyRegisterBackLinkReachesAMentionThatPointsToTheEntry() throws Exception {
    for (String register : List.of("persons.html", "organisations.html", "places.html", "works.html")) {
      for (Element entry : page(register).select("article.entry")) {
        for (Element back : entry.select("a.backlink")) {
          String[] href = back.attr("href").split("#");
          Element mention = page(href[0]).getElementById(href[1]);
          assertNotNull(mention, register + "#" + entry.id() + " → " + back.attr("href"));
          Element link = mention.is("a") ? mention : mention.closest("a.entity");
          assertTrue(mention.attr("href").equals(register + "#" + entry.id()) || mention.hasClass("nested"),
              back.attr("href") + " points to " + mention.attr("href"));
          assertNotNull(link);
        }
      }
    }
  }

  @Test
  void everyRegisterEntryOfTheFlagshipIsUsed() throws Exception {
    for (String register : List.of("persons.html", "organisations.html", "places.html", "works.html")) {
      for (Element entry : page(register).select("article.entry")) {
        assertFalse(entry.select("a.backlink").isEmpty(), register + "#" + entry.id() + " has no mention");
      }
    }
  }

  @Test
  void registersAreSortedAsAFrenchReaderExpects() throws Exception {
    List<String> names = page("persons.html").select("article.entry h2").eachText();
    List<String> sorted = new ArrayList<>(names);
    sorted.sort((a, b) -> fold(a).compareTo(fold(b)));
    assertEquals(sorted, names);
    assertTrue(names.indexOf("Mothé, Daniel") < names.indexOf("nico37"), names.toString());
  }

  private static String fold(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase();
  }

  @Test
  void notesAreCalledInTheTextAndListedAtTheEndWithLinksBothWays() throws Exception {
    Document page = page("leylavergne-travail.html");
    List<Element> calls = page.select("a.noteref[role=doc-noteref]");
    assertEquals(List.of("1", "2", "3", "4"), calls.stream().map(Element::text).toList());
    Element endnotes = page.selectFirst("section[role=doc-endnotes]");
    assertNotNull(endnotes);
    for (Element call : calls) {
      Element note = page.getElementById(call.attr("href").substring(1));
      assertNotNull(note);
      assertTrue(endnotes.children().select("li").contains(note));
      Element back = note.selectFirst("a[role=doc-backlink]");
      assertEquals("#" + call.id(), back.attr("href"));
    }
    Element first = page.getElementById(calls.get(0).attr("href").substring(1)).selectFirst(".note-body");
    first.select(".source").remove();
    assertEquals("On voit par là comment cette théorie est devenue une idéologie en accord parfait avec le"
        + " système dominant.", first.text());
  }

  @Test
  void correctionsKeepTheSourceReading() throws Exception {
    Document page = page("leylavergne-travail.html");
    List<Element> choices = page.select(".tei-choice");
    assertEquals(14, choices.size());
    Element first = page.select(".tei-choice:has(.source:containsOwn(celte))").first();
    assertNotNull(first);
    assertEquals("cette", first.selectFirst(".edited").text());
    assertTrue(first.selectFirst(".edited").attr("data-tip").endsWith("celte"));
    assertNotNull(page.selectFirst("button.source-switch"));
  }

  @Test
  void paragraphsAreNumberedWithPermanentAnchors() throws Exception {
    Document page = page("leylavergne-travail.html");
    List<Element> paragraphs = page.select(".tei-p.numbered");
    Processor processor = new Processor(false);
    XdmNode tei = processor.newDocumentBuilder().build(Cli.root().resolve("tei/leylavergne-travail.xml").toFile());
    XPathCompiler xpath = processor.newXPathCompiler();
    xpath.declareNamespace("", "http://www.tei-c.org/ns/1.0");
    assertEquals(xpath.evaluateSingle("count(/TEI/text//p[not(ancestor::note)])", tei).getStringValue(),
        String.valueOf(paragraphs.size()));
    for (int i = 0; i < paragraphs.size(); i++) {
      Element p = paragraphs.get(i);
      assertEquals("p-" + (i + 1), p.id());
      assertEquals("#p-" + (i + 1), p.selectFirst("a.pnum").attr("href"));
    }
  }

  @Test
  void citationMetadataForZoteroAndSearchEngines() throws Exception {
    Document page = page("leylavergne-travail.html");
    assertEquals("Travail et crise du conflit politique dans les sociétés occidentales",
        page.selectFirst("meta[name=citation_title]").attr("content"));
    assertEquals("Leylavergne, Jean-Luc", page.selectFirst("meta[name=citation_author]").attr("content"));
    assertEquals("Noir & Rouge", page.selectFirst("meta[name=citation_journal_title]").attr("content"));
    assertEquals("1993", page.selectFirst("meta[name=DC.date]").attr("content"));
    assertTrue(page.selectFirst("details.cite-box pre.bibtex").text().contains("author = {Leylavergne, Jean-Luc}"));
    assertEquals("tei/leylavergne-travail.xml", page.selectFirst("nav.downloads a.tei").attr("href"));
  }

  /** The page heads the essay with its title once: the source's title page adds only its imprint. */
  @Test
  void theEssaysTitleIsGivenOnce() throws Exception {
    String text = page("leylavergne-travail.html").select("article.text").text();
    assertEquals(1, text.split("Ne plus perdre sa vie à la gagner", -1).length - 1, text);
    assertTrue(text.contains("Article paru dans la revue"), "the title page's imprint is kept");
  }

  /** Each corrected word is described, for assistive technology, by the source's reading. */
  @Test
  void aCorrectionIsDescribedByTheSourcesReading() throws Exception {
    Document page = page("leylavergne-travail.html");
    var corrected = page.select(".tei-choice .edited");
    assertEquals(14, corrected.size());
    for (Element edited : corrected) {
      Element source = page.getElementById(edited.attr("aria-describedby"));
      assertTrue(source != null && source.parent().hasAttr("hidden"), edited.outerHtml());
      assertTrue(source.text().startsWith("Leçon de la source\u202F:"), source.text());
    }
    assertEquals("Leçon de la source\u202F: celte", page.getElementById(corrected.get(1).attr("aria-describedby")).text());
  }

  /**
   * The citation gives the edition's own date (its latest recorded change), cites the original
   * publication as such, and names no address when the edition has no base-url.
   */
  @Test
  void theCitationDatesTheEditionAndCitesTheOriginal() throws Exception {
    Element box = page("leylavergne-travail.html").selectFirst("details.cite-box");
    String citation = box.selectFirst(".citation").text();
    // the edition's date as French prose writes it, not ISO (issue 27)
    assertTrue(citation.contains("édition numérique, 25 novembre 2026."), citation);
    assertFalse(citation.contains("édition numérique, édition numérique"), "said twice: " + citation);
    assertFalse(citation.contains("(1993)"), citation);
    assertTrue(citation.contains("Publication originale\u202F: Jean-Luc Leylavergne, «\u202FTravail et crise"), citation);
    assertTrue(citation.endsWith("Noir & Rouge, 28, 1993."), citation);
    assertTrue(box.selectFirst(".cite-address").hasAttr("hidden"), "no address without base-url");
    assertFalse(box.outerHtml().contains("file:"), box.outerHtml());
    String bibtex = box.selectFirst("pre.bibtex").text();
    assertTrue(bibtex.contains("year = {2026}") && bibtex.contains("origdate = {1993}"), bibtex);
  }

  @ParameterizedTest
  @MethodSource("pages")
  void noInlineScriptAndNothingLoadedFromElsewhere(String name) throws Exception {
    Document page = page(name);
    String csp = page.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");
    assertTrue(csp.contains("script-src 'self'"), csp);
    assertFalse(csp.contains("unsafe-inline"), csp);
    // a data block (the page's schema.org JSON-LD) is not a script: browsers never run it
    for (Element script : page.select("script:not([type=\"application/ld+json\"])")) {
      assertFalse(script.attr("src").isBlank(), "inline script in " + name);
      assertTrue(script.data().isBlank(), "inline script in " + name);
    }
    for (Element e : page.select("[src], link[href]")) {
      String url = e.hasAttr("src") ? e.attr("src") : e.attr("href");
      assertFalse(url.matches("(?i)^(https?:)?//.*"), name + " loads " + url);
    }
    for (Element e : page.getAllElements()) {
      e.attributes().forEach(a -> assertFalse(a.getKey().toLowerCase().startsWith("on"), name + ": " + a));
    }
  }

  @Test
  void theSearchIndexCoversParagraphsNotesAndRegisters() throws Exception {
    String snippets = SearchFiles.all(site.resolve("search/s"));
    assertTrue(snippets.contains("[\"note-2\",\"Note 2\",") || snippets.contains("[\"note-2\","), "note 2 is indexed with its anchor");
    assertTrue(snippets.contains("C. Castoriadis"));
    assertFalse(snippets.contains("celte"), "the results show the corrected text");
    String words = SearchFiles.all(site.resolve("search/b"));
    assertTrue(words.contains("\"celte\""), "the source's spelling is found too");
    assertTrue(snippets.contains("\"u\":\"persons.html\"") && snippets.contains("[\"pers-castoriadis\","), "register entries");
  }

  @Test
  void englishLabelsOnRequest() throws Exception {
    Path out = Files.createTempDirectory("edition-en-");
    Cli.Run run = Cli.run("build", "--lang", "en", "-o", out.toString());
    assertEquals(0, run.exitCode(), run.err());
    Document page = Jsoup.parse(out.resolve("html/leylavergne-travail.html").toFile(), "UTF-8");
    assertEquals("en", page.selectFirst("html").attr("lang"));
    assertEquals("fr", page.selectFirst("article.text").attr("lang"));
    assertEquals("Persons", page.selectFirst("nav.site-nav a[href=persons.html]").text());
    assertEquals("Notes", page.selectFirst("#endnotes-title").text());
  }
}
