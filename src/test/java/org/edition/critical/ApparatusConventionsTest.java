package org.edition.critical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.edition.Cli;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An apparatus and an inscription as printed editions set them, read back from the website, the
 * EPUB and the PDF (issue 27, items 7 and 8): the Patristic Text Archive's Vita Cononis says its
 * readings' kinds in Latin ("καὶ add. V", "om. s", "coni. Schröder", "transp. F"), never in English
 * brackets, keeps a word whole where a witness's page turns inside it (a bar, its folio in the
 * margin), and leaves no space before punctuation where the edited text shows no reading; the
 * ISicily inscription (EpiDoc) is set with the Leiden conventions, with no empty "Witnesses"
 * heading, no stray apparatus sign and no empty bibliography item.
 */
class ApparatusConventionsTest {
  private static final Path PTA = Cli.shared().resolve("corpus/documentary-critical/docs/pta/pta0041.pta001.pta-grc1.xml");
  private static final Path ISIC = Cli.shared().resolve("corpus/docs/isicily-epidoc/ISic000001.xml");
  private static final String PTA_ID = "pta0041.pta001.pta-grc1";
  private static final String ISIC_ID = "ISic000001";
  /** What the apparatus said before: a reading's kind in English, in brackets. */
  private static final Pattern ENGLISH_KIND = Pattern.compile("\\((addition|omission|conjecture|correction|transposition|illegible|deletion)\\)");

  @TempDir static Path dir;
  private static Path out;

  @BeforeAll
  static void build() throws Exception {
    Path texts = Files.createDirectories(dir.resolve("texts"));
    Files.copy(PTA, texts.resolve(PTA.getFileName()));
    Files.copy(ISIC, texts.resolve(ISIC.getFileName()));
    out = dir.resolve("out");
    Cli.Run run = Cli.run("build", "--html", "--pdf", "--epub", "-o", out.toString(), texts.toString());
    assertFalse(run.err().contains("[publish]"), run.err());
  }

  private static String clean(String text) {
    return Normalizer.normalize(text.replace("\u00AD", "").replace('\u00A0', ' '), Normalizer.Form.NFC).replaceAll("\\s+", " ");
  }

  private static Document html(String id) throws Exception {
    return Jsoup.parse(out.resolve("html/" + id + ".html").toFile(), "UTF-8");
  }

  private static String pdfText(String id) throws Exception {
    try (PDDocument pdf = Loader.loadPDF(out.resolve("pdf/" + id + ".pdf").toFile())) {
      return clean(new PDFTextStripper().getText(pdf));
    }
  }

  /** The XHTML documents of an EPUB, each parsed. */
  private static List<Document> epub(String id) throws Exception {
    List<Document> documents = new ArrayList<>();
    try (ZipFile epub = new ZipFile(out.resolve("epub/" + id + ".epub").toFile())) {
      for (ZipEntry entry : Collections.list(epub.entries())) {
        if (entry.getName().endsWith(".xhtml")) {
          documents.add(Jsoup.parse(new String(epub.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8)));
        }
      }
    }
    return documents;
  }

  /** The apparatus entries of a page or EPUB document, as read. */
  private static List<String> entries(Document page) {
    return page.select("li.app-entry").stream().map(e -> clean(e.text())).toList();
  }

  @Test
  void theApparatusSaysEachKindOfReadingInLatinInEveryFormat() throws Exception {
    List<String> web = entries(html(PTA_ID));
    List<String> book = epub(PTA_ID).stream().flatMap(d -> entries(d).stream()).toList();
    String pdf = pdfText(PTA_ID);
    for (String expected : List.of("καὶ add. V; om. s Schröder", "ἀλσώδεσιν coni. Schröder] ἀλσωδῶν V",
        "ἰάσεις καὶ θαυματουργίαι V] θαυματουργίαι καὶ ἰάσεις transp. F", "ἀνῇσαν corr. TK", "illeg. F",
        "δι’ αὐτῶν V] om. s", "ὡς εἰώθασι λέγειν καὶ V; om. s; del. Philipp Pilhofer")) {
      assertTrue(web.stream().anyMatch(e -> e.contains(expected)), "web: " + expected);
      assertTrue(book.stream().anyMatch(e -> e.contains(expected)), "EPUB: " + expected);
      assertTrue(pdf.contains(expected), "PDF: " + expected);
    }
    // what a witness adds where the text has nothing is said first, not against an "om." lemma
    assertFalse(web.stream().anyMatch(e -> e.matches("\\S+ om\\. s( \\S+)?\\] .*")), "an entry keyed on an empty lemma");
    for (String text : List.of(String.join("\n", web), String.join("\n", book), pdf)) {
      Matcher english = ENGLISH_KIND.matcher(text);
      assertFalse(english.find(), () -> "a kind said in English: " + english.group());
    }
  }

