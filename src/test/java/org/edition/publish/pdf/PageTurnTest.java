package org.edition.publish.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.edition.BuiltSite;
import org.edition.PdfPages;
import org.junit.jupiter.api.Test;

/**
 * No word is hyphenated across a page turn: the last line of a page's text does not end in a
 * broken word that the next page finishes (FOP has no hyphenation-keep; the build renders again
 * with such words kept whole). Checked on the flagship's article and on a 300-page novel.
 */
class PageTurnTest {
  /**
   * The words a page's last line breaks with a hyphen the source does not have (a compound such as
   * "lui-même" may break at its own hyphen).
   */
  static List<String> wordsBrokenAcrossPages(Path pdf, String source) throws Exception {
    List<String> broken = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      List<List<String>> pages = PdfPages.linesAtLeast(doc, 9f);
      for (int i = 0; i + 1 < pages.size(); i++) {
        List<String> page = pages.get(i);
        List<String> next = pages.get(i + 1);
        if (page.isEmpty() || next.isEmpty()) {
          continue;
        }
        String end = page.get(page.size() - 1).strip();
        String start = next.get(0).strip();
        java.util.regex.Matcher head = java.util.regex.Pattern.compile("(\\p{L}+)[-\u2010]$").matcher(end);
        java.util.regex.Matcher tail = java.util.regex.Pattern.compile("^(\\p{Ll}\\p{L}*)").matcher(start);
        if (head.find() && tail.find() && !source.contains(head.group(1) + "-" + tail.group(1))) {
          broken.add("p. " + (i + 1) + ": " + end.substring(Math.max(0, end.length() - 20)) + " / " + start.substring(0, Math.min(20, start.length())));
        }
      }
    }
    return broken;
  }

  @Test
  void noWordIsBrokenAcrossAPageTurn() throws Exception {
    Path novel = BuiltSite.corpus().resolve("pdf/FRA01302.pdf");
    try (PDDocument doc = Loader.loadPDF(novel.toFile())) {
      assertTrue(doc.getNumberOfPages() > 100, "a long book: " + doc.getNumberOfPages());
    }
    String flaubert = java.nio.file.Files.readString(org.edition.Cli.shared().resolve("corpus/docs/eltec-fra/FRA01302_Flaubert.xml"));
    assertEquals(List.of(), wordsBrokenAcrossPages(novel, flaubert));
    String flagship = java.nio.file.Files.readString(org.edition.Cli.root().resolve("tei/leylavergne-travail.xml"))
        + java.nio.file.Files.readString(org.edition.Cli.root().resolve("tei/forum-fil.xml"));
    assertEquals(List.of(), wordsBrokenAcrossPages(BuiltSite.flagship().resolve("pdf/leylavergne-travail.pdf"), flagship));
    assertEquals(List.of(), wordsBrokenAcrossPages(BuiltSite.flagship().resolve("pdf/edition.pdf"), flagship));
  }
}
