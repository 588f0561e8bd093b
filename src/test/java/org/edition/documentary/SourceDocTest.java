package org.edition.documentary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import javax.xml.transform.sax.SAXSource;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmNode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.edition.Cli;
import org.edition.load.SecureXmlReader;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A documentary transcription (the Shelley-Godwin Archive's fair copy of "Misery", a sourceDoc
 * that includes five page files whose root is a surface) is published: its pages are not
 * reported as broken documents, each surface is a page of the transcription in order, and every
 * word of the pages reaches the website, the EPUB and the PDF.
 */
class SourceDocTest {
  private static final Path SGA = Cli.shared().resolve("corpus/documentary-critical/docs/shelley-godwin-archive");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+");
  @TempDir static Path dir;
  private static Path out;
  private static Cli.Run run;

  @BeforeAll
  static void build() {
    out = dir.resolve("out");
    run = Cli.run("build", "-o", out.toString(), SGA.toString());
  }

  @Test
  void theIncludedPagesAreFragmentsNotBrokenDocuments() {
    String said = run.out() + run.err();
    assertFalse(said.contains("not a TEI document"), said);
    assertFalse(said.contains("[publish]"), said);
    assertFalse(said.contains("ox-ms_shelley_e2-00"), "no problem is reported in a page file: " + said);
    assertTrue(said.contains("html: ") && said.contains("pdf: 1 book") && said.contains("epub: 1 book"), said);
  }

  @Test
  void eachSurfaceIsAPageOfTheTranscriptionInOrder() throws Exception {
    Document page = Jsoup.parse(out.resolve("html/ox-misery_e2_fair.html").toFile(), "UTF-8");
    List<String> labels = page.select("section.surface > h3.surface-label").eachText();
    assertEquals(List.of("folio 35r", "folio 34r", "folio 33r", "folio 32r", "folio 31r"), labels);
    String lines = String.join("\n", page.select("section.surface .line").eachText());
    // a deletion and the addition over it make one word, as on the page
    assertTrue(lines.contains("WLady, whose imperial brow"), lines);
    assertEquals(1, page.select("div.line:contains(Hasten to the bridal bed).indent-1").size());
    assertFalse(page.select("section.surface del.tei-del").isEmpty());
  }

  /**
   * Each page shows its image beside its transcription, asked of the Bodleian's IIIF Image API at
   * the size shown; the page's Content-Security-Policy allows images from that host and no other,
   * and the build names the host. Nothing is fetched at build time (the tests have no network).
   */
  @Test
  void eachPageShowsItsFacsimileFromTheHostTheTextNames() throws Exception {
    Document page = Jsoup.parse(out.resolve("html/ox-misery_e2_fair.html").toFile(), "UTF-8");
    var images = page.select("section.surface.with-facsimile figure.facsimile img");
    assertEquals(5, images.size());
    assertEquals("https://iiif.bodleian.ox.ac.uk/iiif/image/8734bd12-637f-4226-9d2a-258167a264ba/full/!1000,1000/0/default.jpg",
        page.select("section#ox-ms_shelley_e2-0065 figure.facsimile img").attr("src"));
    assertEquals("Facsimile, folio 32r", page.select("section#ox-ms_shelley_e2-0065 figure.facsimile img").attr("alt"));
    String policy = page.select("meta[http-equiv=Content-Security-Policy]").attr("content");
    assertTrue(policy.contains("img-src 'self' file: data: https://iiif.bodleian.ox.ac.uk;"), policy);
    String home = Jsoup.parse(out.resolve("html/index.html").toFile(), "UTF-8").select("meta[http-equiv=Content-Security-Policy]").attr("content");
    assertFalse(home.contains("bodleian"), "a page without facsimiles allows no image host: " + home);
    assertTrue(run.out().contains("(facsimiles from https://iiif.bodleian.ox.ac.uk; "), run.out());
  }

  /**
   * The text's IIIF Presentation 3.0 manifest: a canvas per page, sized by the surface's
   * coordinates, the Bodleian's image painted on it with its image service, the transcribed lines
   * as supplementing text; linked from the text's page.
   */
  @Test
  void theTextHasAIiifManifestOfItsPages() throws Exception {
    Path manifest = out.resolve("html/iiif/ox-misery_e2_fair/manifest.json");
    com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(manifest.toFile());
    assertEquals("http://iiif.io/api/presentation/3/context.json", json.get("@context").asText());
    assertEquals("Manifest", json.get("type").asText());
    assertEquals(5, json.get("items").size());
    com.fasterxml.jackson.databind.JsonNode fourth = json.get("items").get(3);
    assertEquals("Canvas", fourth.get("type").asText());
    assertEquals("folio 32r", fourth.get("label").get("none").get(0).asText());
    assertEquals(5410, fourth.get("width").asInt());
    assertEquals(6872, fourth.get("height").asInt());
    com.fasterxml.jackson.databind.JsonNode image = fourth.get("items").get(0).get("items").get(0);
    assertEquals("painting", image.get("motivation").asText());
    assertEquals("https://iiif.bodleian.ox.ac.uk/iiif/image/8734bd12-637f-4226-9d2a-258167a264ba",
        image.get("body").get("service").get(0).get("id").asText());
    java.util.List<String> lines = new ArrayList<>();
    fourth.get("annotations").get(0).get("items").forEach(a -> lines.add(a.get("body").get("value").asText()));
    assertTrue(lines.contains("Hasten to the bridal bed"), lines.toString());
    Document page = Jsoup.parse(out.resolve("html/ox-misery_e2_fair.html").toFile(), "UTF-8");
    assertEquals("iiif/ox-misery_e2_fair/manifest.json", page.select("a.download.iiif").attr("href"));
  }

