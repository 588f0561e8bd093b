package org.edition.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The book face the toolkit ships (EB Garamond, made by src/fonts/book-faces.py) does what a book
 * face is chosen for, in its character map, which FOP, the EPUB's and the website's subsets all
 * read: old-style figures by default; real small capitals in a face of their own, a letter's own
 * drawing and not a capital scaled down (Cyrillic, which has none, is scaled); Greek small capitals
 * without accents and breathings, as Greek sets capitals; every character its own glyph, so that
 * a PDF's text reads back as written.
 */
@Tag("fast")
class BookFacesTest {
  private static final String[] STYLES = {"Regular", "Italic", "Bold", "BoldItalic"};

  private static TrueTypeFont font(String family, String style) throws Exception {
    BundledFonts.Face face = BundledFonts.printFaces().stream()
        .filter(f -> f.family().equals(family) && f.file().endsWith("-" + style + ".ttf")).findFirst().orElseThrow();
    return new TTFParser().parse(new RandomAccessReadBuffer(BundledFonts.bytes(face)));
  }

  private static GlyphData glyph(TrueTypeFont font, int codePoint) throws Exception {
    int id = font.getUnicodeCmapLookup().getGlyphId(codePoint);
    assertNotEquals(0, id, "no glyph for U+" + Integer.toHexString(codePoint));
    return font.getGlyph().getGlyph(id);
  }

  private static float top(TrueTypeFont font, int codePoint) throws Exception {
    return glyph(font, codePoint).getBoundingBox().getUpperRightY();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Regular", "Italic", "Bold", "BoldItalic"})
  void theTextFacesFiguresAreOldStyle(String style) throws Exception {
    try (TrueTypeFont book = font(BundledFonts.BOOK, style)) {
      float x = top(book, 'x');
      // 0, 1, 2 stand on the x-height; 6, 8 rise like a b; 3, 4, 5, 7, 9 descend
      for (char figure : "012".toCharArray()) {
        assertTrue(Math.abs(top(book, figure) - x) < x * 0.15, figure + " rises above the x-height: lining figures");
      }
      assertTrue(glyph(book, '3').getBoundingBox().getLowerLeftY() < -x * 0.2, "3 does not descend: lining figures");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"Regular", "Italic", "Bold", "BoldItalic"})
  void theSmallCapitalsAreRealAndGreekLosesItsAccents(String style) throws Exception {
    try (TrueTypeFont book = font(BundledFonts.BOOK, style); TrueTypeFont caps = font(BundledFonts.SMALL_CAPS, style)) {
      float x = top(book, 'x');
      float capital = top(book, 'H');
      for (int letter : "aehrsαωжя".codePoints().toArray()) {
        float height = top(caps, letter);
        assertTrue(height > x * 1.03 && height < capital * 0.92,
            Character.toString(letter) + " is " + height + " high: no small capital between x " + x + " and H " + capital);
      }
      // a small capital is drawn as such (its own outline), a capital keeps its size
      assertNotEquals(glyph(caps, 'a').getNumberOfContours(), 0);
      assertEquals(capital, top(caps, 'H'), 0.5f);
      // Greek sets capitals without accents or breathings: ά, ὠ as α, ω; Ἀ, Ά as Α
      assertEquals(top(caps, 'α'), top(caps, 'ά'), 0.5f);
      assertEquals(top(caps, 'ω'), top(caps, 'ὠ'), 0.5f);
      assertEquals(top(caps, 'Α'), top(caps, 'Ἀ'), 0.5f);
      assertTrue(top(book, 'Ἀ') > capital * 1.02 || top(book, 'Ά') > 0, "the text face keeps Ἀ's breathing");
      assertTrue(top(book, 'ά') > top(caps, 'ά'), "the text face keeps ά's accent above the small capital's height");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"EB Garamond Edition", "EB Garamond Edition SC"})
  void everyCharacterHasAGlyphOfItsOwn(String family) throws Exception {
    for (String style : STYLES) {
      try (TrueTypeFont font = font(family, style)) {
        CmapLookup cmap = font.getUnicodeCmapLookup();
        Map<Integer, Integer> byGlyph = new HashMap<>();
        for (int c = 0x20; c < 0x2000; c++) {
          int id = cmap.getGlyphId(c);
          if (id == 0 || Character.isWhitespace(c) || c == 0xA0 || c == 0xAD) {
            continue;
          }
          Integer before = byGlyph.put(id, c);
          assertTrue(before == null, family + " " + style + ": U+" + Integer.toHexString(before == null ? 0 : before)
              + " and U+" + Integer.toHexString(c) + " share a glyph: a PDF would read one for the other");
        }
        assertNotEquals(0, cmap.getGlyphId(0x202F), "the narrow no-break space of French text");
        // narrower than a word space in every style (the bold's thin space was twice one: a bold
        // title read "occidentales  : édition")
        int narrow = font.getAdvanceWidth(cmap.getGlyphId(0x202F));
        int space = font.getAdvanceWidth(cmap.getGlyphId(' '));
        assertTrue(narrow > 0 && narrow < space * 0.6, family + " " + style + ": U+202F " + narrow + ", a space " + space);
      }
    }
  }
}
