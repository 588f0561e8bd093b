package org.edition.publish;

import java.io.ByteArrayOutputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The embedded fonts of a book (EPUB) or a website cut down to the characters it can show
 * (FontBox's subsetter, as PDFBox and FOP do for a PDF): a book of 40 KB of text no longer
 * carries 1.4 MB of fonts. What a book or site can show: every character of its pages, scripts
 * and stylesheets (generated content included), both cases of each letter (a reading system may
 * set capitals or small capitals), and printable ASCII (list numbers, a reader's own notes);
 * each face carries its share of them ({@link BundledFonts#shares}).
 */
public final class FontSubsets {
  /** A parsed font is read lazily from its buffer, so each thread keeps its own. */
  private static final ThreadLocal<Map<String, TrueTypeFont>> PARSED = ThreadLocal.withInitial(HashMap::new);

  /**
   * The tables a subset keeps: the glyphs, their metrics and hinting, and the character map.
   * Not GSUB, GPOS, GDEF, kern or MATH: copied as they are, they would still name the glyphs by
   * their old numbers, and a reading system would substitute the wrong ones ("technique" read
   * "tecique" in Chromium). A book's text loses its kerning, not a letter; a combining mark is
   * placed by the reader's shaper from the glyphs' outlines (HarfBuzz's fallback positioning).
   */
  private static final List<String> KEPT_TABLES = List.of(
      "head", "hhea", "maxp", "OS/2", "name", "cmap", "glyf", "loca", "hmtx", "post", "cvt ", "fpgm", "prep", "gasp");

  /** A letter with the combining marks that follow it: what one face must draw whole. */
  private static final Pattern CLUSTER = Pattern.compile("\\P{M}\\p{M}+");

  static {
    LibraryLogging.quiet();
  }

  private FontSubsets() {}

  /** What a book or a site shows: its characters, and its letters with combining marks. */
  public record Shown(TreeSet<Integer> codePoints, Set<String> clusters) {}

  /** The characters the XHTML and CSS files under {@code folder} can show. */
  public static Shown shownIn(Path folder) throws IOException {
    return shownIn(folder, p -> p.toString().endsWith(".xhtml") || p.toString().endsWith(".css"));
  }

  /** The characters the files under {@code folder} that {@code which} takes can show. */
  public static Shown shownIn(Path folder, Predicate<Path> which) throws IOException {
    // a bit per character seen: a site of 16,000 pages is some 10^8 characters, a few hundred
    // of them distinct (a sorted set of boxed numbers cost a tenth of the site's build)
    BitSet shown = new BitSet();
    shown.set(0x20, 0x7F);
    Set<String> clusters = new TreeSet<>();
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.filter(Files::isRegularFile).filter(which).sorted().toList()) {
        // line by line: a page of a large edition (its list of texts, a register) may be larger
        // than the memory left, and a letter with its marks is never split over two lines
        try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
          for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            if (charactersOf(line, shown)) {
              Matcher cluster = CLUSTER.matcher(line);
              while (cluster.find()) {
                String found = cluster.group();
                clusters.add(found);
                clusters.add(found.toUpperCase(java.util.Locale.ROOT));
              }
            }
          }
        }
      }
    }
    boolean tab = shown.get('\t');
    shown.clear(0, 0x20);
    shown.set('\t', tab);
    TreeSet<Integer> codePoints = new TreeSet<>();
    shown.stream().forEach(codePoints::add);
    return new Shown(codePoints, clusters);
  }

  /** Marks the characters of a text (both cases of each letter) seen; whether it has combining marks. */
  private static boolean charactersOf(String text, BitSet shown) {
    boolean marks = false;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (!shown.get(c)) {
        shown.set(c);
        shown.set(Character.toUpperCase(c));
        shown.set(Character.toLowerCase(c));
      }
      int type = Character.getType(c);
      marks |= type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK;
    }
    return marks;
  }

  /**
   * The face as a book needs it: the glyphs of the characters given (and what they are built
   * from); a script font whose letters are shaped, whole if it has any of them.
   */
  public static byte[] subset(BundledFonts.Face face, Set<Integer> codePoints) throws IOException {
    TreeSet<Integer> covered = new TreeSet<>();
    codePoints.stream().filter(face::covers).forEach(covered::add);
    if (face.shaped() && !covered.isEmpty()) {
      return BundledFonts.bytes(face);
    }
    if (covered.isEmpty()) {
      // most books have none of a script font's letters: that subset is the same for all of them
      // (the space alone: a subset of nothing would keep a character map of the whole font)
      return EMPTY.computeIfAbsent(face.file(), f -> {
        try {
          return cut(face, new TreeSet<>(List.of(0x20)));
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      });
    }
    return cut(face, covered);
  }

  private static final Map<String, byte[]> EMPTY = new java.util.concurrent.ConcurrentHashMap<>();

  private static byte[] cut(BundledFonts.Face face, TreeSet<Integer> covered) throws IOException {
    TrueTypeFont font = PARSED.get().get(face.file());
    if (font == null) {
      font = new TTFParser().parse(new RandomAccessReadBuffer(BundledFonts.bytes(face)));
      PARSED.get().put(face.file(), font);
    }
    TTFSubsetter subsetter = new TTFSubsetter(font, KEPT_TABLES);
    covered.forEach(subsetter::add);
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    subsetter.writeToStream(out);
    return out.toByteArray();
  }
}
