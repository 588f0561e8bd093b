package org.edition.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.edition.BuiltSite;
import org.edition.Cli;
import org.edition.PdfPages;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

/**
 * The press's details (issue 27 item 10), read back from what a reader gets: no line starts
 * with a dash in any format; a single text's book says its title once, then its imprint, and a
 * volume opens on its title, its imprint, then its contents; the corrections read as an
 * apparatus ("2 bureaucratie] bureaucrate copie"), each reading whole on its line.
 */
class PressDetailsTest {
  /** An ordinary (breakable) space before a spaced dash: a line may start with the dash. */
  private static final Pattern BREAKABLE_DASH = Pattern.compile("[^\\s\\u00A0\\u202F(\\[][ \\t\\r\\n]+[-\\u2013\\u2014](?=\\s|$|[,.;:!?)\\]»”])");

  private static final String TITLE = "Travail et crise du conflit politique dans les sociétés occidentales";
  private static final String SUBTITLE = "Ne plus perdre sa vie à la gagner";

  /** Each text node of an element on its own (a list's label "-" is no dash in a sentence). */
  private static List<String> breakableDashes(Element root) {
    List<String> found = new ArrayList<>();
    for (Element e : root.select("*")) { // the element itself and every one inside it
      for (TextNode node : e.textNodes()) {
        check(node.getWholeText(), found);
      }
    }
    return found;
  }

  private static void check(String text, List<String> found) {
    Matcher m = BREAKABLE_DASH.matcher(text);
    while (m.find()) {
      found.add(text.substring(Math.max(0, m.start() - 20), Math.min(text.length(), m.end() + 10)).replace('\n', ' '));
    }
  }

  private static String squeeze(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("[\\s\\u00A0\\u202F\\u00AD]+", "");
  }

  private static String page(PDDocument doc, int page) throws Exception {
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setStartPage(page);
    stripper.setEndPage(page);
    return stripper.getText(doc);
  }

  /** The first page, from {@code from}, whose text (spaces aside) holds {@code words}. */
  private static int pageWith(PDDocument doc, int from, String words) throws Exception {
    for (int p = from; p <= doc.getNumberOfPages(); p++) {
      if (squeeze(page(doc, p)).contains(squeeze(words))) {
        return p;
      }
    }
    return -1;
  }

  @Test
  void noLineOfTheEssayStartsWithADashInAnyFormat() throws Exception {
    Path site = BuiltSite.flagship();
    Element web = Jsoup.parse(site.resolve("html/leylavergne-travail.html").toFile(), "UTF-8").selectFirst("article.text");
    Element book;
    try (ZipFile zip = new ZipFile(site.resolve("epub/leylavergne-travail.epub").toFile())) {
      book = Jsoup.parse(new String(zip.getInputStream(zip.getEntry("OEBPS/text-leylavergne-travail.xhtml")).readAllBytes(),
          StandardCharsets.UTF_8)).selectFirst("section.text");
    }
    for (var format : List.of(List.of("web", web), List.of("EPUB", book))) {
      Element text = (Element) format.get(1);
      // the essay sets its dashes as hyphens between spaces: "dominantes - essentiellement"
      assertTrue(text.wholeText().replace("\u00AD", "").contains("dominantes\u00A0- essentiellement"), format.get(0) + ": no no-break space before the dash");
      assertTrue(breakableDashes(text).isEmpty(), format.get(0) + ": " + breakableDashes(text));
    }
    try (PDDocument doc = Loader.loadPDF(site.resolve("pdf/leylavergne-travail.pdf").toFile())) {
      int corrections = pageWith(doc, 3, "Chaque ligne donne la page");
      List<List<String>> bodies = PdfPages.bodies(doc, true);
      // a list's items open on their markers ("-" as the source labels them, "–" unlabelled): no
      // dash in a sentence
      List<String> items = new ArrayList<>();
      Matcher item = Pattern.compile("<item>\\s*([^<]{1,25})").matcher(Files.readString(Cli.root().resolve("tei/leylavergne-travail.xml")));
      while (item.find()) {
        items.add(squeeze(item.group(1)));
      }
      List<String> starts = new ArrayList<>();
      for (int p = 3; p < corrections; p++) {
        for (String line : bodies.get(p - 1)) {
          String rest = squeeze(line.strip().substring(Math.min(1, line.strip().length())));
          if (line.strip().matches("[-\u2013\u2014]\\s.*") && items.stream().noneMatch(rest::startsWith)) {
            starts.add("page " + p + ": " + line);
          }
        }
      }
      assertTrue(starts.isEmpty(), "lines that start with a dash: " + starts);
      // the words are untouched: the dash is there, after its no-break space
      assertTrue(squeeze(new PDFTextStripper().getText(doc)).contains("dominantes-essentiellement"));
    }
  }

