package org.edition.publish.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Reads, from a rendering, the words hyphenated across a page turn: the last line of a page's
 * text ends "signifi-", the next page goes on "cation". A reader should not have to turn the page
 * in the middle of a word, and FOP has no hyphenation-keep, so the words found here are rendered
 * again unbroken. The page's text is what is set at 9 points or more (the body is 10, quotations
 * 9): running heads, folios and footnotes are smaller.
 */
final class PageFootHyphens {
  private static final float TEXT_SIZE = 9f;

  private PageFootHyphens() {}

  /** One printed glyph: its page, its baseline, where it starts, its text. */
  private record Glyph(int page, float y, float x, String text) {}

  static Set<String> read(Path pdf) throws IOException {
    List<Glyph> glyphs = new ArrayList<>();
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      // glyph by glyph: the stripper's words leave out the hyphen FOP adds at a line's end
      PDFTextStripper stripper = new PDFTextStripper() {
        @Override
        protected void processTextPosition(TextPosition text) {
          if (text.getFontSizeInPt() >= TEXT_SIZE) {
            glyphs.add(new Glyph(getCurrentPageNo(), Math.round(text.getYDirAdj()), text.getXDirAdj(), text.getUnicode()));
          }
        }
      };
      stripper.getText(document);
    }
    // each page's lines, top to bottom, each line's glyphs left to right
    TreeMap<Integer, TreeMap<Float, TreeMap<Float, String>>> pages = new TreeMap<>();
    for (Glyph g : glyphs) {
      pages.computeIfAbsent(g.page(), p -> new TreeMap<>()).computeIfAbsent(g.y(), y -> new TreeMap<>())
          .merge(g.x(), g.text(), String::concat);
    }
    Set<String> broken = new TreeSet<>();
    for (var page : pages.entrySet()) {
      var next = pages.get(page.getKey() + 1);
      if (next == null || page.getValue().isEmpty() || next.isEmpty()) {
        continue;
      }
      String end = String.join("", page.getValue().lastEntry().getValue().values()).strip();
      String start = String.join("", next.firstEntry().getValue().values()).strip();
      java.util.regex.Matcher head = java.util.regex.Pattern.compile("([\\p{L}\\p{M}]+)[-\u2010\u00AD]$").matcher(end);
      java.util.regex.Matcher tail = java.util.regex.Pattern.compile("^([\\p{L}\\p{M}]+)").matcher(start);
      if (head.find() && tail.find() && Character.isLowerCase(tail.group(1).codePointAt(0))) {
        broken.add(head.group(1) + tail.group(1));
      }
    }
    return broken;
  }
}
