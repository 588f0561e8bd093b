package org.edition.publish;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The fonts the toolkit ships and embeds, never those of the machine it runs on, the same in every
 * format (PDF, EPUB, website): EB Garamond for the text, a book face with real small capitals and
 * old-style figures, Latin, polytonic Greek and Cyrillic (resources under org/edition/fonts/garamond,
 * made by src/fonts/book-faces.py; SIL Open Font License), with its small capitals as a family of
 * their own; behind it DejaVu Serif for the letters it lacks and DejaVu Sans for the symbols
 * (net.sf.jasperreports:jasperreports-fonts, Bitstream Vera licence); Noto Serif for the letters
 * and marks both lack (Old Church Slavonic, the combining letters of German and Cyrillic prints:
 * "uͤ", "ст꙯"); Noto for the scripts none has letters for: Hebrew, Arabic, Chinese and Japanese
 * (resources under org/edition/fonts/noto, SIL Open Font License).
 *
 * <p>Of the book faces tried on every character of ../shared/corpus and the flagship (EB Garamond,
 * Cardo, Literata, Source Serif 4), EB Garamond lacks the fewest (41 of 445, Hebrew and Chinese
 * the script faces draw, 7 Cyrillic ones DejaVu has); Cardo lacks most of Cyrillic, Source Serif 4
 * polytonic Greek.
 */
public final class BundledFonts {
  /** The book face: the text of every format. */
  public static final String BOOK = "EB Garamond Edition";
  /** The book face's small capitals (Greek without accents, as Greek sets capitals). */
  public static final String SMALL_CAPS = "EB Garamond Edition SC";
  public static final String SERIF = "DejaVu Serif";
  public static final String SANS = "DejaVu Sans";
  /** The text face behind the serif, for the letters and marks DejaVu Serif lacks. */
  public static final String FALLBACK = "Noto Serif";
  private static final String DEJAVU = "/net/sf/jasperreports/fonts/dejavu/";
  private static final String NOTO = "/org/edition/fonts/noto/";
  private static final String GARAMOND = "/org/edition/fonts/garamond/";

  /**
   * One font file with the faces (style, weight) it is used for. A script font names its script's
   * Unicode blocks: a book that has none of its letters need not carry it, one that has them needs
   * its shaping tables whole (an Arabic word is joined by GSUB, Hebrew points placed by GPOS).
   *
   * @param shaped its letters are shaped by the font's tables: never subset without them
   */
  public record Face(String resource, String family, List<String[]> faces, int[][] script, boolean shaped) {
    /** The file's name. */
    public String file() {
      return resource.substring(resource.lastIndexOf('/') + 1);
    }

    /** Whether the face is meant for this code point (every character, for the text faces). */
    public boolean covers(int codePoint) {
      if (script.length == 0) {
        return true;
      }
      for (int[] block : script) {
        if (codePoint >= block[0] && codePoint <= block[1]) {
          return true;
        }
      }
      return false;
    }
  }

  private static final String[] REGULAR = {"normal", "normal"};
  private static final String[] ITALIC = {"italic", "normal"};
  private static final String[] BOLD = {"normal", "bold"};
  private static final String[] BOLD_ITALIC = {"italic", "bold"};

  public static final List<Face> BOOK_FACES = garamond(BOOK, "EBGaramondEdition");

  public static final List<Face> SMALL_CAPS_FACES = garamond(SMALL_CAPS, "EBGaramondEditionSC");

  public static final List<Face> SERIF_FACES = dejaVu(SERIF, "DejaVuSerif", "Italic");

  public static final List<Face> SANS_FACES = dejaVu(SANS, "DejaVuSans", "Oblique");

  /**
   * Noto Serif (Google Fonts' build, @expo-google-fonts/noto-serif 0.4.2): Latin, Greek and
   * Cyrillic with what DejaVu Serif lacks (U+0364 combining e above, U+1C82 narrow o, U+A64B
   * monograph uk, U+A66F vzmet, the titlo and the combining Cyrillic letters).
   */
  public static final List<Face> FALLBACK_FACES = List.of(
      new Face(NOTO + "NotoSerif-Regular.ttf", FALLBACK, List.<String[]>of(REGULAR), new int[][] {}, false),
      new Face(NOTO + "NotoSerif-Italic.ttf", FALLBACK, List.<String[]>of(ITALIC), new int[][] {}, false),
      new Face(NOTO + "NotoSerif-Bold.ttf", FALLBACK, List.<String[]>of(BOLD), new int[][] {}, false),
      new Face(NOTO + "NotoSerif-BoldItalic.ttf", FALLBACK, List.<String[]>of(BOLD_ITALIC), new int[][] {}, false));

