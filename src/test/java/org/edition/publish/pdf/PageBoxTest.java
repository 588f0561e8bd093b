package org.edition.publish.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.edition.Cli;
import org.edition.TeiFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What no line can hold is broken, never drawn off the page: a word of 5,000 letters, an address
 * of 3,000 characters, a table cell of one long token. Every glyph of the PDF lies inside its
 * page's box, and all of the token is printed.
 */
class PageBoxTest {
  @TempDir Path dir;

  @Test
  void aTokenLongerThanALineIsBrokenInsideThePage() throws IOException {
    String word = "anticonstitutionnellement".repeat(200);
    String sequence = "GATTACA".repeat(715);
    String address = "https://example.org/?q=" + "abcdefghij".repeat(298);
    String cell = "0123456789".repeat(300);
    TeiFixture.write(dir.resolve("texts"), "long", "Des mots sans fin", "fr",
        "<p>Avant le mot. " + word + " Après le mot.</p><p>Une séquence : " + sequence + ".</p>"
            + "<p>Une adresse : <ptr target=\"" + address + "\"/>, fin.</p>"
            + "<table><row><cell>Court</cell><cell>" + cell + "</cell></row></table>"
            + "<p>Une rue : <address><addrLine>" + "12-rue-des-Lilas-".repeat(180) + "</addrLine></address>.</p>");
    Path out = dir.resolve("out");
    Cli.Run run = Cli.run("build", "--pdf", "-o", out.toString(), dir.resolve("texts").toString());
    assertEquals(0, run.exitCode(), run.out() + run.err());
    try (PDDocument pdf = Loader.loadPDF(out.resolve("pdf/long.pdf").toFile())) {
      List<String> outside = new ArrayList<>();
      PDFTextStripper glyphs = new PDFTextStripper() {
        @Override
        protected void processTextPosition(TextPosition text) {
          PDRectangle box = getCurrentPage().getMediaBox();
          float x = text.getXDirAdj();
          float y = text.getYDirAdj();
          if (x < 0 || x + text.getWidthDirAdj() > box.getWidth() + 0.5f || y < 0 || y > box.getHeight()) {
            outside.add("page " + getCurrentPageNo() + ": \"" + text.getUnicode() + "\" at " + x + "," + y);
          }
        }
      };
      glyphs.getText(pdf);
      assertTrue(outside.isEmpty(), outside.size() + " glyphs off the page, first " + outside.subList(0, Math.min(5, outside.size())));
      // the text of the pages without their running heads and folios, which fall inside the longest
      String all = String.join("", org.edition.PdfPages.bodies(pdf, false).stream().flatMap(List::stream).toList())
          .replaceAll("[\\s\u00AD\u200B-]", "");
      for (String token : List.of(word, sequence, address, cell)) {
        assertTrue(all.contains(token.replace("-", "")), "printed whole: " + token.substring(0, 30) + "...");
      }
    }
  }
}
