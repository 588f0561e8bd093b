package org.edition.publish.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.edition.Cli;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * The text of a PDF reads as the TEI it was printed from (search, copy, screen readers): the
 * text PDFBox extracts from the PDFs of a Chinese, a Japanese, an Arabic, a Hebrew, a Greek and
 * a Church Slavonic text (src/test/resources/scripts, reader/church-slavonic.xml) has no
 * character the TEI does not have (no Kangxi radical for an ideograph, no private-use
 * character, no presentation form, no tonos for an oxia), and has every word of the TEI's body.
 *
 * <p>Compared as PDFBox gives it: with its spaces and line ends taken out (it puts spaces where
 * glyphs stand apart, none between ideographs, and sets a line of right-to-left text in logical
 * order), a hyphen at a line's end with them; a word of precomposed letters as it is (an oxia is
 * not a tonos), one with combining marks in Unicode's canonical composition (the order of two
 * marks on one letter is not the text's). A glyph that stands for no character of its
 * own (the dots of a letter that Noto Naskh Arabic draws apart from its skeleton) is mapped to
 * no characters, which PDFBox 3.0.8 reads as U+0000: XML cannot hold that character, so it is
 * never one of the TEI's, and it is left out. A Greek and a Slavonic word, marks and all, PDFBox
 * and Poppler's pdftotext both read whole, no space in it. The PDFs stay PDF/A-2b and PDF/UA-1
 * for veraPDF.
 */
class PdfTextTest {
  @TempDir static Path dir;
  private static Path out;

  static Stream<String> texts() {
    return Stream.of("zh-lunyu", "ja-hojoki", "ar-fatiha", "he-bereshit", "grc-iliad", "church-slavonic");
  }

  /** The texts whose every character is the TEI's. */
  static Stream<String> readTrue() {
    return texts();
  }

  /**
   * The texts whose every word PDFBox finds: the Arabic with its vowelled basmala, the Hebrew
   * with its points (words whose glyphs FOP draws apart, marks before their letter, in
   * ActualText spans; the dots of a Noto Naskh letter after the letters), the Slavonic with its
   * titla and breathings (each letter with its marks in a span).
   */
  static Stream<String> wordsFound() {
    return texts();
  }

  /**
   * The texts whose words without combining marks Poppler's pdftotext finds too. Its words
   * with marks not yet in the Arabic and the Hebrew: Poppler 22 lays a span's characters out
   * left to right and then turns the right-to-left line around, so a right-to-left word read
   * as a span (as PDFBox and the standard read it: in logical order) comes out backwards.
   */
  static Stream<String> wordsFoundByPoppler() {
    return texts();
  }

  /**
   * The left-to-right texts with combining marks whose every word, marks and all, PDFBox and
   * pdftotext both read whole: no space within it (FOP sets a Slavonic letter with its marks
   * apart, draws a mark before its letter or past its end, and raised), no mark apart from it.
   */
  static Stream<String> readWhole() {
    return Stream.of("grc-iliad", "church-slavonic");
  }

  private static Path tei(String name) {
    Path resources = Cli.root().resolve("src/test/resources");
    Path script = resources.resolve("scripts/" + name + ".xml");
    return Files.exists(script) ? script : resources.resolve("reader/" + name + ".xml");
  }

  @BeforeAll
  static void build() throws Exception {
    VeraGreenfieldFoundryProvider.initialise();
    Path texts = Files.createDirectories(dir.resolve("texts"));
    for (String name : texts().toList()) {
      Files.copy(tei(name), texts.resolve(name + ".xml"));
    }
    out = dir.resolve("out");
    Cli.Run run = Cli.run("build", "--pdf", "-o", out.toString(), texts.toString());
    assertEquals(0, run.exitCode(), run.out() + run.err());
  }