  @Test
  void aWitnessPageTurningInsideAWordLeavesTheWordWhole() throws Exception {
    // <pb edRef="#s" n="13v"/> between ἄ and φθαρτα: on the web a bar drawn by the style sheet,
    // its folio in the margin; in the PDF a bar in the word and the folio in the margin
    Element pb = html(PTA_ID).select("span.witness-pb[data-n='s 13v']").first();
    assertTrue(pb != null, "the page break of s 13v");
    assertEquals("no", pb.attr("data-break"));
    assertEquals("", pb.text());
    String before = pb.previousSibling().toString();
    String after = pb.nextSibling().toString();
    assertTrue(before.endsWith("ἄ") && after.startsWith("φθαρτα"), before + "|" + after);
    String pdf = pdfText(PTA_ID);
    assertTrue(pdf.contains("ἄ|φθαρτα"), "the word with its bar");
    // (the word may be broken at a line's end elsewhere: FOP writes its hyphen to no text layer)
    assertTrue(pdf.matches("(?s).*Ἀπό ?λ ?λ ?ω\\|νος.*"), "the word with its bar");
    assertTrue(pdf.contains("s 13v"), "the folio in the margin");
    assertFalse(Pattern.compile("ἄ\\s*\\|?\\s*s 13v|ἄ \\||\\| φθαρτα").matcher(pdf).find(), "the word split");
  }

  @Test
  void aReadingTheTextDoesNotShowLeavesNoSpaceBeforePunctuation() throws Exception {
    // "θυσίαν … ἐπιτελοῦμεν <app><rdg wit="#s" type="addition">дьнесь</rdg></app>."
    // (the text as read: its hidden readings and the signs that lead to the apparatus left out)
    Document page = html(PTA_ID);
    page.select("[hidden], a.app-mark, .apparatus").remove();
    String text = clean(page.select(".tei-text").text());
    assertTrue(text.contains("ἐπιτελοῦμεν."), "the sentence's end");
    assertFalse(text.contains("ἐπιτελοῦμεν ."));
    assertFalse(text.contains("дьнесь"), "a witness's addition read as the edited text");
    // "ἐν οἷς <app><lem wit="#s"/><rdg wit="#V" type="addition">καὶ</rdg></app> ἡ": one space
    assertTrue(text.contains("ἐν οἷς ἡ τοῦ λόγου"), "the text around an empty lemma");
  }

  @Test
  void theEditorsOwnSectionNumbersAreTheTextsReferencesInEveryFormat() throws Exception {
    // <seg type="textpart" subtype="subsection" n="133"> in chapter 3, section 1: the editor's
    // § 133 (her introduction names "§ 13–132"), not the 71st paragraph of the page
    Document page = html(PTA_ID);
    Element unit = page.getElementById("cite-3.1.133");
    assertTrue(unit != null, "the anchor of § 133");
    assertEquals("133", unit.text());
    assertEquals("§ 133", unit.attr("aria-label"));
    assertTrue(clean(unit.parent().text()).startsWith("133 ὡς δὲ πολὺς ἦχος"), unit.parent().text());
    assertTrue(page.select(".tei-text a.pnum, .tei-text span.pnum").isEmpty(), "a second numbering, of paragraphs");
    // the apparatus keyed by the same numbers: ἐσπούδασεν is in § 144
    assertTrue(entries(page).stream().anyMatch(e -> e.startsWith("144 ἐσπούδασεν")), "the key of an entry");
    assertTrue(epub(PTA_ID).stream().anyMatch(d -> d.select("a.cite-n").eachText().contains("133")), "EPUB: § 133");
    String pdf = pdfText(PTA_ID);
    assertTrue(pdf.contains("133 ὡς δὲ πολὺς ἦχος"), "PDF: § 133 where it starts");
  }

