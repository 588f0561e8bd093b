package org.edition.publish.epub;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.edition.publish.BundledFonts;

/**
 * The embedded fonts of one book cut down to the characters it can show (FontBox's subsetter, as
 * PDFBox and FOP do for a PDF): a book of 40 KB of text no longer carries 1.4 MB of fonts.
 * What a book can show: every character of its pages and stylesheet (generated content
 * included), both cases of each letter (a reading system may set capitals or small capitals),
 * and printable ASCII (list numbers, a reader's own notes).
 */
final class FontSubsets {
  /** A parsed font is read lazily from its buffer, so each thread keeps its own. */
  private static final ThreadLocal<Map<String, TrueTypeFont>> PARSED = ThreadLocal.withInitial(HashMap::new);

  /**
   * The tables a subset keeps: the glyphs, their metrics and hinting, and the character map.
   * Not GSUB, GPOS, GDEF, kern or MATH: copied as they are, they would still name the glyphs by
   * their old numbers, and a reading system would substitute the wrong ones ("technique" read
   * "tecique" in Chromium). A book's text loses its kerning, not a letter.
   */
  private static final java.util.List<String> KEPT_TABLES = java.util.List.of(
      "head", "hhea", "maxp", "OS/2", "name", "cmap", "glyf", "loca", "hmtx", "post", "cvt ", "fpgm", "prep", "gasp");

  static {
    org.edition.publish.LibraryLogging.quiet();
  }

  private FontSubsets() {}

  /** The code points the XHTML and CSS files under {@code folder} can show, in order. */
  static TreeSet<Integer> shownIn(Path folder) throws IOException {
    TreeSet<Integer> shown = new TreeSet<>();
    for (int c = 0x20; c < 0x7F; c++) {
      shown.add(c);
    }
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".xhtml") || p.toString().endsWith(".css")).sorted().toList()) {
        Files.readString(file, StandardCharsets.UTF_8).codePoints().forEach(c -> {
          shown.add(c);
          shown.add(Character.toUpperCase(c));
          shown.add(Character.toLowerCase(c));
        });
      }
    }
    shown.removeIf(c -> c < 0x20 && c != '\t');
    return shown;
  }

  /**
   * The face as a book needs it: the glyphs of the characters it is meant for (and what they are
   * built from); a script font whose letters are shaped, whole if the book has any of them.
   */
  static byte[] subset(BundledFonts.Face face, TreeSet<Integer> codePoints) throws IOException {
    TreeSet<Integer> covered = new TreeSet<>();
    codePoints.stream().filter(face::covers).forEach(covered::add);
    if (face.shaped() && !covered.isEmpty()) {
      return BundledFonts.bytes(face);
    }
    if (covered.isEmpty()) {
      // most books have none of a script font's letters: that subset is the same for all of them
      return EMPTY.computeIfAbsent(face.file(), f -> {
        try {
          return cut(face, covered);
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