  private static String nfc(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFC);
  }

  /** What PDFBox reads off the PDF, as compared: no spaces, no line ends, no hyphen at a line's end. */
  private static String extracted(String name) throws Exception {
    try (PDDocument pdf = Loader.loadPDF(out.resolve("pdf/" + name + ".pdf").toFile())) {
      String text = new PDFTextStripper().getText(pdf);
      return text.replace("\u0000", "").replaceAll("-\\R", "").replaceAll("\\s+", "");
    }
  }

  /** The TEI's text: its header and its body, each character. */
  private static String teiText(String name) throws Exception {
    return Jsoup.parse(Files.readString(tei(name)), "", Parser.xmlParser()).text();
  }

  /** The words of the TEI's body, split at spaces and punctuation. */
  private static List<String> bodyWords(String name) throws Exception {
    String body = Jsoup.parse(Files.readString(tei(name)), "", Parser.xmlParser()).select("text body").text();
    List<String> words = new ArrayList<>();
    for (String word : body.split("[\\s\\p{P}\\p{S}]+")) {
      if (!word.isEmpty()) {
        words.add(word);
      }
    }
    return words;
  }

  /** Characters no TEI text can have put in a PDF's text: what a font maps a glyph to, not what the text says. */
  private static boolean foreign(int c) {
    return Character.UnicodeBlock.of(c) == Character.UnicodeBlock.PRIVATE_USE_AREA
        || c >= 0xF0000
        || c >= 0x2E80 && c <= 0x2FDF // CJK radicals supplement, Kangxi radicals
        || c >= 0xF900 && c <= 0xFAFF // CJK compatibility ideographs
        || c >= 0xFB1D && c <= 0xFDFF // Hebrew and Arabic presentation forms A
        || c >= 0xFE70 && c <= 0xFEFF; // Arabic presentation forms B
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("readTrue")
  void everyCharacterIsOneOfTheTeis(String name) throws Exception {
    Set<Integer> tei = new TreeSet<>();
    teiText(name).codePoints().forEach(tei::add);
    nfc(teiText(name)).codePoints().forEach(tei::add);
    Map<String, Integer> strange = new TreeMap<>();
    extracted(name).codePoints().forEach(c -> {
      // the book's own words (its labels, in English) and page numbers are Latin; any other
      // letter or mark, and any character only a font's mapping gives, must be the TEI's
      boolean letter = Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK
          || Character.getType(c) == Character.ENCLOSING_MARK;
      if (foreign(c) || letter && c > 0x24F && !tei.contains(c)) {
        strange.merge(String.format("U+%04X %s", c, Character.getName(c)), 1, Integer::sum);
      }
    });
    assertEquals(Map.of(), strange, name + ": characters the TEI does not have");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("wordsFound")
  void everyWordOfTheTeiIsFound(String name) throws Exception {
    String text = extracted(name);
    String composed = nfc(text);
    List<String> words = bodyWords(name);
    // a word of precomposed letters as it is (ά with an oxia is not ά with a tonos); one with
    // combining marks in canonical order
    List<String> missing = words.stream()
        .filter(w -> !text.contains(w) && !(w.chars().anyMatch(c -> Character.getType(c) == Character.NON_SPACING_MARK)
            && composed.contains(nfc(w))))
        .toList();
    assertNearlyAllFound(name, "PDFBox", words, missing);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("wordsFoundByPoppler")
  void everyWordWithoutMarksIsFoundByPdftotext(String name) throws Exception {
    String read = pdftotext(name);
    // the embeddings pdftotext sets around a right-to-left line are its own, not the text's
    String text = nfc(read.replaceAll("-\\R", "").replaceAll("[\\u202A-\\u202E\\u2066-\\u2069]", "").replaceAll("\\s+", ""));
    List<String> words = bodyWords(name).stream()
        .filter(w -> w.chars().noneMatch(c -> Character.getType(c) == Character.NON_SPACING_MARK))
        .toList();
    List<String> missing = words.stream().filter(w -> !text.contains(nfc(w))).toList();
    assertNearlyAllFound(name, "pdftotext", words, missing);
  }

  /** All the words but half a percent at most. */
  private static void assertNearlyAllFound(String name, String reader, List<String> words, List<String> missing) {
    double found = 1.0 - (double) missing.size() / words.size();
    assertTrue(found >= 0.995, name + ": " + Math.round(found * 1000) / 10.0 + " % of " + words.size()
        + " words found by " + reader + "; missing: " + missing);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("readWhole")
  void everyWordIsReadWholeByPdfboxAndPdftotext(String name) throws Exception {
    String box;
    try (PDDocument pdf = Loader.loadPDF(out.resolve("pdf/" + name + ".pdf").toFile())) {
      box = new PDFTextStripper().getText(pdf);
    }
    Map<String, String> readers = new TreeMap<>(Map.of("PDFBox", box, "pdftotext", pdftotext(name)));
    for (Map.Entry<String, String> reader : readers.entrySet()) {
      // spaces kept (one for any run of them), a hyphen at a line's end taken out
      String text = " " + nfc(reader.getValue().replace("\u0000", "").replaceAll("-\\R", "")
          .replaceAll("[\\u202A-\\u202E\\u2066-\\u2069]", "").replaceAll("\\s+", " ")) + " ";
      List<String> words = bodyWords(name);
      List<String> missing = words.stream().filter(w -> !text.contains(nfc(w))).toList();
      assertEquals(List.of(), missing, name + ": words " + reader.getKey() + " does not read whole, of " + words.size());
    }
  }

  private static String pdftotext(String name) throws Exception {
    Path pdftotext = Path.of("/usr/bin/pdftotext");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(pdftotext), "no pdftotext (poppler-utils)");
    Process process = new ProcessBuilder(pdftotext.toString(), "-enc", "UTF-8", out.resolve("pdf/" + name + ".pdf").toString(), "-")
        .redirectErrorStream(true).start();
    String read = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertEquals(0, process.waitFor(), read);
    return read;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("texts")
  void pdfAAndPdfUa(String name) throws Exception {
    Path pdf = out.resolve("pdf/" + name + ".pdf");
    PdfTest.assertCompliant(pdf, PDFAFlavour.PDFA_2_B);
    PdfTest.assertCompliant(pdf, PDFAFlavour.PDFUA_1);
  }
}
