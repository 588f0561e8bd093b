package org.edition.publish.pdf;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Reads, from a rendering, the words hyphenated across a page turn: the last line of a page's
 * text ends "signifi-", the next page goes on "cation". A reader should not have to turn the page
 * in the middle of a word, and FOP has no hyphenation-keep, so the words found here (and those
 * broken on the line before) are rendered again unbroken. The page's text is what is set at 9 points or more (the body is 10, quotations
 * 9): running heads, folios and footnotes are smaller.
 */
final class PageFootHyphens {
  private static final float TEXT_SIZE = 9f;

  private PageFootHyphens() {}

  private static final java.util.regex.Pattern HEAD = java.util.regex.Pattern.compile("([\\p{L}\\p{M}]+)[-\u2010\u00AD]$");
  private static final java.util.regex.Pattern TAIL = java.util.regex.Pattern.compile("^([\\p{L}\\p{M}]+)");

  /** The word a line ends by hyphenating and the next line finishes, if it does. */
  private static java.util.Optional<String> brokenWord(String line, String next) {
    java.util.regex.Matcher head = HEAD.matcher(line);
    java.util.regex.Matcher tail = TAIL.matcher(next);
    if (head.find() && tail.find() && Character.isLowerCase(tail.group(1).codePointAt(0))) {
      return java.util.Optional.of(head.group(1) + tail.group(1));
    }
    return java.util.Optional.empty();
  }

  /**
   * What a rendering breaks at its page turns.
   *
   * @param atTurns the words hyphenated at the turn of a page
   * @param beforeTurns those hyphenated on the line before (keeping the first whole would bring
   *     them to the foot of the page)
   */
  record Breaks(Set<String> atTurns, Set<String> beforeTurns) {}

  static Breaks read(PDDocument document) throws IOException {
    // each page's lines, top to bottom, each line's glyphs left to right, read glyph by glyph:
    // the stripper's words leave out the hyphen FOP adds at a line's end
    TreeMap<Integer, TreeMap<Float, TreeMap<Float, String>>> pages = new TreeMap<>();
    PDFTextStripper stripper = new PDFTextStripper() {
      @Override
      protected void processTextPosition(TextPosition text) {
        if (text.getFontSizeInPt() >= TEXT_SIZE) {
          pages.computeIfAbsent(getCurrentPageNo(), p -> new TreeMap<>())
              .computeIfAbsent((float) Math.round(text.getYDirAdj()), y -> new TreeMap<>())
              .merge(text.getXDirAdj(), text.getUnicode(), String::concat);
        }
      }
    };
    stripper.getText(document);
    Set<String> broken = new TreeSet<>();
    Set<String> before = new TreeSet<>();
    for (var page : pages.entrySet()) {
      var next = pages.get(page.getKey() + 1);
      if (next == null || page.getValue().isEmpty() || next.isEmpty()) {
        continue;
      }
      List<String> lines = page.getValue().values().stream().map(line -> String.join("", line.values()).strip()).toList();
      int last = lines.size() - 1;
      String turn = String.join("", next.firstEntry().getValue().values()).strip();
      brokenWord(lines.get(last), turn).ifPresent(broken::add);
      // the line before: a word kept whole lengthens its paragraph, and this one would come last
      if (last > 0) {
        brokenWord(lines.get(last - 1), lines.get(last)).ifPresent(before::add);
      }
    }
    return new Breaks(broken, before);
  }
}
