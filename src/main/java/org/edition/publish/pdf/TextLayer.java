package org.edition.publish.pdf;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.fop.apps.FOPException;
import org.apache.fop.apps.FOUserAgent;
import org.apache.fop.apps.MimeConstants;
import org.apache.fop.fonts.FontInfo;
import org.apache.fop.fonts.LazyFont;
import org.apache.fop.fonts.MultiByteFont;
import org.apache.fop.fonts.Typeface;
import org.apache.fop.render.intermediate.IFDocumentHandler;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * The text a PDF's glyphs read as (search, copy, screen readers: PDF/UA relies on it) is the
 * text of the TEI. FOP writes each embedded font's ToUnicode map from the characters it painted,
 * and once a font's tables have shaped a word it paints what it finds by looking each glyph up
 * backwards in the font's character map: the first character that reaches the glyph, or a
 * private-use one where none does. So an ideograph that a CJK font draws with the glyph of its
 * Kangxi radical reads as the radical (一 as ⼀), an oxia as a tonos, a ligature as its
 * presentation form, and a letter of Noto Naskh Arabic, which the font draws as a dotless
 * skeleton and its dots, as the skeleton and a private-use character.
 *
 * <p>Mended after FOP, with what FOP knows: the text it was given ({@link Recorder}, the XSL-FO's
 * characters with the language they are in) and the fonts it set it in (each glyph it embedded,
 * by its number in the font). Each run of a font's characters is shaped again by that font,
 * as FOP shaped it, which says which characters each glyph stands for. A glyph that stands for
 * the same characters wherever it is drawn gets them in the font's ToUnicode map; one that stands
 * for different characters in different words (the skeleton of ب, ت, ث, ن, ي; a glyph shared
 * by ά and ά) gets one character code per reading, all drawing the same glyph, and each word of
 * the pages draws it with the code of its own reading. A glyph that a letter is decomposed into
 * besides its first (the dots of an Arabic letter) reads as nothing.
 *
 * <p>Here what FOP was given ({@link Recorder}) and the pass over a PDF ({@link #mend}); what each
 * glyph of a font reads as in {@link FontReadings} (runs shaped again: {@link ShapedRun}), its
 * ToUnicode map in {@link ToUnicodeMaps}, a page's words in {@link PageWords}, their ActualText
 * spans in {@link ActualTextSpans}, their glyphs drawn in another order in {@link GlyphOrder}.
 */
final class TextLayer {
  private TextLayer() {}

  /** What one rendering was given and set its text in: the FO's words, the fonts FOP used. */
  static final class Recorder {
    /** Each word of the FO (split at spaces), by the language FOP shaped it in, with its count. */
    private final Map<String, Map<String, Integer>> words = new HashMap<>();
    private final Set<Integer> characters = new HashSet<>();
    private IFDocumentHandler handler;

    /** Sets FOP up to render through a document handler whose fonts can be read afterwards. */
    void attach(FOUserAgent agent) throws FOPException {
      handler = agent.getRendererFactory().createDocumentHandler(agent, MimeConstants.MIME_PDF);
      agent.setDocumentHandlerOverride(handler);
    }

    /** A SAX filter before FOP's handler that records the characters of the FO. */
    ContentHandler filter(ContentHandler fop) {
      XMLFilterImpl filter = new XMLFilterImpl() {
        private final Deque<String> languages = new ArrayDeque<>(List.of("dflt"));
        private final StringBuilder text = new StringBuilder();

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
          flush();
          String language = atts.getValue("", "language");
          if (language == null) {
            language = atts.getValue("http://www.w3.org/XML/1998/namespace", "lang");
            language = language == null ? null : language.split("-")[0];
          }
          languages.push(language == null || language.isEmpty() ? languages.peek()
              : "none".equals(language) ? "dflt" : language);
          super.startElement(uri, localName, qName, atts);
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
          flush();
          languages.pop();
          super.endElement(uri, localName, qName);
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
          text.append(ch, start, length);
          super.characters(ch, start, length);
        }

        private void flush() {
          if (text.length() > 0) {
            record(text.toString(), languages.peek());
            text.setLength(0);
          }
        }
      };
      filter.setContentHandler(fop);
      return filter;
    }

    private void record(String text, String language) {
      Map<String, Integer> counted = words.computeIfAbsent(language, l -> new HashMap<>());
      int start = -1;
      for (int i = 0; i <= text.length(); i++) {
        boolean space = i == text.length() || isSpace(text.charAt(i));
        if (!space && start < 0) {
          start = i;
        } else if (space && start >= 0) {
          counted.merge(text.substring(start, i), 1, Integer::sum);
          start = -1;
        }
      }
      text.codePoints().forEach(characters::add);
    }

    /** Each word of the FO, by the language FOP shaped it in, with its count. */
    Map<String, Map<String, Integer>> words() {
      return words;
    }

    /** Every character of the FO. */
    Set<Integer> characters() {
      return characters;
    }

    /** The fonts FOP embedded, by their PostScript name (FOP's subset prefix left out). */
    private Map<String, MultiByteFont> fonts() {
      Map<String, MultiByteFont> fonts = new HashMap<>();
      FontInfo info = handler == null ? null : handler.getFontInfo();
      if (info == null) {
        return fonts;
      }
      for (Typeface typeface : info.getUsedFonts().values()) {
        Typeface real = typeface instanceof LazyFont lazy ? lazy.getRealFont() : typeface;
        if (real instanceof MultiByteFont font && font.getCIDSet().getNumberOfGlyphs() > 1) {
          fonts.put(font.getEmbedFontName(), font);
        }
      }
      return fonts;
    }
  }

  /** Whether a character ends a word. */
  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B';
  }

  /** Rewrites the ToUnicode map of each font FOP embedded, and the words that need a code of their own. */
  static void mend(PDDocument document, Recorder recorder) throws IOException {
    if (recorder == null) {
      return;
    }
    Map<String, MultiByteFont> fonts = recorder.fonts();
    Map<COSDictionary, FontReadings> mended = new IdentityHashMap<>();
    for (PDPage page : document.getPages()) {
      PDResources resources = page.getResources();
      if (resources == null) {
        continue;
      }
      Map<COSName, FontReadings> used = new HashMap<>();
      for (COSName name : resources.getFontNames()) {
        PDFont font = resources.getFont(name);
        if (font instanceof PDType0Font type0) {
          MultiByteFont fop = fonts.get(type0.getName().replaceFirst("^[A-Z]{6}\\+", ""));
          if (fop != null) {
            FontReadings glyphs = mended.computeIfAbsent(type0.getCOSObject(), f -> new FontReadings(fop, type0, recorder));
            used.put(name, glyphs);
          }
        }
      }
      if (used.values().stream().anyMatch(FontReadings::rewritten)) {
        PageWords.rewrite(document, page, used);
      }
    }
    for (Map.Entry<COSDictionary, FontReadings> font : mended.entrySet()) {
      font.getValue().write(document, font.getKey());
    }
  }
}
