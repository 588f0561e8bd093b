package org.edition.publish.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDNamedDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.text.PDFTextStripper;
import org.edition.BuiltSite;
import org.edition.Cli;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** The print PDFs: archival and accessible for veraPDF, and checked page by page with PDFBox. */
public class PdfTest {
  private static Path article;

  @BeforeAll
  static void build() throws Exception {
    VeraGreenfieldFoundryProvider.initialise();
    article = BuiltSite.flagship().resolve("pdf/leylavergne-travail.pdf");
  }

  static Stream<Path> books() throws Exception {
    try (Stream<Path> files = Files.list(BuiltSite.flagship().resolve("pdf"))) {
      return files.filter(p -> p.toString().endsWith(".pdf")).sorted().toList().stream();
    }
  }

  @Test
  void oneBookPerTextAndOneForTheEdition() throws Exception {
    assertEquals(List.of("edition.pdf", "forum-fil.pdf", "leylavergne-travail.pdf"),
        books().map(p -> p.getFileName().toString()).toList());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("books")
  void veraPdfFindsPdfA2bCompliance(Path pdf) throws Exception {
    assertCompliant(pdf, PDFAFlavour.PDFA_2_B);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("books")
  void veraPdfFindsPdfUa1Compliance(Path pdf) throws Exception {
    assertCompliant(pdf, PDFAFlavour.PDFUA_1);
  }

  public static void assertCompliant(Path pdf, PDFAFlavour flavour) throws Exception {
    try (PDFAParser parser = Foundries.defaultInstance().createParser(pdf.toFile(), flavour)) {
      PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false);
      ValidationResult result = validator.validate(parser);
      List<String> failed = new ArrayList<>();
      for (TestAssertion assertion : result.getTestAssertions()) {
        if (assertion.getStatus() == TestAssertion.Status.FAILED) {
          failed.add(assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber() + " " + assertion.getMessage());
        }
      }
      assertTrue(result.isCompliant(), pdf.getFileName() + " " + flavour + ": " + String.join("\n", failed.stream().distinct().toList()));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("books")
  void everyFontIsEmbedded(Path pdf) throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      List<String> fonts = new ArrayList<>();
      for (PDPage page : doc.getPages()) {
        collectFonts(page.getResources(), fonts, doc);
      }
      assertFalse(fonts.isEmpty());
      for (String font : fonts) {
        assertTrue(font.endsWith(":embedded"), font);
        assertTrue(font.contains("EBGaramondEdition"), font);
      }
    }
  }

  /**
   * The author's name above the text is set in the book face's small capitals (their own face:
   * FOP's would be capitals scaled down) and reads back as written, not in capitals; the text
   * around it is in the book face.
   */
  @Test
  void smallCapitalsAreTheBookFacesAndReadAsWritten() throws Exception {
    StringBuilder smallCaps = new StringBuilder();
    int[] book = {0};
    PDFTextStripper stripper = new PDFTextStripper() {
      @Override
      protected void processTextPosition(org.apache.pdfbox.text.TextPosition text) {
        String font = text.getFont().getName();
        if (font.contains("EBGaramondEditionSC-")) {
          smallCaps.append(text.getUnicode());
        } else if (font.contains("EBGaramondEdition-")) {
          book[0]++;
        }
        super.processTextPosition(text);
      }
    };
    try (PDDocument doc = Loader.loadPDF(article.toFile())) {
      stripper.setEndPage(3);
      stripper.getText(doc);
    }
    assertTrue(smallCaps.toString().contains("Jean-Luc Leylavergne"), "in small capitals: " + smallCaps);
    assertTrue(book[0] > 1000, book[0] + " characters in the book face");
  }

  private static void collectFonts(PDResources resources, List<String> fonts, PDDocument doc) throws IOException {
    if (resources == null) {
      return;
    }
    for (COSName name : resources.getFontNames()) {
      PDFont font = resources.getFont(name);
      fonts.add(font.getName() + (font.isEmbedded() ? ":embedded" : ":NOT embedded"));
    }
    for (COSName name : resources.getXObjectNames()) {
      PDXObject x = resources.getXObject(name);
      if (x instanceof PDFormXObject form) {
        collectFonts(form.getResources(), fonts, doc);
      }
    }
  }

  @Test
  void titleLanguageAndPdfAIdentification() throws Exception {
    try (PDDocument doc = Loader.loadPDF(article.toFile())) {
      assertEquals("Travail et crise du conflit politique dans les sociétés occidentales", doc.getDocumentInformation().getTitle());
      assertEquals("Jean-Luc Leylavergne", doc.getDocumentInformation().getAuthor());
      assertEquals("fr", doc.getDocumentCatalog().getLanguage());
      String xmp = new String(doc.getDocumentCatalog().getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
      assertTrue(xmp.matches("(?s).*pdfaid:part[^0-9]{1,3}2.*"), "PDF/A part 2");
      assertTrue(xmp.matches("(?s).*pdfaid:conformance[^A-Z]{1,3}B.*"), "PDF/A conformance B");
      assertTrue(xmp.contains("pdfuaid"), "PDF/UA identification");
      assertTrue(xmp.contains("<rdf:li xml:lang=\"x-default\">Travail et crise"), "dc:title as a language alternative");
      assertTrue(doc.getDocumentCatalog().getStructureTreeRoot() != null, "tagged");
    }
  }

  @Test
  void eachNoteIsOnThePageOfItsCall() throws Exception {
    try (PDDocument doc = Loader.loadPDF(article.toFile())) {
      int notes = 0;
      for (int i = 0; i < doc.getNumberOfPages(); i++) {
        for (PDAnnotation annotation : doc.getPage(i).getAnnotations()) {
          if (annotation instanceof PDAnnotationLink link) {
            PDDestination destination = link.getDestination();
            if (destination == null && link.getAction() instanceof PDActionGoTo goTo) {
              destination = goTo.getDestination();
            }
            if (destination instanceof PDNamedDestination named) {
              destination = doc.getDocumentCatalog().findNamedDestinationPage(named);
            }
            if (destination instanceof PDPageDestination target && target.retrievePageNumber() >= 0) {
              String pageText = text(doc, i + 1, i + 1);
              if (target.retrievePageNumber() != i && !pageText.isEmpty()) {
                continue; // a link that is not a note call
              }
              notes += pageText.matches("(?s).*\\n[1-4]\\. .*") ? 1 : 0;
              assertEquals(i, target.retrievePageNumber(), "a note call on page " + (i + 1) + " leads elsewhere");
            }
          }
        }
      }
      assertEquals(4, notes, "four note calls, each with its note on the same page");
      for (int n = 1; n <= 4; n++) {
        assertNotNull(pageOf(doc, n + ". "), "note " + n);
      }
    }
  }

  private static Integer pageOf(PDDocument doc, String lineStart) throws IOException {
    for (int i = 1; i <= doc.getNumberOfPages(); i++) {
      if (("\n" + text(doc, i, i)).contains("\n" + lineStart)) {
        return i;
      }
    }
    return null;
  }

  private static String text(PDDocument doc, int from, int to) throws IOException {
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setSortByPosition(true);
    stripper.setStartPage(from);
    stripper.setEndPage(to);
    return stripper.getText(doc);
  }

  /**
   * The article's text, read out of the PDF, is the edited text character for character (spaces
   * aside): only running heads, page numbers, note calls, footnotes and end-of-line hyphens are
   * met in between.
   */
  @Test
  void theArticleExtractsInReadingOrderWithItsWordsIntact() throws Exception {
    Processor processor = new Processor(false);
    XdmNode tei = processor.newDocumentBuilder().build(Cli.root().resolve("tei/leylavergne-travail.xml").toFile());
    XPathCompiler xpath = processor.newXPathCompiler();
    xpath.declareNamespace("", "http://www.tei-c.org/ns/1.0");
    String expected = squeeze(xpath.evaluateSingle(
        "string-join(/TEI/text//text()[not(ancestor::note)][not(ancestor::sic)][not(ancestor::docTitle)], '')", tei).getStringValue());
    List<String> notes = new ArrayList<>();
    for (XdmItem note : xpath.evaluate("/TEI/text//note", tei)) {
      notes.add(squeeze(((XdmNode) note).attribute("n") + "." + xpath.evaluateSingle(
          "string-join(.//text()[not(ancestor::sic)], '')", (XdmNode) note).getStringValue()));
    }
    String extracted;
    List<String> noise = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(article.toFile())) {
      int last = pageOf(doc, "Corrections") - 1;
      StringBuilder all = new StringBuilder();
      List<List<String>> bodies = org.edition.PdfPages.bodies(doc, true);
      for (int page = 3; page <= last; page++) {
        List<String> lines = bodies.get(page - 1);
        // the source's title page gives the title the book's title page gave: its imprint first
        if (page == 3) {
          while (!squeeze(lines.get(0)).startsWith(squeeze("Article paru dans la revue"))) {
            lines.remove(0);
          }
        }
        all.append(String.join("\n", lines)).append('\n');
      }
      extracted = all.toString();
    }
    String article = normalize(extracted);
    int i = 0;
    int j = 0;
    while (i < expected.length()) {
      if (j >= article.length()) {
        throw new AssertionError("the PDF text stops at: " + expected.substring(i, Math.min(expected.length(), i + 60)));
      }
      if (expected.charAt(i) == article.charAt(j)) {
        i++;
        j++;
        continue;
      }
      int skip = skippable(article, j, notes, noise, expected.charAt(i));
      if (skip == 0) {
        throw new AssertionError("the PDF text differs at «" + expected.substring(Math.max(0, i - 30), i) + "|"
            + expected.substring(i, Math.min(expected.length(), i + 30)) + "»: PDF has «"
            + article.substring(j, Math.min(article.length(), j + 60)) + "»");
      }
      j += skip;
    }
  }

  /** How many characters of the PDF text at {@code at} are not the text's: 0 if none. */
  private static int skippable(String pdf, int at, List<String> notes, List<String> noise, char wanted) {
    for (String note : notes) {
      if (pdf.startsWith(note.substring(0, Math.min(note.length(), 25)), at)) {
        int k = 0;
        int n = 0;
        while (n < note.length() && at + k < pdf.length()) {
          if (note.charAt(n) == pdf.charAt(at + k)) {
            n++;
            k++;
          } else if (pdf.charAt(at + k) == '\n' || (pdf.charAt(at + k) == '-' && pdf.startsWith("\n", at + k + 1))) {
            k++;
          } else {
            break;
          }
        }
        if (n == note.length()) {
          return k;
        }
      }
    }
    for (String head : noise) {
      if (pdf.startsWith(head, at)) {
        return head.length();
      }
    }
    Matcher digits = Pattern.compile("\\d+").matcher(pdf);
    if (Character.isDigit(pdf.charAt(at)) && !Character.isDigit(wanted) && digits.find(at) && digits.start() == at) {
      return digits.end() - at; // a note call or a page number
    }
    if (pdf.charAt(at) == '-' && pdf.startsWith("\n", at + 1)) {
      return 2; // a hyphen the typesetter added at the end of a line
    }
    if (pdf.charAt(at) == '\n') {
      return 1;
    }
    if (pdf.charAt(at) == '\u2013' && wanted != '\u2013') {
      return 1; // the marker of an unlabelled list item
    }
    return 0;
  }

  /** The text as compared: compatibility forms (ligatures) unfolded, no spaces. */
  private static String squeeze(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("[\\s\\u00A0\\u202F\\u2009]+", "");
  }

  /** PDF text: ligatures unfolded, spaces removed, line ends kept to recognise added hyphens. */
  private static String normalize(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("[\\t \\u00A0\\u202F\\u2009\\r]+", "").replaceAll("\\n+", "\n");
  }

  @Test
  void theIndexListsCastoriadisOnThePageWhereHisNameIs() throws Exception {
    try (PDDocument doc = Loader.loadPDF(BuiltSite.flagship().resolve("pdf/edition.pdf").toFile())) {
      String[] labels = doc.getDocumentCatalog().getPageLabels().getLabelsByPageIndices();
      int indexPage = pageOf(doc, "Index des noms");
      String index = text(doc, indexPage, doc.getNumberOfPages());
      Matcher entry = Pattern.compile("Castoriadis, Cornelius, ([0-9, ]+)").matcher(index);
      assertTrue(entry.find(), index);
      for (String label : entry.group(1).split(",\\s*")) {
        int physical = java.util.Arrays.asList(labels).indexOf(label.strip()) + 1;
        assertTrue(physical > 0, "no page " + label);
        assertTrue(text(doc, physical, physical).contains("Castoriadis"), "page " + label + " does not name Castoriadis");
      }
    }
  }
}