  private static final int[][] HEBREW = {{0x0590, 0x05FF}, {0xFB1D, 0xFB4F}};
  private static final int[][] ARABIC = {
    {0x0600, 0x06FF}, {0x0750, 0x077F}, {0x0870, 0x08FF}, {0xFB50, 0xFDFF}, {0xFE70, 0xFEFF}
  };
  private static final int[][] CJK = {
    {0x2E80, 0x2FDF}, {0x3000, 0x30FF}, {0x31C0, 0x31FF}, {0x3400, 0x4DBF}, {0x4E00, 0x9FFF},
    {0xF900, 0xFAFF}, {0xFE30, 0xFE4F}, {0xFF00, 0xFFEF}, {0x20000, 0x2FA1F}
  };

  /**
   * The script fonts, in the order a missing letter is looked for. Noto has no italic for these
   * scripts (nor have their printing traditions), so the upright face serves for italic too; Noto
   * Serif SC ships one weight (15 MB), set for bold as well.
   */
  public static final List<Face> SCRIPT_FACES = List.of(
      new Face(NOTO + "NotoSerifHebrew-Regular.ttf", "Noto Serif Hebrew", List.of(REGULAR, ITALIC), HEBREW, true),
      new Face(NOTO + "NotoSerifHebrew-Bold.ttf", "Noto Serif Hebrew", List.of(BOLD, BOLD_ITALIC), HEBREW, true),
      new Face(NOTO + "NotoNaskhArabic-Regular.ttf", "Noto Naskh Arabic", List.of(REGULAR, ITALIC), ARABIC, true),
      new Face(NOTO + "NotoNaskhArabic-Bold.ttf", "Noto Naskh Arabic", List.of(BOLD, BOLD_ITALIC), ARABIC, true),
      new Face(NOTO + "NotoSerifSC-Regular.ttf", "Noto Serif SC", List.of(REGULAR, ITALIC, BOLD, BOLD_ITALIC), CJK, false));

  /** The families of the script fonts, each once, in order. */
  private static List<String> scriptFamilies() {
    return SCRIPT_FACES.stream().map(Face::family).distinct().toList();
  }

  /**
   * The font-family list of the printed text: the serif, the fallback serif for the letters and
   * marks it lacks, then the scripts neither has, then the sans for the symbols (FOP picks the
   * first font that has a character's glyph).
   */
  public static String printFamilies() {
    return String.join(", ", serifOrder());
  }

  /** Every font a PDF may use. */
  public static List<Face> printFaces() {
    return Stream.of(BOOK_FACES, SMALL_CAPS_FACES, SERIF_FACES, FALLBACK_FACES, SCRIPT_FACES, SANS_FACES)
        .flatMap(List::stream).toList();
  }

  /** The four styles of a family, as CSS and XSL-FO name them (style, weight). */
  public static final List<String[]> STYLES = List.of(REGULAR, ITALIC, BOLD, BOLD_ITALIC);

  /**
   * The order a character of the text is looked for in: the book face, the serif, the fallback
   * serif, the scripts, the sans (the PDF's font-family, the EPUB's and the website's serif stack).
   */
  public static List<String> serifOrder() {
    List<String> families = new ArrayList<>(List.of(BOOK, SERIF, FALLBACK));
    families.addAll(scriptFamilies());
    families.add(SANS);
    return families;
  }

  /** The order of text set in small capitals: the book face's small capitals, then the text's. */
  public static List<String> smallCapsOrder() {
    List<String> families = new ArrayList<>(List.of(SMALL_CAPS));
    families.addAll(serifOrder());
    return families;
  }

  /** The font-family list of the print's small capitals. */
  public static String printSmallCapsFamilies() {
    return String.join(", ", smallCapsOrder());
  }

  /** The website's sans text (its header, tools, margins): DejaVu Sans, then what it lacks. */
  public static List<String> sansOrder() {
    List<String> families = new ArrayList<>(List.of(SANS, FALLBACK));
    families.addAll(scriptFamilies());
    return families;
  }

  /** The face of a family for a style ({@link #STYLES}), or null. */
  public static Face face(String family, String[] style) {
    for (Face face : printFaces()) {
      if (face.family().equals(family) && face.faces().stream().anyMatch(s -> java.util.Arrays.equals(s, style))) {
        return face;
      }
    }
    return null;
  }

