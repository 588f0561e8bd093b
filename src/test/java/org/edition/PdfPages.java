package org.edition;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The text of a printed book's pages without what frames them: a running head (a first line that
 * heads another page too; an opening or a blank page has none) and a folio (a last line that is a
 * page number, arabic or roman).
 */
public final class PdfPages {
  private PdfPages() {}

  /** Each page's lines, from the first page to the last, framing removed. */
  public static List<List<String>> bodies(PDDocument doc, boolean sortByPosition) throws IOException {
    List<List<String>> pages = new ArrayList<>();
    Map<String, Integer> firstLines = new HashMap<>();
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setSortByPosition(sortByPosition);
    for (int page = 1; page <= doc.getNumberOfPages(); page++) {
      stripper.setStartPage(page);
      stripper.setEndPage(page);
      List<String> lines = new ArrayList<>(stripper.getText(doc).strip().lines().toList());
      if (!lines.isEmpty() && lines.get(lines.size() - 1).strip().matches("\\d+|[ivxlc]+")) {
        lines.remove(lines.size() - 1);
      }
      if (!lines.isEmpty()) {
        firstLines.merge(lines.get(0).strip(), 1, Integer::sum);
      }
      pages.add(lines);
    }
    for (List<String> lines : pages) {
      if (!lines.isEmpty() && firstLines.get(lines.get(0).strip()) > 1) {
        lines.remove(0);
      }
    }
    return pages;
  }

  /**
   * The least gap between two glyphs that is a word space, in ems: the book face's space is a fifth
   * of an em, narrower in a justified line; a gap between letters (kerning) is far less.
   */
  public static final float WORD_GAP = 0.12f;

  /**
   * Each page's lines as a reader sees them, top to bottom: glyphs on one baseline, left to
   * right, with a space where the page shows a gap between two of them (a fifth of the type's
   * size or more). A space the PDF draws counts for nothing: drawn over the next word (as FOP
   * once drew the space after letter-spaced small capitals), it separates nothing.
   */
  public static List<List<String>> seenLines(PDDocument doc) throws IOException {
    List<java.util.TreeMap<Integer, List<org.apache.pdfbox.text.TextPosition>>> pages = new ArrayList<>();
    PDFTextStripper stripper = new PDFTextStripper() {
      @Override
      protected void processTextPosition(org.apache.pdfbox.text.TextPosition text) {
        if (text.getUnicode() == null || text.getUnicode().isBlank()) {
          return;
        }
        while (pages.size() < getCurrentPageNo()) {
          pages.add(new java.util.TreeMap<>());
        }
        pages.get(getCurrentPageNo() - 1).computeIfAbsent(Math.round(text.getYDirAdj()), k -> new ArrayList<>()).add(text);
      }
    };
    stripper.getText(doc);
    while (pages.size() < doc.getNumberOfPages()) {
      pages.add(new java.util.TreeMap<>());
    }
    List<List<String>> seen = new ArrayList<>();
    for (var page : pages) {
      List<String> lines = new ArrayList<>();
      for (List<org.apache.pdfbox.text.TextPosition> glyphs : page.values()) {
        glyphs.sort(java.util.Comparator.comparingDouble(org.apache.pdfbox.text.TextPosition::getXDirAdj));
        StringBuilder line = new StringBuilder();
        org.apache.pdfbox.text.TextPosition previous = null;
        for (var glyph : glyphs) {
          if (previous != null) {
            float gap = glyph.getXDirAdj() - (previous.getXDirAdj() + previous.getWidthDirAdj());
            if (gap >= WORD_GAP * Math.min(glyph.getFontSizeInPt(), previous.getFontSizeInPt())) {
              line.append(' ');
            }
          }
          line.append(glyph.getUnicode());
          previous = glyph;
        }
        lines.add(line.toString());
      }
      seen.add(lines);
    }
    return seen;
  }

  /**
   * Two glyphs drawn at one spot: a space there is drawn under a letter (FOP sets one, without
   * advance, where a word changes font), not seen.
   */
  private static String sameSpot(String first, String second) {
    return first.isBlank() ? second : second.isBlank() ? first : first + second;
  }

  /**
   * Each page's lines of text set at {@code minSize} points or more, top to bottom (for the
   * running text alone: heads, folios and footnotes are set smaller), read glyph by glyph so that
   * a hyphen FOP adds at a line's end is kept. Spaces are where the PDF draws them.
   */
  public static List<List<String>> linesAtLeast(PDDocument doc, float minSize) throws IOException {
    List<java.util.TreeMap<Float, java.util.TreeMap<Float, String>>> pages = new ArrayList<>();
    PDFTextStripper stripper = new PDFTextStripper() {
      @Override
      protected void processTextPosition(org.apache.pdfbox.text.TextPosition text) {
        if (text.getFontSizeInPt() >= minSize) {
          while (pages.size() < getCurrentPageNo()) {
            pages.add(new java.util.TreeMap<>());
          }
          pages.get(getCurrentPageNo() - 1).computeIfAbsent((float) Math.round(text.getYDirAdj()), k -> new java.util.TreeMap<>())
              .merge(Math.round(text.getXDirAdj() * 100) / 100f, text.getUnicode(), PdfPages::sameSpot);
        }
      }
    };
    stripper.getText(doc);
    while (pages.size() < doc.getNumberOfPages()) {
      pages.add(new java.util.TreeMap<>());
    }
    return pages.stream().map(p -> p.values().stream().map(line -> String.join("", line.values())).toList()).toList();
  }
}
