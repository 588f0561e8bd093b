package org.edition.publish;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.edition.BuiltSite;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * French spacing, read back from what a reader gets in each format: a narrow no-break space
 * inside « » and before ; ! ? (a no-break space before :), never an ordinary space or none; and
 * none of it in a text that is not French.
 */
class FrenchTypographyTest {
  /** A mark with no space, or an ordinary one, where French wants a no-break space. */
  private static final Pattern WRONG = Pattern.compile("«[ \\p{L}\\p{N}]|[\\p{L}\\p{N}.…)] ?[»;!?]|\\p{L} ?:(?!//)");

  /** The page's text as a reader reads it (not the BibTeX record, which is data). */
  private static String html(String page) throws Exception {
    var article = Jsoup.parse(BuiltSite.flagship().resolve("html").resolve(page).toFile(), "UTF-8").select("article.text");
    article.select("pre, [hidden]").remove();
    return article.text();
  }

  private static String epub(String book, String chapter) throws Exception {
    try (ZipFile zip = new ZipFile(BuiltSite.flagship().resolve("epub").resolve(book).toFile())) {
      return Jsoup.parse(new String(zip.getInputStream(zip.getEntry("OEBPS/" + chapter)).readAllBytes(),
          StandardCharsets.UTF_8)).select("section.text").text();
    }
  }

  private static String pdf(Path file) throws Exception {
    try (var doc = Loader.loadPDF(file.toFile())) {
      return new PDFTextStripper().getText(doc);
    }
  }

  private static List<String> wrong(String text) {
    List<String> found = new ArrayList<>();
    Matcher m = WRONG.matcher(text);
    while (m.find()) {
      found.add(text.substring(Math.max(0, m.start() - 15), Math.min(text.length(), m.end() + 10)).replace('\n', ' '));
    }
    return found;
  }

  @Test
  void theEssayIsSpacedTheFrenchWayInEveryFormat() throws Exception {
    String web = html("leylavergne-travail.html");
    String book = epub("leylavergne-travail.epub", "text-leylavergne-travail.xhtml");
    String print = pdf(BuiltSite.flagship().resolve("pdf/leylavergne-travail.pdf"));
    for (var format : List.of(List.of("web", web), List.of("EPUB", book), List.of("PDF", print))) {
      String text = format.get(1);
      assertTrue(text.contains("«\u202F") && text.contains("\u202F»"), format.get(0) + ": no narrow space in « »");
      assertTrue(wrong(text).isEmpty(), format.get(0) + ": " + wrong(text));
    }
  }

  @Test
  void aGermanLetterGetsNone() throws Exception {
    // The letter's own text (the interface around it may be French).
    String letter = Jsoup.parse(BuiltSite.corpus().resolve("html/L03090.html").toFile(), "UTF-8").select(".tei-text").text();
    assertTrue(letter.contains("erhalten? Und hast Du ihn gelesen?"), letter);
    assertFalse(letter.contains("\u202F"), "a narrow space in a German text");
    String print = pdf(BuiltSite.corpus().resolve("pdf/L03090.pdf"));
    assertTrue(print.contains("gelesen?") && !print.contains("gelesen\u202F?"), "French spacing in its PDF");
  }
}
