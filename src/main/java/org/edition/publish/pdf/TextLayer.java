package org.edition.publish.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.fop.apps.FOPException;
import org.apache.fop.apps.FOUserAgent;
import org.apache.fop.apps.MimeConstants;
import org.apache.fop.complexscripts.util.CharAssociation;
import org.apache.fop.complexscripts.util.CharScript;
import org.apache.fop.fonts.CIDSet;
import org.apache.fop.fonts.CMapSegment;
import org.apache.fop.fonts.FontInfo;
import org.apache.fop.fonts.LazyFont;
import org.apache.fop.fonts.MultiByteFont;
import org.apache.fop.fonts.Typeface;
import org.apache.fop.render.intermediate.IFDocumentHandler;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
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

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B';
  }

  /** Rewrites the ToUnicode map of each font FOP embedded, and the words that need a code of their own. */
  static void mend(PDDocument document, Recorder recorder) throws IOException {
    if (recorder == null) {
      return;
    }
    Map<String, MultiByteFont> fonts = recorder.fonts();
    Map<COSDictionary, Glyphs> mended = new IdentityHashMap<>();
    for (PDPage page : document.getPages()) {
      PDResources resources = page.getResources();
      if (resources == null) {
        continue;
      }
      Map<COSName, Glyphs> used = new HashMap<>();
      for (COSName name : resources.getFontNames()) {
        PDFont font = resources.getFont(name);
        if (font instanceof PDType0Font type0) {
          MultiByteFont fop = fonts.get(type0.getName().replaceFirst("^[A-Z]{6}\\+", ""));
          if (fop != null) {
            Glyphs glyphs = mended.computeIfAbsent(type0.getCOSObject(), f -> new Glyphs(fop, type0, recorder));
            used.put(name, glyphs);
          }
        }
      }
      if (used.values().stream().anyMatch(Glyphs::rewritten)) {
        rewrite(document, page, used);
      }
    }
    for (Map.Entry<COSDictionary, Glyphs> font : mended.entrySet()) {
      font.getValue().write(document, font.getKey());
    }
  }

  /**
   * A page's words drawn with the code of the reading they have, where a glyph has several, and
   * each word whose glyphs, read one after the other where they stand, would not give its text
   * (a letter's marks drawn before it or moved onto it, the dots of a Noto Naskh letter drawn
   * apart from it, a right-to-left word's ligatures) in a marked-content span whose ActualText
   * is the word's text (ISO 32000-1, 14.9.4): PDFBox and Poppler read that instead of the
   * glyphs. A word's glyphs are those shown one after the other in one font between two spaces:
   * FOP shows a word whose glyphs it moves (marks, cursive joins) a glyph at a time.
   */
  private static void rewrite(PDDocument document, PDPage page, Map<COSName, Glyphs> used) throws IOException {
    List<Object> tokens = new PDFStreamParser(page).parse();
    Glyphs current = null;
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
    List<Object> spanned = word.spans.isEmpty() ? tokens : span(tokens, word.spans);
    for (Redraw redraw : word.redraws) {
      spanned = redraw(spanned, redraw);
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

  /** Where a glyph is shown: the show operator's token, the element of its array, the byte of the string. */
  private record Place(int token, int element, int offset) implements Comparable<Place> {
    @Override
    public int compareTo(Place other) {
      return token != other.token ? Integer.compare(token, other.token)
          : element != other.element ? Integer.compare(element, other.element)
          : Integer.compare(offset, other.offset);
    }
  }

  /** A word to be read as its text: from before its first glyph to after its last. */
  private record Span(Place first, Place last, String text) {}

  /**
   * The page's tokens with each span's marked-content sequence around its glyphs: a show
   * operator a span begins or ends within is cut there into several (TJ arrays that show the
   * same glyphs at the same places: the character codes are two bytes, to which no word spacing applies).
   */
  private static List<Object> span(List<Object> tokens, List<Span> spans) {
    // at each show operator, the places (a glyph's first byte) where a span ends (before it: false) or begins (true)
    Map<Integer, TreeMap<Place, List<Object>>> cuts = new HashMap<>();
    for (Span span : spans) {
      cuts.computeIfAbsent(span.first.token, t -> new TreeMap<>())
          .computeIfAbsent(span.first, p -> new ArrayList<>()).add(span);
      Place after = new Place(span.last.token, span.last.element, span.last.offset + 2);
      cuts.computeIfAbsent(after.token, t -> new TreeMap<>())
          .computeIfAbsent(after, p -> new ArrayList<>()).add(0, Boolean.FALSE);
    }
    List<Object> out = new ArrayList<>(tokens.size() + spans.size() * 8);
    int operandsFrom = 0;
    for (int t = 0; t < tokens.size(); t++) {
      if (!(tokens.get(t) instanceof Operator operator)) {
        continue;
      }
      TreeMap<Place, List<Object>> here = cuts.get(t);
      if (here == null) {
        out.addAll(tokens.subList(operandsFrom, t + 1));
      } else {
        COSArray elements = new COSArray();
        for (Object operand : tokens.subList(operandsFrom, t)) {
          if (operand instanceof COSArray array) {
            for (COSBase item : array) {
              elements.add(item);
            }
          } else if (operand instanceof COSString string) {
            elements.add(string);
          }
        }
        COSArray shown = new COSArray();
        int element = 0;
        int offset = 0;
        for (Map.Entry<Place, List<Object>> cut : here.entrySet()) {
          Place at = cut.getKey();
          for (; element < at.element; element++, offset = 0) {
            add(shown, elements.get(element), offset);
          }
          if (element < elements.size() && elements.get(element) instanceof COSString string && at.offset > offset) {
            byte[] bytes = string.getBytes();
            shown.add(new COSString(java.util.Arrays.copyOfRange(bytes, offset, Math.min(at.offset, bytes.length))));
            offset = at.offset;
          }
          if (shown.size() > 0) {
            out.add(shown);
            out.add(Operator.getOperator("TJ"));
            shown = new COSArray();
          }
          for (Object mark : cut.getValue()) {
            if (mark instanceof Span span) {
              COSDictionary properties = new COSDictionary();
              properties.setItem(COSName.ACTUAL_TEXT, new COSString(span.text));
              out.add(COSName.getPDFName("Span"));
              out.add(properties);
              out.add(Operator.getOperator("BDC"));
            } else {
              out.add(Operator.getOperator("EMC"));
            }
          }
        }
        for (; element < elements.size(); element++, offset = 0) {
          add(shown, elements.get(element), offset);
        }
        if (shown.size() > 0) {
          out.add(shown);
          out.add(Operator.getOperator("TJ"));
        }
      }
      operandsFrom = t + 1;
    }
    out.addAll(tokens.subList(operandsFrom, tokens.size()));
    return out;
  }

  /**
   * A word's glyphs drawn again, each where it was, in another order and some in spans of their
   * own: a right-to-left word's letters first and its glyphs that read as nothing (the dots of a
   * Noto Naskh letter, drawn by FOP before their letter) after them, in spans of no text
   * (PDFBox reads a glyph mapped to nothing as U+0000, and sets a space where a dot drawn ahead
   * of its letter leaves a gap; a span of several right-to-left characters Poppler 22 reads
   * turned around); a left-to-right letter first, in a span of its text with its marks, and its
   * marks after it, in spans of no text (FOP draws a mark before its letter, and raised: PDFBox
   * and Poppler set it apart). Only where each glyph is shown alone, placed by Td, and no text
   * is drawn on after the word from where its last glyph ends.
   */
  private static List<Object> redraw(List<Object> tokens, Redraw word) {
    Map<COSString, Integer> at = new IdentityHashMap<>();
    for (int t = 0; t < tokens.size(); t++) {
      if (tokens.get(t) instanceof COSString string) {
        at.put(string, t);
      } else if (tokens.get(t) instanceof COSArray array && array.size() == 1 && array.get(0) instanceof COSString string) {
        at.put(string, t);
      }
    }
    if (!at.keySet().containsAll(word.strings())) {
      return tokens;
    }
    int first = at.get(word.strings().get(0));
    int last = at.get(word.strings().get(word.strings().size() - 1)) + 1;
    // from the Td that places the first glyph
    while (first >= 3 && tokens.get(first - 1) instanceof Operator td && "Td".equals(td.getName())) {
      first -= 3;
    }
    List<double[]> place = new ArrayList<>();
    List<List<Object>> glyphs = new ArrayList<>();
    double x = 0;
    double y = 0;
    List<Object> operands = new ArrayList<>();
    for (int k = first; k <= last; k++) {
      if (!(tokens.get(k) instanceof Operator op)) {
        operands.add(tokens.get(k));
        continue;
      }
      if ("Td".equals(op.getName()) && operands.size() == 2 && operands.get(0) instanceof org.apache.pdfbox.cos.COSNumber dx
          && operands.get(1) instanceof org.apache.pdfbox.cos.COSNumber dy) {
        x += dx.floatValue();
        y += dy.floatValue();
      } else if (("Tj".equals(op.getName()) || "TJ".equals(op.getName())) && operands.size() == 1 && oneGlyph(operands.get(0))) {
        COSString string = operands.get(0) instanceof COSString s ? s : (COSString) ((COSArray) operands.get(0)).get(0);
        if (glyphs.size() >= word.strings().size() || word.strings().get(glyphs.size()) != string) {
          return tokens;
        }
        place.add(new double[] {x, y});
        glyphs.add(List.of(operands.get(0), op));
      } else {
        return tokens;
      }
      operands.clear();
    }
    if (!operands.isEmpty() || glyphs.size() != word.strings().size() || drawsOn(tokens, last + 1)) {
      return tokens;
    }
    List<Object> out = new ArrayList<>(tokens.subList(0, first));
    double cx = 0;
    double cy = 0;
    for (Group group : word.groups()) {
      if (group.text() != null) {
        COSDictionary properties = new COSDictionary();
        properties.setItem(COSName.ACTUAL_TEXT, new COSString(group.text()));
        out.add(COSName.getPDFName("Span"));
        out.add(properties);
        out.add(Operator.getOperator("BDC"));
      }
      List<double[]> draws = new ArrayList<>();
      if (group.again() < 0) {
        for (int g : group.glyphs()) {
          draws.add(new double[] {g, place.get(g)[0], place.get(g)[1], 0});
        }
      } else {
        // the letter, its marks from right to left, the letter again (unseen): each glyph
        // starts left of where the one before ends, and the last ends where the letter does;
        // a mark right of the letter's end after the letter again (unseen), ending at the mark
        int letter = group.again();
        double[] origin = place.get(letter);
        draws.add(new double[] {letter, origin[0], origin[1], 0});
        List<Integer> marks = new ArrayList<>(group.glyphs().subList(1, group.glyphs().size()));
        marks.sort((a, b) -> Double.compare(place.get(b)[0], place.get(a)[0]));
        double advance = group.advance() / 1000 * fontSize(tokens, first);
        double right = place.get(marks.get(0))[0];
        if (advance > 0 && right > origin[0] + advance) {
          draws.add(new double[] {letter, right - advance, origin[1], 1});
        }
        for (int g : marks) {
          draws.add(new double[] {g, place.get(g)[0], place.get(g)[1], 0});
        }
        draws.add(new double[] {letter, origin[0], origin[1], 1});
      }
      for (double[] draw : draws) {
        int g = (int) draw[0];
        move(out, draw[1] - cx, draw[2] - cy);
        cx = draw[1];
        cy = draw[2];
        if (draw[3] == 0) {
          out.addAll(glyphs.get(g));
        } else {
          out.add(COSInteger.THREE);
          out.add(Operator.getOperator("Tr"));
          out.add(new COSString(word.strings().get(g).getBytes()));
          out.add(Operator.getOperator("Tj"));
          out.add(COSInteger.get(renderingMode(tokens, first)));
          out.add(Operator.getOperator("Tr"));
        }
      }
      if (group.text() != null) {
        out.add(Operator.getOperator("EMC"));
      }
    }
    move(out, x - cx, y - cy);
    out.addAll(tokens.subList(last + 1, tokens.size()));
    return out;
  }

  /** The font size (Tf) in effect before a token. */
  private static float fontSize(List<Object> tokens, int before) {
    for (int t = before - 1; t >= 2; t--) {
      if (tokens.get(t) instanceof Operator op && "Tf".equals(op.getName())
          && tokens.get(t - 1) instanceof org.apache.pdfbox.cos.COSNumber size) {
        return size.floatValue();
      }
    }
    return 0;
  }

  /** The text rendering mode (Tr) in effect before a token. */
  private static int renderingMode(List<Object> tokens, int before) {
    Deque<Integer> saved = new ArrayDeque<>();
    int mode = 0;
    for (int t = 0; t < before; t++) {
      if (tokens.get(t) instanceof Operator op) {
        switch (op.getName()) {
          case "q" -> saved.push(mode);
          case "Q" -> mode = saved.isEmpty() ? 0 : saved.pop();
          case "Tr" -> mode = t >= 1 && tokens.get(t - 1) instanceof org.apache.pdfbox.cos.COSNumber n ? n.intValue() : mode;
          default -> { }
        }
      }
    }
    return mode;
  }

  private static boolean oneGlyph(Object operand) {
    if (operand instanceof COSString string) {
      return string.getBytes().length == 2;
    }
    return operand instanceof COSArray array && array.size() == 1 && array.get(0) instanceof COSString string
        && string.getBytes().length == 2;
  }

  /** Whether text is shown after a place before anything sets where it starts (after a span, when the last glyph's advance counts). */
  private static boolean drawsOn(List<Object> tokens, int from) {
    for (int k = from; k < tokens.size(); k++) {
      if (tokens.get(k) instanceof Operator op) {
        switch (op.getName()) {
          case "Tj", "TJ", "'", "\"" -> {
            return true;
          }
          case "ET", "Td", "TD", "Tm", "T*", "BT" -> {
            return false;
          }
          default -> { }
        }
      }
    }
    return false;
  }

  private static void move(List<Object> out, double dx, double dy) {
    if (Math.abs(dx) > 1e-6 || Math.abs(dy) > 1e-6) {
      out.add(new org.apache.pdfbox.cos.COSFloat((float) dx));
      out.add(new org.apache.pdfbox.cos.COSFloat((float) dy));
      out.add(Operator.getOperator("Td"));
    }
  }

  /** An element of a TJ array, a string from a byte on. */
  private static void add(COSArray shown, COSBase element, int offset) {
    if (element instanceof COSString string && offset > 0) {
      byte[] bytes = string.getBytes();
      if (offset < bytes.length) {
        shown.add(new COSString(java.util.Arrays.copyOfRange(bytes, offset, bytes.length)));
      }
    } else {
      shown.add(element);
    }
  }

  /**
   * The glyphs of a word being read off a page (one after the other between two spaces, in one
   * font or several): each glyph's font, code, and the string and place it is in.
   */
  private static final class Word {
    private final List<Glyphs> fonts = new ArrayList<>();
    private final List<Integer> codes = new ArrayList<>();
    private final List<COSString> strings = new ArrayList<>();
    private final List<Integer> places = new ArrayList<>();
    private final List<Place> shown = new ArrayList<>();
    final List<Span> spans = new ArrayList<>();
    final List<Redraw> redraws = new ArrayList<>();
    boolean changed;

    void add(COSString string, Glyphs font, int token, int element) {
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
          shown.add(new Place(token, element, i));
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
      List<List<Segment>> segmented = new ArrayList<>();
      for (int[] piece : pieces) {
        Glyphs font = fonts.get(piece[0]);
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
     * The spans of a word: one around the whole word where each of its parts is known and
     * runs one way (the text of its parts in reading order), else one around each part known
     * that needs it; none where every part reads as it is.
     */
    private void spanWord(List<List<Segment>> pieces) {
      List<Segment> all = pieces.stream().flatMap(List::stream).toList();
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
        List<Group> groups = new ArrayList<>();
        for (boolean dots : List.of(false, true)) {
          for (Segment g : all) {
            for (int k = 0; k < g.to() - g.from(); k++) {
              boolean blank = g.run().spanned() && g.run().read().get(k).isEmpty();
              if (blank == dots) {
                groups.add(new Group(List.of(g.from() + k), blank ? "" : null, -1, 0));
              }
            }
          }
        }
        redraws.add(new Redraw(new ArrayList<>(strings), groups));
        return;
      }
      boolean rtl = known && all.stream().anyMatch(g -> g.run().rtl());
      boolean oneWay = known && (!rtl || all.stream().allMatch(g -> g.run().rtl() || neutral(g.run().text())));
      if (oneWay) {
        List<String> texts = new ArrayList<>(all.stream().map(g -> g.run().text()).toList());
        if (rtl) {
          java.util.Collections.reverse(texts);
        }
        spans.add(new Span(shown.get(all.get(0).from()), shown.get(all.get(all.size() - 1).to() - 1), String.join("", texts)));
      } else {
        for (Segment g : all) {
          if (g != null && g.run().spanned()) {
            spans.add(new Span(shown.get(g.from()), shown.get(g.to() - 1), g.run().text()));
          }
        }
      }
    }

    /**
     * A left-to-right word's letters each drawn first, in a span of its text with its marks,
     * and its marks after it in spans of no text; the glyphs of runs without marks as they are.
     */
    private void lettersWithMarks(List<Segment> all) {
      List<Group> groups = new ArrayList<>();
      int drawn = 0;
      for (Segment g : all) {
        Run run = g.run();
        int size = g.to() - g.from();
        if (!run.spanned()) {
          for (int k = 0; k < size; k++) {
            groups.add(new Group(List.of(g.from() + k), null, -1, 0));
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
          groups.add(new Group(glyphs, plain ? null : text, glyphs.size() > 1 ? at : -1, fonts.get(at).advance(codes.get(at))));
          drawn += glyphs.size();
        }
      }
      if (drawn == strings.size()) {
        redraws.add(new Redraw(new ArrayList<>(strings), groups));
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

  /**
   * A word's glyphs drawn again: its strings (each a glyph), the order to draw them in (places
   * in the strings), and the text of the span a glyph is drawn in, where it is in one.
   */
  private record Redraw(List<COSString> strings, List<Group> groups) {}

  /**
   * Glyphs of a word drawn one after the other (places in its strings), in a span of a text or
   * not (null), and one of them drawn again after them in text rendering mode 3, which paints
   * nothing (-1: none): a letter after its marks, so that the span ends where the letter does
   * (the extractors take a span's text to stand from where its first glyph is to where its last
   * ends, and PDFBox sets a space where the next glyph starts well after that).
   */
  private record Group(List<Integer> glyphs, String text, int again, float advance) {}

  /** A run of a font's text as shaped: its text, whether it is read as a span, whether it runs right to left. */
  private record Run(String text, boolean spanned, boolean rtl, List<String> read, List<Integer> starts, boolean blanks) {}

  /** A run found among the glyphs of a word: from one glyph of the word to before another. */
  private record Segment(Run run, int from, int to) {}

  /** One embedded font: what each of its glyphs reads as, and the codes added for other readings. */
  private static final class Glyphs {
    private final MultiByteFont font;
    private final PDType0Font pdf;
    private final CIDSet cids;
    /** The code of each glyph FOP embedded, by its number in the font. */
    private final Map<Integer, Integer> cidOfGlyph;
    /** The readings of each code: the characters and how often words draw the glyph for them. */
    private final Map<Integer, Map<String, Integer>> readings = new TreeMap<>();
    /** What each code reads as in the ToUnicode map. */
    private final Map<Integer, String> text = new TreeMap<>();
    /** The words as this font draws them (their codes, left to right) and what each glyph of them reads. */
    private final Map<List<Integer>, List<String>> words = new HashMap<>();
    /** The text of each run as the font draws it (its codes, left to right). */
    private final Map<List<Integer>, Run> runs = new HashMap<>();
    private boolean anySpanned;
    /** The codes added: a glyph's code and a reading, the code that draws the glyph for it. */
    private final Map<Integer, Map<String, Integer>> added = new TreeMap<>();
    private final Set<Integer> spaces = new HashSet<>();
    private int next;

    Glyphs(MultiByteFont font, PDType0Font pdf, Recorder recorder) {
      this.font = font;
      this.pdf = pdf;
      this.cids = font.getCIDSet();
      this.cidOfGlyph = cids.getGlyphs();
      this.next = cids.getNumberOfGlyphs();
      if (font.performsSubstitution()) {
        shapeAgain(recorder);
      }
      Map<Integer, List<Integer>> reverse = reverseCmap();
      for (int cid = 1; cid < cids.getNumberOfGlyphs(); cid++) {
        Map<String, Integer> read = readings.get(cid);
        String reading;
        if (read == null || read.isEmpty()) {
          reading = unshaped(cid, reverse, recorder.characters);
        } else {
          reading = read.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey();
        }
        text.put(cid, reading);
        if (!reading.isEmpty() && reading.codePoints().allMatch(c -> isSpace((char) c)) && reading.length() == 1) {
          spaces.add(cid);
        }
      }
    }

    /** Whether a glyph of this font reads differently in different words (drawn with codes of their own). */
    boolean readsDifferently() {
      return readings.values().stream().anyMatch(r -> r.size() > 1);
    }

    /** Whether words of this font are drawn with codes of their own or read as their text. */
    boolean rewritten() {
      return readsDifferently() || anySpanned;
    }

    /**
     * The runs a word's glyphs in this font are, left to right: the whole if it is one, else
     * the longest run from its left end, and so on (FOP shapes the parts of a word between two
     * places a line may break apart: "עַל־" and "פְּנֵי" of "עַל־פְּנֵי"); null for glyphs no run starts with.
     *
     * @param offset the place of the first glyph in the word
     */
    List<Segment> segments(List<Integer> codes, int offset) {
      List<Segment> found = new ArrayList<>();
      Run whole = runs.get(codes);
      if (whole != null) {
        found.add(new Segment(whole, offset, offset + codes.size()));
        return found;
      }
      for (int from = 0; from < codes.size(); ) {
        int to = codes.size();
        for (; to > from && !runs.containsKey(codes.subList(from, to)); to--) {}
        if (to == from) {
          found.add(null);
          return found;
        }
        found.add(new Segment(runs.get(codes.subList(from, to)), offset + from, offset + to));
        from = to;
      }
      return found;
    }

    /**
     * Every run of the FO's words that this font can draw, shaped as FOP shapes it
     * (GlyphMapping: substitution, positioning, combining marks before their base), in the
     * language FOP was given.
     */
    private void shapeAgain(Recorder recorder) {
      for (Map.Entry<String, Map<String, Integer>> language : recorder.words.entrySet()) {
        Map<String, Integer> runs = new HashMap<>();
        for (Map.Entry<String, Integer> word : language.getValue().entrySet()) {
          for (String run : runs(word.getKey())) {
            runs.merge(run, word.getValue(), Integer::sum);
          }
        }
        for (Map.Entry<String, Integer> run : runs.entrySet()) {
          // a word whose letters the stylesheets joined with controls (kept whole across a page
          // turn) is drawn as FOP finds fit, its controls dropped or drawn: left as FOP maps it
          if (run.getKey().chars().noneMatch(c -> invisible((char) c))) {
            shape(run.getKey(), language.getKey(), run.getValue());
          }
        }
      }
    }

    /**
     * The runs of a word this font has every character of, and each without what stands at its
     * ends that is not a letter or mark (FOP may set a word's closing stop in another font), and
     * each letter with its marks (a letter whose mark the first font lacks is set whole in the
     * next: "є҆" of "є҆сѝ" in Noto Serif, "сѝ" in DejaVu Serif).
     */
    private Set<String> runs(String word) {
      Set<String> runs = runsOf(word);
      // FOP shapes the parts of a word between places a line may break at (after a hyphen, a maqaf) apart
      int from = 0;
      for (int i = 0; i < word.length(); i++) {
        if (Character.getType(word.charAt(i)) == Character.DASH_PUNCTUATION && i + 1 < word.length()) {
          runs.addAll(runsOf(word.substring(from, i + 1)));
          from = i + 1;
        }
      }
      if (from > 0) {
        runs.addAll(runsOf(word.substring(from)));
      }
      return runs;
    }

    private Set<String> runsOf(String word) {
      Set<String> runs = new HashSet<>();
      java.util.regex.Matcher cluster = CLUSTER.matcher(word);
      while (cluster.find()) {
        if (cluster.group().codePoints().allMatch(font::hasCodePoint)) {
          runs.add(cluster.group());
        }
      }
      int start = -1;
      for (int i = 0; i <= word.length(); ) {
        int c = i < word.length() ? word.codePointAt(i) : -1;
        boolean has = c >= 0 && font.hasCodePoint(c);
        if (has && start < 0) {
          start = i;
        } else if (!has && start >= 0) {
          String run = word.substring(start, i);
          runs.add(run);
          String core = run.replaceAll("^[^\\p{L}\\p{M}\\p{N}]+|[^\\p{L}\\p{M}\\p{N}]+$", "");
          if (!core.isEmpty()) {
            runs.add(core);
            runs.add(run.replaceAll("^[^\\p{L}\\p{M}\\p{N}]+", ""));
            runs.add(run.replaceAll("[^\\p{L}\\p{M}\\p{N}]+$", ""));
          }
          start = -1;
        }
        i += c >= 0 ? Character.charCount(c) : 1;
      }
      return runs;
    }

    private void shape(String run, String language, int count) {
      String script = CharScript.scriptTagFromCode(CharScript.dominantScript(run));
      if ("zyyy".equals(script) || "auto".equals(script)) {
        script = "*";
      }
      List<CharAssociation> associations = new ArrayList<>();
      CharSequence shaped;
      try {
        shaped = font.performSubstitution(run, script, language, associations, false);
        int[][] positions = font.performsPositioning() ? font.performPositioning(shaped, script, language, 10_000) : null;
        shaped = font.reorderCombiningMarks(shaped, positions, script, language, associations);
      } catch (RuntimeException e) {
        return;
      }
      int[] painted = shaped.codePoints().toArray();
      if (painted.length != associations.size()) {
        return;
      }
      List<Integer> codes = new ArrayList<>();
      for (int c : painted) {
        Integer cid = cidOfGlyph.get(font.findGlyphIndex(c));
        if (cid == null) {
          return;
        }
        codes.add(cid);
      }
      List<String> read = readings(run, associations);
      List<Integer> starts = new ArrayList<>();
      for (CharAssociation association : associations) {
        int[] intervals = association.isDisjoint() ? association.getSubIntervals()
            : new int[] {association.getStart(), association.getEnd()};
        starts.add(intervals.length > 0 ? intervals[0] : 0);
      }
      if (rightToLeft(run)) {
        java.util.Collections.reverse(codes);
        java.util.Collections.reverse(read);
        java.util.Collections.reverse(starts);
      }
      words.putIfAbsent(codes, read);
      boolean spanned = !readsInOrder(run, read);
      anySpanned |= spanned;
      // a right-to-left word whose glyphs read as it but for those that read as nothing (the
      // dots of a Noto Naskh letter): only those in (empty) spans, the letters read one by one.
      // A span's text of several right-to-left characters is read turned around by Poppler
      // 22 (pdftotext lays them out left to right, then reverses the line), not by PDFBox.
      boolean blanks = spanned && rightToLeft(run) && readsInOrder(run, read.stream().filter(r -> !r.isEmpty()).toList());
      runs.putIfAbsent(List.copyOf(codes), new Run(run, spanned, rightToLeft(run), List.copyOf(read), List.copyOf(starts), blanks));
      for (int i = 0; i < codes.size(); i++) {
        readings.computeIfAbsent(codes.get(i), c -> new HashMap<>()).merge(read.get(i), count, Integer::sum);
      }
    }

    /**
     * What each glyph of a shaped run reads as: the characters it was made from that no glyph
     * before it (in the run's order) took; a glyph that a ligature of the run's letters
     * draws reads as the letters; one that a letter is decomposed into besides its first, as nothing.
     */
    private static List<String> readings(String run, List<CharAssociation> associations) {
      int length = run.length();
      boolean[] taken = new boolean[length];
      List<String> read = new ArrayList<>();
      int[] starts = new int[associations.size()];
      for (int g = 0; g < associations.size(); g++) {
        CharAssociation association = associations.get(g);
        StringBuilder chars = new StringBuilder();
        StringBuilder controls = new StringBuilder();
        int[] intervals = association.isDisjoint() ? association.getSubIntervals()
            : new int[] {association.getStart(), association.getEnd()};
        starts[g] = intervals.length > 0 ? intervals[0] : 0;
        for (int k = 0; k + 1 < intervals.length; k += 2) {
          for (int i = Math.max(0, intervals[k]); i < Math.min(length, intervals[k + 1]); i++) {
            if (!taken[i]) {
              taken[i] = true;
              (invisible(run.charAt(i)) ? controls : chars).append(run.charAt(i));
            }
          }
        }
        // a glyph drawn for a control alone (a font's zero-width word joiner) reads as it
        read.add(chars.length() > 0 ? chars.toString() : controls.toString());
      }
      // a character no glyph took goes with the glyph made from what stands before it
      for (int i = 0; i < length; i++) {
        if (!taken[i] && !invisible(run.charAt(i)) && !read.isEmpty()) {
          int at = 0;
          for (int g = 0; g < starts.length; g++) {
            if (starts[g] <= i) {
              at = g;
            }
          }
          read.set(at, read.get(at) + run.charAt(i));
        }
      }
      return read;
    }

    /**
     * Whether a word's glyphs, read where they stand, give its text: not where a mark is drawn
     * apart from its letter (before it, or moved onto it: extractors place it by where it is
     * drawn), a glyph reads as nothing (the dots of a Noto Naskh letter) or the glyphs are not
     * the text's characters in order; nor in right-to-left text, where a glyph that reads as
     * several characters (a ligature) is turned around with the line by the extractors.
     *
     * @param read what each glyph reads as, in the word's left-to-right order
     */
    private static boolean readsInOrder(String run, List<String> read) {
      if (run.codePoints().anyMatch(c -> Character.getType(c) == Character.NON_SPACING_MARK
          || Character.getType(c) == Character.ENCLOSING_MARK)) {
        return false;
      }
      if (read.stream().anyMatch(String::isEmpty)) {
        return false;
      }
      boolean rtl = rightToLeft(run);
      if (rtl && read.stream().anyMatch(r -> r.codePointCount(0, r.length()) > 1)) {
        return false;
      }
      List<String> logical = new ArrayList<>(read);
      if (rtl) {
        java.util.Collections.reverse(logical);
      }
      return String.join("", logical).equals(run);
    }

    /**
     * A control or format character (a word joiner the stylesheets set between the letters of a
     * word kept whole, a soft hyphen, a zero-width joiner): FOP draws no glyph for it, and the
     * text had it for the layout, not for the reader.
     */
    private static boolean invisible(char c) {
      int type = Character.getType(c);
      return type == Character.FORMAT || type == Character.CONTROL;
    }

    static boolean rightToLeft(String run) {
      for (int i = 0; i < run.length(); ) {
        int c = run.codePointAt(i);
        byte d = Character.getDirectionality(c);
        if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
          return true;
        }
        if (d == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
          return false;
        }
        i += Character.charCount(c);
      }
      return false;
    }

    /** The characters the font's own character map gives each glyph (private-use ones FOP added left out). */
    private Map<Integer, List<Integer>> reverseCmap() {
      Map<Integer, List<Integer>> reverse = new HashMap<>();
      for (CMapSegment segment : font.getCMap()) {
        for (int c = segment.getUnicodeStart(); c <= segment.getUnicodeEnd(); c++) {
          int glyph = segment.getGlyphStartIndex() + c - segment.getUnicodeStart();
          if (cidOfGlyph.containsKey(glyph) && !isPrivateUse(c)) {
            reverse.computeIfAbsent(glyph, g -> new ArrayList<>()).add(c);
          }
        }
      }
      return reverse;
    }

    /**
     * What a glyph no run of the FO was shaped into reads as (a page number, a glyph of a font
     * without tables): the character of the text among those the font maps to it, else the
     * character FOP painted, its compatibility decomposition for a presentation form or a
     * radical.
     */
    private String unshaped(int cid, Map<Integer, List<Integer>> reverse, Set<Integer> characters) {
      int painted = cids.getUnicode(cid);
      List<Integer> mapped = reverse.getOrDefault(cids.getOriginalGlyphIndex(cid), List.of());
      if (characters.contains(painted) && mapped.contains(painted)) {
        return Character.toString(painted);
      }
      for (int c : mapped) {
        if (characters.contains(c)) {
          return Character.toString(c);
        }
      }
      if (painted > 0 && painted != 0xFFFF && !isPrivateUse(painted)) {
        String decomposed = Normalizer.normalize(Character.toString(painted), Normalizer.Form.NFKC);
        return decomposed.isEmpty() ? Character.toString(painted) : decomposed;
      }
      for (int c : mapped) {
        return Normalizer.normalize(Character.toString(c), Normalizer.Form.NFKC);
      }
      return painted > 0 && painted != 0xFFFF ? Character.toString(painted) : "";
    }

    /** How far a code's glyph advances, in thousandths of the font size (its width in the PDF). */
    float advance(int code) {
      try {
        return pdf.getWidth(code);
      } catch (IOException e) {
        return 0;
      }
    }

    /** Whether a code draws a space (which ends a word). */
    boolean spaceAt(int code) {
      return spaces.contains(code);
    }

    /** The codes that draw a word's glyphs with the reading they have in it (the same codes if it is not known). */
    List<Integer> recode(List<Integer> codes) {
      List<String> read = words.get(codes);
      if (read == null) {
        return codes;
      }
      List<Integer> recoded = new ArrayList<>(codes.size());
      for (int k = 0; k < codes.size(); k++) {
        recoded.add(codeFor(codes.get(k), read.get(k)));
      }
      return recoded;
    }

    private int codeFor(int cid, String reading) {
      if (reading.equals(text.get(cid)) || !readings.containsKey(cid) || readings.get(cid).size() < 2) {
        return cid;
      }
      return added.computeIfAbsent(cid, c -> new LinkedHashMap<>()).computeIfAbsent(reading, r -> next++);
    }

    /** The font's ToUnicode map, and for the codes added their glyph and width. */
    void write(PDDocument document, COSDictionary type0) throws IOException {
      Map<Integer, String> all = new TreeMap<>(text);
      Map<Integer, Integer> glyphOfCode = new TreeMap<>();
      for (Map.Entry<Integer, Map<String, Integer>> glyph : added.entrySet()) {
        for (Map.Entry<String, Integer> code : glyph.getValue().entrySet()) {
          all.put(code.getValue(), code.getKey());
          glyphOfCode.put(code.getValue(), glyph.getKey());
        }
      }
      COSStream toUnicode = document.getDocument().createCOSStream();
      try (OutputStream out = toUnicode.createOutputStream(COSName.FLATE_DECODE)) {
        out.write(cmap(all).getBytes(StandardCharsets.US_ASCII));
      }
      type0.setItem(COSName.TO_UNICODE, toUnicode);
      if (glyphOfCode.isEmpty()) {
        return;
      }
      COSDictionary descendant = (COSDictionary) ((COSArray) type0.getDictionaryObject(COSName.DESCENDANT_FONTS)).getObject(0);
      // the codes added draw the glyph of the code they were added for (the subset's glyphs
      // are numbered as FOP's codes: CIDToGIDMap Identity until now)
      ByteArrayOutputStream map = new ByteArrayOutputStream();
      for (int cid = 0; cid < next; cid++) {
        int glyph = glyphOfCode.getOrDefault(cid, cid);
        map.write(glyph >> 8);
        map.write(glyph);
      }
      COSStream cidToGid = document.getDocument().createCOSStream();
      try (OutputStream out = cidToGid.createOutputStream(COSName.FLATE_DECODE)) {
        map.writeTo(out);
      }
      descendant.setItem(COSName.CID_TO_GID_MAP, cidToGid);
      COSArray widths = (COSArray) descendant.getDictionaryObject(COSName.W);
      if (widths == null) {
        widths = new COSArray();
        descendant.setItem(COSName.W, widths);
      }
      int[] width = widthsByCode(widths);
      for (Map.Entry<Integer, Integer> code : glyphOfCode.entrySet()) {
        int w = code.getValue() < width.length ? width[code.getValue()] : -1;
        if (w >= 0) {
          widths.add(COSInteger.get(code.getKey()));
          COSArray one = new COSArray();
          one.add(COSInteger.get(w));
          widths.add(one);
        }
      }
    }

    private int[] widthsByCode(COSArray w) {
      int[] width = new int[cids.getNumberOfGlyphs()];
      java.util.Arrays.fill(width, -1);
      for (int i = 0; i < w.size(); ) {
        int first = ((org.apache.pdfbox.cos.COSNumber) w.getObject(i)).intValue();
        COSBase second = w.getObject(i + 1);
        if (second instanceof COSArray list) {
          for (int k = 0; k < list.size(); k++) {
            set(width, first + k, ((org.apache.pdfbox.cos.COSNumber) list.getObject(k)).intValue());
          }
          i += 2;
        } else {
          int last = ((org.apache.pdfbox.cos.COSNumber) second).intValue();
          int value = ((org.apache.pdfbox.cos.COSNumber) w.getObject(i + 2)).intValue();
          for (int c = first; c <= last; c++) {
            set(width, c, value);
          }
          i += 3;
        }
      }
      return width;
    }

    private static void set(int[] width, int at, int value) {
      if (at >= 0 && at < width.length) {
        width[at] = value;
      }
    }
  }

  private static final java.util.regex.Pattern CLUSTER = java.util.regex.Pattern.compile("\\P{M}\\p{M}+");

  private static boolean isPrivateUse(int c) {
    return c >= 0xE000 && c <= 0xF8FF || c >= 0xF0000;
  }

  /** A ToUnicode CMap: each code (two bytes) and the UTF-16 of what it reads as. */
  static String cmap(Map<Integer, String> text) {
    StringBuilder cmap = new StringBuilder("""
        /CIDInit /ProcSet findresource begin
        12 dict begin
        begincmap
        /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
        /CMapName /Adobe-Identity-UCS def
        /CMapType 2 def
        1 begincodespacerange
        <0000> <FFFF>
        endcodespacerange
        """);
    List<Map.Entry<Integer, String>> entries = new ArrayList<>(text.entrySet());
    for (int from = 0; from < entries.size(); from += 100) {
      List<Map.Entry<Integer, String>> block = entries.subList(from, Math.min(entries.size(), from + 100));
      cmap.append(block.size()).append(" beginbfchar\n");
      for (Map.Entry<Integer, String> entry : block) {
        cmap.append(String.format("<%04X> <", entry.getKey()));
        for (char c : entry.getValue().toCharArray()) {
          cmap.append(String.format("%04X", (int) c));
        }
        cmap.append(">\n");
      }
      cmap.append("endbfchar\n");
    }
    return cmap.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n").toString();
  }
}