  private static final java.util.Map<String, org.apache.fontbox.ttf.CmapLookup> CMAPS = new java.util.concurrent.ConcurrentHashMap<>();

  /** Whether the face has a glyph for the character (and is meant for it). */
  public static boolean has(Face face, int codePoint) {
    if (!face.covers(codePoint)) {
      return false;
    }
    org.apache.fontbox.ttf.CmapLookup cmap = CMAPS.computeIfAbsent(face.file(), f -> {
      try {
        // the cmap is read whole as the font is parsed: the lookup is safe to share
        return new org.apache.fontbox.ttf.TTFParser().parse(new org.apache.pdfbox.io.RandomAccessReadBuffer(bytes(face)))
            .getUnicodeCmapLookup();
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    return cmap.getGlyphId(codePoint) > 0;
  }

  /**
   * What each face draws of what a book or site shows, for text set in each of the given orders
   * of families and in each style: a character goes to the first face that has it; a letter
   * with combining marks that this face cannot draw whole goes whole to the first face that can
   * (a u with an e above from Noto Serif, not a DejaVu u and a Noto mark: the way browsers fall
   * back, per cluster).
   */
  public static java.util.Map<Face, java.util.TreeSet<Integer>> shares(List<List<String>> orders, FontSubsets.Shown shown) {
    java.util.Map<Face, java.util.TreeSet<Integer>> shares = new java.util.LinkedHashMap<>();
    for (Face face : printFaces()) {
      shares.put(face, new java.util.TreeSet<>());
    }
    for (List<String> order : orders) {
      for (String[] style : STYLES) {
        List<Face> chain = order.stream().map(family -> face(family, style)).filter(f -> f != null).toList();
        for (int c : shown.codePoints()) {
          for (Face face : chain) {
            if (has(face, c)) {
              shares.get(face).add(c);
              break;
            }
          }
        }
        for (String cluster : shown.clusters()) {
          int[] points = cluster.codePoints().toArray();
          // the first face that has the whole cluster draws all of it (whichever face would
          // draw its letter, or its marks, alone)
          chain.stream().filter(f -> java.util.Arrays.stream(points).allMatch(c -> has(f, c))).findFirst()
              .ifPresent(f -> java.util.Arrays.stream(points).forEach(shares.get(f)::add));
        }
      }
    }
    return shares;
  }

  /** A family's four faces, as book-faces.py names their files (EBGaramondEdition-BoldItalic.ttf). */
  private static List<Face> garamond(String family, String file) {
    int[][] all = {};
    return List.of(
        new Face(GARAMOND + file + "-Regular.ttf", family, List.<String[]>of(REGULAR), all, false),
        new Face(GARAMOND + file + "-Italic.ttf", family, List.<String[]>of(ITALIC), all, false),
        new Face(GARAMOND + file + "-Bold.ttf", family, List.<String[]>of(BOLD), all, false),
        new Face(GARAMOND + file + "-BoldItalic.ttf", family, List.<String[]>of(BOLD_ITALIC), all, false));
  }

  /** A family's four faces, as DejaVu names their files (DejaVuSans-BoldOblique.ttf). */
  private static List<Face> dejaVu(String family, String file, String slanted) {
    int[][] all = {};
    return List.of(
        new Face(DEJAVU + file + ".ttf", family, List.<String[]>of(REGULAR), all, false),
        new Face(DEJAVU + file + "-" + slanted + ".ttf", family, List.<String[]>of(ITALIC), all, false),
        new Face(DEJAVU + file + "-Bold.ttf", family, List.<String[]>of(BOLD), all, false),
        new Face(DEJAVU + file + "-Bold" + slanted + ".ttf", family, List.<String[]>of(BOLD_ITALIC), all, false));
  }

  private BundledFonts() {}

  /** Copies a font file out of the jar. */
  public static void copy(Face face, Path to) throws IOException {
    Files.createDirectories(to.getParent());
    try (InputStream in = open(face)) {
      Files.copy(in, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** The bytes of a font file. */
  public static byte[] bytes(Face face) throws IOException {
    try (InputStream in = open(face)) {
      return in.readAllBytes();
    }
  }

  private static InputStream open(Face face) throws IOException {
    InputStream in = BundledFonts.class.getResourceAsStream(face.resource());
    if (in == null) {
      throw new IOException("the font " + face.file() + " is missing from the class path");
    }
    return in;
  }
}