  @Test
  void aSingleTextsBookSaysItsTitleOnceThenItsImprint() throws Exception {
    try (PDDocument doc = Loader.loadPDF(BuiltSite.flagship().resolve("pdf/leylavergne-travail.pdf").toFile())) {
      assertTrue(squeeze(page(doc, 1)).contains(squeeze(TITLE)), "the title page: " + page(doc, 1));
      assertTrue(page(doc, 2).contains("Date de l’édition"), "the imprint on its back: " + page(doc, 2));
      // the text opens on what its source's title page adds to the book's (its imprint): not
      // the title and subtitle again, nor a header of the edition's (title, subtitle, author)
      String opening = squeeze(page(doc, 3));
      assertTrue(opening.startsWith(squeeze("Article paru dans la revue")), "the text's first page: " + page(doc, 3));
      int subtitles = 0;
      for (int p = 1; p <= 3; p++) {
        subtitles += squeeze(page(doc, p)).split(Pattern.quote(squeeze(SUBTITLE)), -1).length - 1;
      }
      assertEquals(1, subtitles, "the title page gives the subtitle, nothing else does");
      assertEquals(List.of("H1"), headings(doc).subList(0, 1), "the title page's title is the book's first heading");
      assertHeadingsNested(headings(doc));
    }
  }

  @Test
  void theVolumeOpensOnItsTitleThenItsImprintThenItsContents() throws Exception {
    try (PDDocument doc = Loader.loadPDF(BuiltSite.flagship().resolve("pdf/edition.pdf").toFile())) {
      int title = pageWith(doc, 1, TITLE);
      int imprint = pageWith(doc, 1, "Date de l’édition");
      int contents = pageWith(doc, 1, "Sommaire");
      int text = pageWith(doc, contents + 1, SUBTITLE);
      assertEquals(1, title);
      assertTrue(title < imprint && imprint < contents && contents < text, List.of(title, imprint, contents, text).toString());
      // in a volume, each text keeps its own header: two texts of one title, told apart
      String contentsPage = squeeze(page(doc, contents));
      assertTrue(contentsPage.contains(squeeze(TITLE + " — " + SUBTITLE)) && contentsPage.contains(squeeze(TITLE + " — Le fil de discussion du forum")), page(doc, contents));
      assertHeadingsNested(headings(doc));
    }
  }

  @Test
  void theCorrectionsReadAsAnApparatus() throws Exception {
    try (PDDocument doc = Loader.loadPDF(BuiltSite.flagship().resolve("pdf/leylavergne-travail.pdf").toFile())) {
      int corrections = pageWith(doc, 3, "Chaque ligne donne la page");
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      stripper.setStartPage(corrections);
      stripper.setEndPage(corrections);
      List<String> lines = stripper.getText(doc).lines().map(l -> l.replaceAll("[\\s\\u00A0\\u202F]+", " ").strip()).toList();
      // "1, § 2 bureaucratie] bureaucrate copie": page, paragraph, lemma], the source's reading, siglum
      assertTrue(lines.stream().anyMatch(l -> l.matches("\\d+, § ?2 bureaucratie\\] bureaucrate copie")), String.join("\n", lines));
      // a reading with a hyphen of its own is never broken at it: each whole on its line
      assertTrue(lines.stream().anyMatch(l -> l.contains("bureaucratisation-cybernétisation]"))
          && lines.stream().anyMatch(l -> l.contains("burcaucratisation-cybcrnétisation copie")), String.join("\n", lines));
      assertTrue(lines.stream().noneMatch(l -> l.matches(".*\\p{L}-$")), "a reading broken at the end of a line: " + lines);
    }
  }

  /** The PDF's headings (H1, H2...), in the order of its structure tree. */
  private static List<String> headings(PDDocument doc) {
    List<String> found = new ArrayList<>();
    collect(doc.getDocumentCatalog().getStructureTreeRoot(), found);
    return found;
  }

  private static void collect(PDStructureNode node, List<String> found) {
    for (Object kid : node.getKids()) {
      if (kid instanceof PDStructureElement element) {
        String type = element.getStandardStructureType();
        if (type != null && type.matches("H[1-6]")) {
          found.add(type);
        }
        collect(element, found);
      }
    }
  }

  /** No heading deeper than one level under the one before it (PDF/UA's nesting). */
  private static void assertHeadingsNested(List<String> headings) {
    assertTrue(!headings.isEmpty() && headings.get(0).equals("H1"), headings.toString());
    for (int i = 1; i < headings.size(); i++) {
      int level = headings.get(i).charAt(1) - '0';
      int before = headings.get(i - 1).charAt(1) - '0';
      assertTrue(level <= before + 1, "H" + before + " then H" + level + " in " + headings);
    }
  }
}
