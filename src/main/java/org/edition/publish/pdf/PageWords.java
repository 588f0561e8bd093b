package org.edition.publish.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;

/** The words of a page's content stream, read off its glyphs, and what the text layer makes of each. */
final class PageWords {
  private PageWords() {}

  /**
   * A page's words drawn with the code of the reading they have, where a glyph has several, and
   * each word whose glyphs, read one after the other where they stand, would not give its text
   * (a letter's marks drawn before it or moved onto it, the dots of a Noto Naskh letter drawn
   * apart from it, a right-to-left word's ligatures) in a marked-content span whose ActualText
   * is the word's text (ISO 32000-1, 14.9.4): PDFBox and Poppler read that instead of the
   * glyphs. A word's glyphs are those shown one after the other in one font between two spaces:
   * FOP shows a word whose glyphs it moves (marks, cursive joins) a glyph at a time.
   */
  static void rewrite(PDDocument document, PDPage page, Map<COSName, FontReadings> used) throws IOException {
    List<Object> tokens = new PDFStreamParser(page).parse();
    FontReadings current = null;
    Word word = new Word();
    List<Object> operands = new ArrayList<>();
    for (int t = 0; t < tokens.size(); t++) {
      Object token = tokens.get(t);
      if (token instanceof Operator operator) {
        String op = operator.getName();
        if ("Tf".equals(op) && !operands.isEmpty() && operands.get(0) instanceof COSName name) {
          // a word goes on in another font (a letter with marks the first font lacks is set in the next)
          current = used.get(name);
        } else if (current != null && current.rewritten() && ("Tj".equals(op) || "TJ".equals(op))) {
          for (Object operand : operands) {
            if (operand instanceof COSString string) {
              word.add(string, current, t, 0);
            } else if (operand instanceof COSArray array) {
              for (int e = 0; e < array.size(); e++) {
                if (array.get(e) instanceof COSString string) {
                  word.add(string, current, t, e);
                }
              }
            }
          }
        } else if (NESTING.contains(op)) {
          // a word ends with its line (a new text matrix), and where a span may not go on: at
          // the end of a text object, of a marked-content sequence, of a graphics state
          word.end();
        }
        operands.clear();
      } else {
        operands.add(token);
      }
    }
    word.end();
    List<Object> spanned = word.spans.isEmpty() ? tokens : ActualTextSpans.span(tokens, word.spans);
    for (GlyphOrder.Redraw redraw : word.redraws) {
      spanned = GlyphOrder.redraw(spanned, redraw);
    }
    if (word.changed || !word.spans.isEmpty() || !word.redraws.isEmpty()) {
      PDStream stream = new PDStream(document);
      try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
        new ContentStreamWriter(out).writeTokens(spanned);
      }
      page.setContents(stream);
    }
  }

  private static final Set<String> NESTING = Set.of("BT", "ET", "Tm", "T*", "BDC", "BMC", "EMC", "q", "Q", "Do", "BI");

  /**
   * The glyphs of a word being read off a page (one after the other between two spaces, in one
   * font or several): each glyph's font, code, and the string and place it is in.
   */
  private static final class Word {
    private final List<FontReadings> fonts = new ArrayList<>();
    private final List<Integer> codes = new ArrayList<>();
    private final List<COSString> strings = new ArrayList<>();
    private final List<Integer> places = new ArrayList<>();
    private final List<ActualTextSpans.Place> shown = new ArrayList<>();
    final List<ActualTextSpans.Span> spans = new ArrayList<>();
    final List<GlyphOrder.Redraw> redraws = new ArrayList<>();
    boolean changed;

    void add(COSString string, FontReadings font, int token, int element) {
      byte[] bytes = string.getBytes();
      for (int i = 0; i + 1 < bytes.length; i += 2) {
        int code = ((bytes[i] & 0xFF) << 8) | (bytes[i + 1] & 0xFF);
        if (font.spaceAt(code)) {
          end();
        } else {
          fonts.add(font);
          codes.add(code);
          strings.add(string);
          places.add(i);
          shown.add(new ActualTextSpans.Place(token, element, i));
        }
      }
    }

    void end() {
      // each font's part of the word: its own codes for the readings its glyphs have in it
      List<int[]> pieces = new ArrayList<>();
      for (int from = 0, to; from < codes.size(); from = to) {
        for (to = from + 1; to < codes.size() && fonts.get(to) == fonts.get(from); ) {
          to++;
        }
        pieces.add(new int[] {from, to});
      }
      List<List<FontReadings.Segment>> segmented = new ArrayList<>();
      for (int[] piece : pieces) {
        FontReadings font = fonts.get(piece[0]);
        List<Integer> own = codes.subList(piece[0], piece[1]);
        segmented.add(font.segments(own, piece[0]));
        List<Integer> recoded = font.recode(own);
        for (int k = 0; k < own.size(); k++) {
          int at = piece[0] + k;
          if (!recoded.get(k).equals(codes.get(at))) {
            byte[] bytes = strings.get(at).getBytes().clone();
            bytes[places.get(at)] = (byte) (recoded.get(k) >> 8);
            bytes[places.get(at) + 1] = (byte) (int) recoded.get(k);
            strings.get(at).setValue(bytes);
            changed = true;
          }
        }
      }
      spanWord(segmented);
      fonts.clear();
      codes.clear();
      strings.clear();
      places.clear();
      shown.clear();
    }

    /**
     * What a word is read as. A left-to-right word whose letters FOP draws apart from their
     * marks: each such letter with its marks redrawn in a span ({@link #lettersWithMarks}). A
     * right-to-left one whose glyphs read as it but for the dots of a Noto Naskh letter: its
     * letters first, the dots after them in spans of no text. Any other right-to-left word
     * that needs it: a span around the whole word where each of its parts is known and runs one
     * way (the text of its parts in reading order), else one around each part known that needs
     * it. None where every part reads as it is.
     */
    private void spanWord(List<List<FontReadings.Segment>> pieces) {
      List<FontReadings.Segment> all = pieces.stream().flatMap(List::stream).toList();
      boolean known = all.stream().allMatch(g -> g != null);
      Set<COSString> distinct = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
      distinct.addAll(strings);
      // each glyph shown by a string of its own (FOP's way with a word whose glyphs it moves)
      boolean alone = distinct.size() == strings.size() && strings.stream().allMatch(string -> string.getBytes().length == 2);
      if (known && all.stream().noneMatch(g -> g.run().rtl())) {
        // left to right: each letter with its marks, where FOP draws them apart
        if (alone && all.stream().anyMatch(g -> g.run().spanned())) {
          lettersWithMarks(all);
        }
        return;
      }
      if (all.stream().noneMatch(g -> g != null && g.run().spanned() && g.run().rtl())) {
        return;
      }
      if (alone && all.stream().allMatch(g -> g != null && (!g.run().spanned() || g.run().blanks()))) {
        List<GlyphOrder.Group> groups = new ArrayList<>();
        for (boolean dots : List.of(false, true)) {
          for (FontReadings.Segment g : all) {
            for (int k = 0; k < g.to() - g.from(); k++) {
              boolean blank = g.run().spanned() && g.run().read().get(k).isEmpty();
              if (blank == dots) {
                groups.add(new GlyphOrder.Group(List.of(g.from() + k), blank ? "" : null, -1, 0));
              }
            }
          }
        }
        redraws.add(new GlyphOrder.Redraw(new ArrayList<>(strings), groups));
        return;
      }
      boolean rtl = known && all.stream().anyMatch(g -> g.run().rtl());
      boolean oneWay = known && (!rtl || all.stream().allMatch(g -> g.run().rtl() || neutral(g.run().text())));
      if (oneWay) {
        List<String> texts = new ArrayList<>(all.stream().map(g -> g.run().text()).toList());
        if (rtl) {
          java.util.Collections.reverse(texts);
        }
        spans.add(new ActualTextSpans.Span(shown.get(all.get(0).from()), shown.get(all.get(all.size() - 1).to() - 1), String.join("", texts)));
      } else {
        for (FontReadings.Segment g : all) {
          if (g != null && g.run().spanned()) {
            spans.add(new ActualTextSpans.Span(shown.get(g.from()), shown.get(g.to() - 1), g.run().text()));
          }
        }
      }
    }

    /**
     * A left-to-right word's letters that have marks each redrawn with them in a span of its
     * text (the letter, its marks right to left, the letter again unseen: {@link GlyphOrder});
     * the other glyphs as they are. FOP sets a Latin, Greek or Cyrillic letter with its marks
     * apart (an inline of its own, a structure element of its own: the stylesheets' clusters)
     * and draws a mark before its letter, raised, or where the letter ends: read where they
     * stand, PDFBox sets a mark drawn past another apart with a space, Poppler a raised one on
     * a line of its own. Nothing where the glyphs are not each shown alone.
     */
    private void lettersWithMarks(List<FontReadings.Segment> all) {
      List<GlyphOrder.Group> groups = new ArrayList<>();
      int drawn = 0;
      for (FontReadings.Segment g : all) {
        ShapedRun run = g.run();
        int size = g.to() - g.from();
        if (!run.spanned()) {
          for (int k = 0; k < size; k++) {
            groups.add(new GlyphOrder.Group(List.of(g.from() + k), null, -1, 0));
          }
          drawn += size;
          continue;
        }
        // the letters (glyphs that read as more than marks), in the order of the text
        List<Integer> letters = new ArrayList<>();
        for (int k = 0; k < size; k++) {
          if (run.read().get(k).codePoints().anyMatch(c -> !isMark(c))) {
            if (!letters.isEmpty() && run.starts().get(k) <= run.starts().get(letters.get(letters.size() - 1))) {
              return;
            }
            letters.add(k);
          }
        }
        if (letters.isEmpty()) {
          return;
        }
        for (int l = 0; l < letters.size(); l++) {
          int from = l == 0 ? 0 : run.starts().get(letters.get(l));
          int to = l + 1 < letters.size() ? run.starts().get(letters.get(l + 1)) : run.text().length();
          int letter = letters.get(l);
          List<Integer> glyphs = new ArrayList<>(List.of(g.from() + letter));
          for (int k = 0; k < size; k++) {
            int start = run.starts().get(k);
            if (!letters.contains(k) && (l == 0 || start >= from) && (l + 1 == letters.size() || start < to)) {
              glyphs.add(g.from() + k);
            }
          }
          String text = run.text().substring(from, to);
          boolean plain = glyphs.size() == 1 && text.equals(run.read().get(letter));
          int at = g.from() + letter;
          groups.add(new GlyphOrder.Group(glyphs, plain ? null : text, glyphs.size() > 1 ? at : -1, fonts.get(at).advance(codes.get(at))));
          drawn += glyphs.size();
        }
      }
      if (drawn == strings.size()) {
        redraws.add(new GlyphOrder.Redraw(new ArrayList<>(strings), groups));
      }
    }

    private static boolean isMark(int c) {
      int type = Character.getType(c);
      return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    private static boolean neutral(String text) {
      return text.codePoints().noneMatch(c -> Character.isLetter(c) || Character.isDigit(c));
    }
  }
}
