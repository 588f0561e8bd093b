package org.edition.publish.pdf;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.edition.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A text in a right-to-left language is set right to left in print, as on the web (one f:dir for both). */
class WritingDirectionTest {
  @TempDir Path dir;

  /** Where on its page each glyph of a word starts, from the left edge, as a share of the page's width. */
  private static List<Float> across(Path pdf, String word) throws IOException {
    List<Float> found = new ArrayList<>();
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      PDFTextStripper stripper = new PDFTextStripper() {
        @Override
        protected void writeString(String text, List<TextPosition> positions) throws IOException {
          if (text.contains(word)) {
            for (TextPosition p : positions) {
              found.add(p.getXDirAdj() / p.getPageWidth());
            }
          }
          super.writeString(text, positions);
        }
      };
      stripper.getText(document);
    }
    return found;
  }

  private Path pdfOf(String lang, String words) throws IOException {
    Path texts = Files.createDirectories(dir.resolve(lang));
    Files.writeString(texts.resolve(lang + ".xml"), """
        <?xml version="1.0" encoding="UTF-8"?>
        <TEI xmlns="http://www.tei-c.org/ns/1.0" xml:id="LANG"><teiHeader><fileDesc><titleStmt><title>T</title></titleStmt>
        <publicationStmt><p>P</p></publicationStmt><sourceDesc><p>S</p></sourceDesc></fileDesc></teiHeader>
        <text xml:lang="LANG"><body><p>WORDS</p></body></text></TEI>
        """.replace("LANG", lang).replace("WORDS", words));
    Path out = dir.resolve("out-" + lang);
    Cli.run("build", "--pdf", "-o", out.toString(), texts.toString());
    return out.resolve("pdf/" + lang + ".pdf");
  }

  @Test
  void aHebrewTextIsSetFromTheRightMargin() throws IOException {
    List<Float> hebrew = across(pdfOf("he", "שלום עולם."), "שלום");
    assertFalse(hebrew.isEmpty());
    assertTrue(hebrew.stream().allMatch(x -> x > 0.5f), "a short Hebrew line starts at the right margin: " + hebrew);
    List<Float> english = across(pdfOf("en", "Hello world."), "Hello");
    assertFalse(english.isEmpty());
    assertTrue(english.stream().allMatch(x -> x < 0.5f), "a short English line starts at the left margin: " + english);
  }
}
