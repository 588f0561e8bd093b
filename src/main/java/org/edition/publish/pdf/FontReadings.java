package org.edition.publish.pdf;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.fop.complexscripts.util.CharAssociation;
import org.apache.fop.complexscripts.util.CharScript;
import org.apache.fop.fonts.CIDSet;
import org.apache.fop.fonts.CMapSegment;
import org.apache.fop.fonts.MultiByteFont;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/** One embedded font: what each of its glyphs reads as, and the codes added for other readings. */
final class FontReadings {
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
  private final Map<List<Integer>, ShapedRun> runs = new HashMap<>();
  private boolean anySpanned;
  /** The codes added: a glyph's code and a reading, the code that draws the glyph for it. */
  private final Map<Integer, Map<String, Integer>> added = new TreeMap<>();
  private final Set<Integer> spaces = new HashSet<>();
  private int next;

  FontReadings(MultiByteFont font, PDType0Font pdf, TextLayer.Recorder recorder) {
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
        reading = unshaped(cid, reverse, recorder.characters());
      } else {
        reading = read.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey();
      }
      text.put(cid, reading);
      if (!reading.isEmpty() && reading.codePoints().allMatch(c -> TextLayer.isSpace((char) c)) && reading.length() == 1) {
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
    ShapedRun whole = runs.get(codes);
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
  private void shapeAgain(TextLayer.Recorder recorder) {
    for (Map.Entry<String, Map<String, Integer>> language : recorder.words().entrySet()) {
      Map<String, Integer> runs = new HashMap<>();
      for (Map.Entry<String, Integer> word : language.getValue().entrySet()) {
        for (String run : runs(word.getKey())) {
          runs.merge(run, word.getValue(), Integer::sum);
        }
      }
      for (Map.Entry<String, Integer> run : runs.entrySet()) {
        // a word whose letters the stylesheets joined with controls (kept whole across a page
        // turn) is drawn as FOP finds fit, its controls dropped or drawn: left as FOP maps it
        if (run.getKey().chars().noneMatch(c -> ShapedRun.invisible((char) c))) {
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
    List<String> read = ShapedRun.readings(run, associations);
    List<Integer> starts = ShapedRun.starts(associations);
    if (ShapedRun.rightToLeft(run)) {
      java.util.Collections.reverse(codes);
      java.util.Collections.reverse(read);
      java.util.Collections.reverse(starts);
    }
    words.putIfAbsent(codes, read);
    boolean spanned = !ShapedRun.readsInOrder(run, read);
    anySpanned |= spanned;
    // a right-to-left word whose glyphs read as it but for those that read as nothing (the
    // dots of a Noto Naskh letter): only those in (empty) spans, the letters read one by one.
    // A span's text of several right-to-left characters is read turned around by Poppler
    // 22 (pdftotext lays them out left to right, then reverses the line), not by PDFBox.
    boolean blanks = spanned && ShapedRun.rightToLeft(run) && ShapedRun.readsInOrder(run, read.stream().filter(r -> !r.isEmpty()).toList());
    runs.putIfAbsent(List.copyOf(codes), new ShapedRun(run, spanned, ShapedRun.rightToLeft(run), List.copyOf(read), List.copyOf(starts), blanks));
    for (int i = 0; i < codes.size(); i++) {
      readings.computeIfAbsent(codes.get(i), c -> new HashMap<>()).merge(read.get(i), count, Integer::sum);
    }
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
    ToUnicodeMaps.write(document, type0, text, added, cids.getNumberOfGlyphs(), next);
  }

  /** A run found among the glyphs of a word: from one glyph of the word to before another. */
  record Segment(ShapedRun run, int from, int to) {}

  private static final java.util.regex.Pattern CLUSTER = java.util.regex.Pattern.compile("\\P{M}\\p{M}+");

  private static boolean isPrivateUse(int c) {
    return c >= 0xE000 && c <= 0xF8FF || c >= 0xF0000;
  }
}
