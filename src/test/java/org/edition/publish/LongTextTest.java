package org.edition.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmValue;
import org.edition.BuiltSite;
import org.edition.publish.epub.EpubTest;
import org.edition.reader.LongTexts;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * A long text is published in parts (xslt/common/parts.xsl): Madame Bovary a web page and an
 * EPUB content document per chapter, none over {@link LongTexts#PAGE_LIMIT}; and every way into
 * a long text still lands on the element it names, on the page that holds it: the notes and
 * their way back, the registers' back-links, the search's passages, the links between its parts,
 * the contents, an address from before it was cut.
 */
class LongTextTest {
  private static final String BOVARY = "FRA01302";
  private static final String LONG = "long-text-in-chapters";
  private static final Pattern PAGE = Pattern.compile("([^/#?]+\\.html)(?:#(.*))?");

  @Test
  void madameBovaryIsAPagePerChapterEachLeadingToTheNext() throws IOException {
    Path site = BuiltSite.corpus().resolve("html");
    Set<String> pages = pagesOf(site, BOVARY);
    assertEquals(35, pages.size(), "a page per chapter (the dedication with the first): " + pages);
    for (String page : pages) {
      assertTrue(Files.size(site.resolve(page)) <= LongTexts.PAGE_LIMIT,
          page + " weighs " + Files.size(site.resolve(page)) / 1024 + " KB, over " + LongTexts.PAGE_LIMIT / 1024 + " KB");
    }
    // By "next" from the first page through every page, and back by "previous".
    List<String> order = new ArrayList<>();
    for (String at = BOVARY + ".html"; at != null; ) {
      assertTrue(order.size() < pages.size() && !order.contains(at), "next goes round: " + order);
      order.add(at);
      Element next = read(site.resolve(at)).selectFirst(".part-nav a[rel=next]");
      at = next == null ? null : next.attr("href");
    }
    assertEquals(pages, new TreeSet<>(order));
    for (int i = order.size() - 1; i > 0; i--) {
      Document page = read(site.resolve(order.get(i)));
      assertEquals(order.get(i - 1), page.selectFirst(".part-nav a[rel=prev]").attr("href"), order.get(i));
      assertNotNull(page.selectFirst("h1 a[href=" + BOVARY + ".html]"), order.get(i) + ": its title leads to the first page");
      assertNotNull(page.selectFirst(".part-nav a[href=" + BOVARY + ".html#contents-title]"), order.get(i) + ": the way to the contents");
    }
    // The first page has the contents of every part: three books, thirty-five chapters.
    Document first = read(site.resolve(BOVARY + ".html"));
    Element contents = first.selectFirst("nav.contents");
    assertNotNull(contents, "the first page has contents");
    assertEquals(List.of("PREMIÈRE PARTIE", "DEUXIÈME PARTIE", "TROISIÈME PARTIE"),
        contents.select("> ol > li > a").eachText());
    assertEquals(35, contents.select("ol ol > li").size());
    Set<String> reached = new TreeSet<>();
    for (Element a : contents.select("a")) {
      reached.add(a.attr("href").startsWith("#") ? BOVARY + ".html" : a.attr("href").replaceFirst("#.*", ""));
    }
    assertEquals(pages, reached, "the contents reach every page");
    Document middle = read(site.resolve(BOVARY + "-p17.html"));
    // no edition title invented for a folder without settings (issue 27): the part, then the text
    assertEquals("DEUXIÈME PARTIE, VIII — Madame Bovary : édition ELTeC", middle.title().replace('\u202F', ' '));
    assertEquals(List.of("DEUXIÈME PARTIE", "VIII"), middle.select(".tei-text h2, .tei-text h3").eachText(),
        "a chapter's page is headed by its book (muted) and its own heading");
  }

  @Test
  void madameBovarysBookIsAContentDocumentPerChapter() throws Exception {
    Path book = BuiltSite.corpus().resolve("epub").resolve(BOVARY + ".epub");
    List<String> spine = new ArrayList<>();
    try (ZipFile zip = new ZipFile(book.toFile())) {
      for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
        if (entry.getName().endsWith(".xhtml")) {
          assertTrue(entry.getSize() <= LongTexts.PAGE_LIMIT,
              entry.getName() + " weighs " + entry.getSize() / 1024 + " KB, over " + LongTexts.PAGE_LIMIT / 1024 + " KB");
        }
      }
      Document opf = Jsoup.parse(new String(zip.getInputStream(zip.getEntry("OEBPS/content.opf")).readAllBytes(),
          StandardCharsets.UTF_8), "", Parser.xmlParser());
      for (Element ref : opf.select("spine > itemref")) {
        spine.add(opf.selectFirst("manifest > item[id=" + ref.attr("idref") + "]").attr("href"));
      }
      assertEquals(35, spine.stream().filter(f -> f.startsWith("text-" + BOVARY)).count(), spine.toString());
      assertEquals("text-" + BOVARY + ".xhtml", spine.get(2));
      assertEquals("text-" + BOVARY + "-p35.xhtml", spine.get(36));
      Document nav = Jsoup.parse(new String(zip.getInputStream(zip.getEntry("OEBPS/nav.xhtml")).readAllBytes(),
          StandardCharsets.UTF_8), "", Parser.xmlParser());
      Set<String> navigated = new TreeSet<>();
      nav.select("nav#toc a").forEach(a -> navigated.add(a.attr("href").replaceFirst("#.*", "")));
      assertTrue(navigated.containsAll(spine.subList(2, 37)), "the navigation reaches every chapter: " + navigated);
    }
    EpubTest.assertEpubCheckFindsNothing(book);
  }

  /**
   * Every address into the generated long text (src/test/resources/reader) lands on an element of
   * the page it names: note calls and their way back, the registers' back-links, the contents, the
   * links from one chapter to another, the search's passages, and an old address of the first
   * page that the first page's table of anchors sends on.
   */
  @Test
  void everyAddressIntoALongTextLands() throws Exception {
    Path site = BuiltSite.readerCases().resolve("html");
    Set<String> pages = pagesOf(site, LONG);
    assertEquals(13, pages.size(), "a page per chapter, the preface with the first, the short seventh with the eighth: " + pages);
    Map<String, Document> read = new HashMap<>();
    List<String> faults = new ArrayList<>();
    int notes = 0;
    int intoLaterPages = 0;
    // Every link of every page of the site that leads into the text, and the text's links within
    // its page.
    try (Stream<Path> files = Files.list(site)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
        String from = file.getFileName().toString();
        Document page = read.computeIfAbsent(from, f -> read(site.resolve(f)));
        for (Element a : page.select("a[href]")) {
          String href = a.attr("href");
          String target = href.startsWith("#") ? from + href : href;
          Matcher m = PAGE.matcher(target);
          if (!m.matches() || !m.group(1).startsWith(LONG) || m.group(2) == null || m.group(2).isEmpty()) {
            continue;
          }
          if (!pages.contains(m.group(1))) {
            faults.add(from + ": " + href + " leads to no page");
            continue;
          }
          Document there = read.computeIfAbsent(m.group(1), f -> read(site.resolve(f)));
          if (there.getElementById(m.group(2)) == null) {
            faults.add(from + ": " + href + " (" + a.className() + ") names no element of " + m.group(1));
          }
          if (a.hasClass("noteref")) {
            notes++;
            Element note = there.getElementById(m.group(2));
            Element back = note == null ? null : note.selectFirst("a.backlink");
            if (back == null || page.getElementById(back.attr("href").substring(1)) != a) {
              faults.add(from + ": the note " + href + " does not lead back to its call");
            }
          }
          if (!m.group(1).equals(LONG + ".html") && !m.group(1).equals(from)) {
            intoLaterPages++;
          }
        }
      }
    }
    // The search's passages, as search.js makes their addresses.
    int passages = 0;
    int passagesLater = 0;
    Processor saxon = new Processor(false);
    try (Stream<Path> files = Files.walk(site.resolve("search/s"))) {
      for (Path file : files.filter(p -> p.toString().endsWith(".js")).toList()) {
        String js = Files.readString(file, StandardCharsets.UTF_8);
        String json = js.substring(js.indexOf(',') + 1, js.lastIndexOf(')'));
        XdmValue snippet = saxon.newXPathCompiler().evaluate("parse-json('" + json.replace("'", "''") + "')", null);
        String url = saxon.newXPathCompiler().evaluate("?u", (XdmItem) snippet).toString();
        if (!url.startsWith(LONG)) {
          continue;
        }
        for (XdmItem p : saxon.newXPathCompiler().evaluate("?p?*", (XdmItem) snippet)) {
          String anchor = saxon.newXPathCompiler().evaluate("?1", p).toString();
          String address = anchor.matches(".*\\.html(#.*)?") ? anchor : anchor.isEmpty() ? url : url + "#" + anchor;
          Matcher m = PAGE.matcher(address);
          passages++;
          if (!m.matches() || !pages.contains(m.group(1))) {
            faults.add("search: " + address + " leads to no page");
          } else if (m.group(2) != null && read.get(m.group(1)).getElementById(m.group(2)) == null) {
            faults.add("search: " + address + " names no element of its page");
          } else if (!m.group(1).equals(LONG + ".html")) {
            passagesLater++;
          }
        }
      }
    }
    assertEquals(List.of(), faults);
    assertEquals(21, notes, "every note call of the text");
    assertTrue(intoLaterPages >= 20, "links into the text's later pages: " + intoLaterPages);
    assertTrue(passages > 100 && passagesLater > 90, passages + " passages, " + passagesLater + " on later pages");
    // The registers' back-links lead to the mentions on their chapters' pages.
    Document persons = read.get("persons.html");
    assertTrue(persons.select("a.backlink[href^=" + LONG + "-p]").size() >= 10, persons.select("a.backlink").eachAttr("href").toString());

    // An address of the first page from before the text was cut (a paragraph, a mention, a
    // section, an anchor of its own) is sent on by the first page's table of anchors (edition.js).
    Element article = read.get(LONG + ".html").selectFirst("article[data-part-anchors]");
    assertNotNull(article, "the first page carries the table of the anchors of the others");
    XdmItem table = (XdmItem) saxon.newXPathCompiler().evaluate(
        "parse-json('" + article.attr("data-part-anchors").replace("'", "''") + "')", null);
    int sent = 0;
    for (String page : pages) {
      for (Element anchored : read.get(page).select(".tei-text [id], .endnotes [id]")) {
        String id = anchored.id();
        if (!id.matches("(ref-)?(p|m|note|section)-\\d+|ch\\d+|envoi")) {
          continue;
        }
        String to = sentTo(saxon, table, id);
        sent++;
        if (!to.equals(page)) {
          faults.add(LONG + ".html#" + id + " is sent to " + to + ", not " + page);
        }
      }
    }
    assertEquals(List.of(), faults);
    assertTrue(sent > 250, sent + " anchors");
  }

  /** The EPUB of the long text: a content document per part, all its links landing (EPUBCheck). */
  @Test
  void theLongTextsBookIsCleanAndInParts() throws Exception {
    Path book = BuiltSite.readerCases().resolve("epub").resolve(LONG + ".epub");
    try (ZipFile zip = new ZipFile(book.toFile())) {
      assertEquals(13, java.util.Collections.list(zip.entries()).stream()
          .filter(e -> e.getName().matches("OEBPS/text-" + LONG + "(-p\\d+)?\\.xhtml")).count());
      String registers = new String(zip.getInputStream(zip.getEntry("OEBPS/registers.xhtml")).readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(registers.contains("href=\"text-" + LONG + "-p13.xhtml#m-"), "the registers lead to the later files");
    }
    EpubTest.assertEpubCheckFindsNothing(book);
  }

  /** Where edition.js sends an address of the first page whose anchor it does not hold. */
  private static String sentTo(Processor saxon, XdmItem table, String id) throws Exception {
    var xpath = saxon.newXPathCompiler();
    xpath.declareNamespace("map", "http://www.w3.org/2005/xpath-functions/map");
    xpath.declareNamespace("array", "http://www.w3.org/2005/xpath-functions/array");
    xpath.declareVariable(new net.sf.saxon.s9api.QName("t"));
    xpath.declareVariable(new net.sf.saxon.s9api.QName("id"));
    var eval = xpath.compile("""
        let $key := replace($id, '^ref-', ''),
            $n := replace($key, '^(p|m|note|section)-(\\d+)$', '$2'),
            $kind := replace($key, '^(p|m|note|section)-\\d+$', '$1'),
            $part := if (map:contains($t?ids, $id)) then $t?ids($id)
                     else if ($n != $key) then max((0, for $k in 1 to array:size($t?first($kind))
                         return if (exists($t?first($kind)($k)) and $t?first($kind)($k) le xs:integer($n)) then $k - 1 else ()))
                     else 0
        return $t?pages(1 + xs:integer($part))""").load();
    eval.setVariable(new net.sf.saxon.s9api.QName("t"), table);
    eval.setVariable(new net.sf.saxon.s9api.QName("id"), new net.sf.saxon.s9api.XdmAtomicValue(id));
    return eval.evaluateSingle().getStringValue();
  }

  /** The pages of a text on a site: ID.html and ID-p2.html... */
  private static Set<String> pagesOf(Path site, String id) throws IOException {
    try (Stream<Path> files = Files.list(site)) {
      return new TreeSet<>(files.map(p -> p.getFileName().toString())
          .filter(n -> n.equals(id + ".html") || n.matches(Pattern.quote(id) + "-p\\d+\\.html")).toList());
    }
  }

  private static Document read(Path page) {
    try {
      return Jsoup.parse(Files.readString(page, StandardCharsets.UTF_8), page.toUri().toString());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