  @Test
  void aWitnessCorrectedByItsOwnHandIsReadBeforeAndAfterTheCorrection() throws Exception {
    // <lem wit="#V" varSeq="2" hand="m1">ἐσπούδασεν</lem><rdg wit="#V" varSeq="1" hand="m1">ἐσπούδαζεν</rdg>
    String expected = "ἐσπούδασεν V p.c.] ἐσπούδαζεν V a.c.";
    assertTrue(entries(html(PTA_ID)).stream().anyMatch(e -> e.contains(expected)), "web");
    assertTrue(epub(PTA_ID).stream().flatMap(d -> entries(d).stream()).anyMatch(e -> e.contains(expected)), "EPUB");
    assertTrue(pdfText(PTA_ID).contains(expected), "PDF");
  }

  @Test
  void theEncodingsLayoutBeforePunctuationIsNoSpaceInPrint() throws Exception {
    // "<seg type="allusion">κραταιὸς καὶ δυνατός<ref cRef="LXX:Ps:23:8"/>⏎</seg>, ἐν πολέμοις"
    String pdf = pdfText(PTA_ID);
    for (String words : List.of("δυνατός, ἐν", "ἀσβόλην, εἰ")) {
      assertTrue(pdf.contains(words), words);
    }
    assertFalse(pdf.contains("δυνατός ,") || pdf.contains("ἀσβόλην ,"));
  }

  @Test
  void anInscriptionIsSetWithTheLeidenConventions() throws Exception {
    Document page = html(ISIC_ID);
    Element edition = page.select("section.div-edition").first();
    assertTrue(edition != null);
    // ( ) around the expansions, as presentation: the words stay "manibus", "vixit"
    assertEquals(List.of("ibus", "it", "nnis"), edition.select("span.tei-ex.leiden[data-open=(][data-close=)]").eachText());
    assertTrue(clean(edition.text()).contains("Dis · manibus"), edition.text());
    // the inscription's lines are its lines (its first breaks nothing)
    assertEquals(2, edition.select("br.tei-lb:not(.source-line)").size());
    String pdf = pdfText(ISIC_ID);
    assertTrue(pdf.contains("Dis · man(ibus)"), pdf);
    assertTrue(pdf.contains("vix(it) · a(nnis) · VI"), pdf);
  }

  @Test
  void anInscriptionHasNoEmptyHeadingNoStraySignAndNoEmptyBibliographyItem() throws Exception {
    List<Document> pages = new ArrayList<>(epub(ISIC_ID));
    pages.add(html(ISIC_ID));
    for (Document page : pages) {
      // no witnesses to list: no heading over nothing
      assertTrue(page.select("section.witnesses, h2:containsOwn(Witnesses)").isEmpty(), "a Witnesses heading");
      // the apparatus kept apart (listApp) leaves no sign in the text, and its entries lead nowhere
      assertTrue(page.select(".div-apparatus a.app-mark, .tei-listApp").isEmpty(), "a stray apparatus sign");
      for (Element link : page.select("a.app-key")) {
        assertFalse(page.select("[id=" + link.attr("href").substring(1) + "]").isEmpty(), "a key leading nowhere");
      }
      // no empty bibliography item, nor list; an item of a pointer only is a link
      for (Element item : page.select("ul.tei-listBibl > li")) {
        assertFalse(item.text().isBlank() && item.select("a[href]").isEmpty(), "an empty bibliography item");
      }
      if (!page.select(".div-bibliography").isEmpty()) {
        assertEquals(3, page.select("ul.tei-listBibl > li").size());
      }
      // the empty commentary paragraph is no numbered paragraph
      assertTrue(page.select(".div-commentary .pnum, .div-commentary [data-n]").isEmpty(), "a number over nothing");
    }
    String pdf = pdfText(ISIC_ID);
    assertFalse(pdf.contains("Witnesses"));
    assertTrue(pdf.contains("Mommsen: vixit"), "the apparatus's notes");
  }
}