  @Test
  void everyWordOfThePagesReachesEveryFormat() throws Exception {
    Map<String, Integer> words = words(sourceDocText());
    assertTrue(words.size() > 150, words.size() + " words");
    String html = Jsoup.parse(out.resolve("html/ox-misery_e2_fair.html").toFile(), "UTF-8").body().text();
    StringBuilder epub = new StringBuilder();
    try (ZipFile zip = new ZipFile(out.resolve("epub/ox-misery_e2_fair.epub").toFile())) {
      for (var e = zip.entries(); e.hasMoreElements(); ) {
        var entry = e.nextElement();
        if (entry.getName().endsWith(".xhtml")) {
          epub.append(Jsoup.parse(new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8)).body().text()).append(' ');
        }
      }
    }
    String pdf;
    try (PDDocument doc = Loader.loadPDF(out.resolve("pdf/ox-misery_e2_fair.pdf").toFile())) {
      pdf = new PDFTextStripper().getText(doc);
    }
    for (Map.Entry<String, String> format : Map.of("HTML", html, "EPUB", epub.toString(), "PDF", pdf).entrySet()) {
      // letters run together, as CorpusTest compares: "W" struck and "L" added are "WLady" on the page
      String squeezed = Normalizer.normalize(format.getValue(), Normalizer.Form.NFKC).replaceAll("[^\\p{L}\\p{M}]+", "");
      List<String> lost = new ArrayList<>();
      words.forEach((w, n) -> {
        int found = 0;
        for (int at = squeezed.indexOf(w); at >= 0; at = squeezed.indexOf(w, at + w.length())) {
          found++;
        }
        if (found < (w.length() >= 4 ? n : 1)) {
          lost.add(w + " (" + found + "/" + n + ")");
        }
      });
      assertTrue(lost.isEmpty(), format.getKey() + " loses " + lost);
    }
  }

  /**
   * A document with both the edited text and the transcription of its pages gets both views,
   * linked page by page: the text's page break (pb/@facs) leads to its page transcribed, and the
   * page back to the text.
   */
  @Test
  void aTextAndItsTranscribedPagesAreLinkedPageByPage(@TempDir Path both) throws Exception {
    org.edition.TeiFixture.write(both.resolve("texts"), "both", "Both views",
        "<sourceDoc><surface xml:id=\"s1\" n=\"1\"><zone><line>Deare freind</line>"
            + "<line><handShift new=\"#mws\"/>in another hand</line></zone></surface>"
            + "<surface xml:id=\"s2\" n=\"2\"><zone><line>as I wrot</line></zone></surface></sourceDoc>",
        "en", "<p><pb n=\"1\" facs=\"#s1\"/>Dear friend, <pb n=\"2\" facs=\"#s2\"/>as I wrote.</p>");
    Path file = both.resolve("texts/both.xml");
    java.nio.file.Files.writeString(file, java.nio.file.Files.readString(file).replace("</fileDesc>",
        "</fileDesc><profileDesc><handNotes><handNote xml:id=\"mws\">Mary Shelley</handNote></handNotes></profileDesc>"));
    Cli.Run built = Cli.run("build", "--html", "-o", both.resolve("out").toString(), both.resolve("texts").toString());
    assertEquals(0, built.exitCode(), built.out() + built.err());
    Document page = Jsoup.parse(both.resolve("out/html/both.html").toFile(), "UTF-8");
    assertEquals(List.of("#s1", "#s2"), page.select("article .tei-text a.to-transcription").eachAttr("href"));
    // a hand shift says whose hand, from the header's handNote
    assertEquals("(hand: Mary Shelley)", page.select("section#s1 .hand-shift-note").text());
    for (String surface : List.of("s1", "s2")) {
      String back = page.select("section#" + surface + " a.to-text").attr("href");
      assertFalse(back.isEmpty(), surface + " links back");
      assertEquals(1, page.select("span.tei-pb" + back).size(), back + " is the text's page break");
    }
  }

  /** The words of the sourceDoc, its page files included. */
  private static String sourceDocText() throws Exception {
    Processor processor = new Processor(false);
    Path file = SGA.resolve("ox-misery_e2_fair.xml");
    XdmNode doc = processor.newDocumentBuilder().build(new SAXSource(SecureXmlReader.withXInclude(SGA),
        new org.xml.sax.InputSource(file.toUri().toString())));
    XPathCompiler xpath = processor.newXPathCompiler();
    xpath.declareNamespace("", "http://www.tei-c.org/ns/1.0");
    return xpath.evaluateSingle("string-join(//sourceDoc//text()[not(ancestor::graphic)], ' ')", doc).getStringValue();
  }

  private static Map<String, Integer> words(String text) {
    return org.edition.WordCounts.of(text, WORD);
  }
}
