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
            Glyphs glyphs = mended.computeIfAbsent(type0.getCOSObject(), f -> new Glyphs(fop, recorder));
            used.put(name, glyphs);
          }
        }
      }
      if (used.values().stream().anyMatch(Glyphs::readsDifferently)) {
        rewrite(document, page, used);
      }
    }
    for (Map.Entry<COSDictionary, Glyphs> font : mended.entrySet()) {
      font.getValue().write(document, font.getKey());
    }
  }

  /**
   * A page's words drawn with the code of the reading they have, where a glyph has several. A
   * word's glyphs are those shown one after the other in one font between two spaces: FOP shows a
   * word whose glyphs it moves (marks, cursive joins) a glyph at a time.
   */
  private static void rewrite(PDDocument document, PDPage page, Map<COSName, Glyphs> used) throws IOException {
    List<Object> tokens = new PDFStreamParser(page).parse();
    Glyphs current = null;
    Word word = new Word();
    List<Object> operands = new ArrayList<>();
    for (Object token : tokens) {
      if (token instanceof Operator operator) {
        String op = operator.getName();
        if ("Tf".equals(op) && !operands.isEmpty() && operands.get(0) instanceof COSName name) {
          Glyphs font = used.get(name);
          if (font != current) {
            word.end(current);
            current = font;
          }
        } else if (current != null && current.readsDifferently() && ("Tj".equals(op) || "TJ".equals(op))) {
          for (Object operand : operands) {
            if (operand instanceof COSString string) {
              word.add(string, current);
            } else if (operand instanceof COSArray array) {
              for (COSBase item : array) {
                if (item instanceof COSString string) {
                  word.add(string, current);
                }
              }
            }
          }
        }
        operands.clear();
      } else {
        operands.add(token);
      }
    }
    word.end(current);
    if (word.changed) {
      PDStream stream = new PDStream(document);
      try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
        new ContentStreamWriter(out).writeTokens(tokens);
      }
      page.setContents(stream);
    }
  }

  /** The glyphs of a word being read off a page: each code, and the string and place it is in. */
  private static final class Word {
    private final List<Integer> codes = new ArrayList<>();
    private final List<COSString> strings = new ArrayList<>();
    private final List<Integer> places = new ArrayList<>();
    boolean changed;

    void add(COSString string, Glyphs font) {
      byte[] bytes = string.getBytes();
      for (int i = 0; i + 1 < bytes.length; i += 2) {
        int code = ((bytes[i] & 0xFF) << 8) | (bytes[i + 1] & 0xFF);
        if (font.spaceAt(code)) {
          end(font);
        } else {
          codes.add(code);
          strings.add(string);
          places.add(i);
        }
      }
    }

    void end(Glyphs font) {
      if (font != null && !codes.isEmpty()) {
        List<Integer> recoded = font.recode(codes);
        for (int k = 0; k < codes.size(); k++) {
          if (!recoded.get(k).equals(codes.get(k))) {
            byte[] bytes = strings.get(k).getBytes().clone();
            bytes[places.get(k)] = (byte) (recoded.get(k) >> 8);
            bytes[places.get(k) + 1] = (byte) (int) recoded.get(k);
            strings.get(k).setValue(bytes);
            changed = true;
          }
        }
      }
      codes.clear();
      strings.clear();
      places.clear();
    }
  }

  /** One embedded font: what each of its glyphs reads as, and the codes added for other readings. */
  private static final class Glyphs {
    private final MultiByteFont font;
    private final CIDSet cids;
    /** The code of each glyph FOP embedded, by its number in the font. */
    private final Map<Integer, Integer> cidOfGlyph;
    /** The readings of each code: the characters and how often words draw the glyph for them. */
    private final Map<Integer, Map<String, Integer>> readings = new TreeMap<>();
    /** What each code reads as in the ToUnicode map. */
    private final Map<Integer, String> text = new TreeMap<>();
    /** The words as this font draws them (their codes, left to right) and what each glyph of them reads. */
    private final Map<List<Integer>, List<String>> words = new HashMap<>();
    /** The codes added: a glyph's code and a reading, the code that draws the glyph for it. */
    private final Map<Integer, Map<String, Integer>> added = new TreeMap<>();
    private final Set<Integer> spaces = new HashSet<>();
    private int next;

    Glyphs(MultiByteFont font, Recorder recorder) {
      this.font = font;
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
      if (rightToLeft(run)) {
        java.util.Collections.reverse(codes);
        java.util.Collections.reverse(read);
      }
      words.putIfAbsent(codes, read);
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
     * A control or format character (a word joiner the stylesheets set between the letters of a
     * word kept whole, a soft hyphen, a zero-width joiner): FOP draws no glyph for it, and the
     * text had it for the layout, not for the reader.
     */
    private static boolean invisible(char c) {
      int type = Character.getType(c);
      return type == Character.FORMAT || type == Character.CONTROL;
    }

    private static boolean rightToLeft(String run) {
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
