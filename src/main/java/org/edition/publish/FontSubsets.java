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
    return shownIn(folder, which, null);
  }

  /**
   * The same, each file's characters remembered in {@code memory} (a file of the build's cache,
   * or null): a file of the same size and time as at the last build (a page of a text that did
   * not change, linked again) is not read again. A site of 16,000 pages is 800 MB to read; one
   * changed text is one page.
   */
  public static Shown shownIn(Path folder, Predicate<Path> which, Path memory) throws IOException {
    // a bit per character seen: a site of 16,000 pages is some 10^8 characters, a few hundred
    // of them distinct (a sorted set of boxed numbers cost a tenth of the site's build)
    BitSet shown = new BitSet();
    shown.set(0x20, 0x7F);
    Set<String> clusters = new TreeSet<>();
    Map<String, String> before = memory == null ? Map.of() : remembered(memory);
    Map<String, String> now = new java.util.LinkedHashMap<>();
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.filter(Files::isRegularFile).filter(which).sorted().toList()) {
        java.nio.file.attribute.BasicFileAttributes stat = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class);
        // the file itself (its inode, where the system has one), its size and time
        String key = folder.relativize(file).toString().replace('\\', '/') + "\t" + stat.size() + "\t"
            + stat.lastModifiedTime() + (stat.fileKey() == null ? "" : " " + stat.fileKey()).replace('\t', ' ');
        String seen = before.get(key);
        if (seen == null) {
          BitSet own = new BitSet();
          Set<String> ownClusters = new TreeSet<>();
          read(file, own, ownClusters);
          seen = encode(own, ownClusters);
        }
        now.put(key, seen);
        decode(seen, shown, clusters);
      }
    }
    if (memory != null) {
      Files.createDirectories(memory.getParent());
      Path partial = memory.resolveSibling(memory.getFileName() + ".partial");
      try (java.io.BufferedWriter out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
        for (Map.Entry<String, String> entry : now.entrySet()) {
          out.write(entry.getKey() + "\t" + entry.getValue() + "\n");
        }
      }
      Files.move(partial, memory, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    boolean tab = shown.get('\t');
    shown.clear(0, 0x20);
    shown.set('\t', tab);
    TreeSet<Integer> codePoints = new TreeSet<>();
    shown.stream().forEach(codePoints::add);
    return new Shown(codePoints, clusters);
  }

  /** A file's characters and its letters with combining marks, line by line (a page of a large
   * edition, its list of texts or a register, may be larger than the memory left; a letter with
   * its marks is never split over two lines). */
  private static void read(Path file, BitSet shown, Set<String> clusters) throws IOException {
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

  /** A file's characters as ranges of hexadecimal code points ("20-7e,e9"), then its clusters. */
  private static String encode(BitSet shown, Set<String> clusters) {
    StringBuilder out = new StringBuilder();
    for (int from = shown.nextSetBit(0); from >= 0; ) {
      int to = shown.nextClearBit(from) - 1;
      out.append(out.length() > 0 ? "," : "").append(Integer.toHexString(from));
      if (to > from) {
        out.append('-').append(Integer.toHexString(to));
      }
      from = shown.nextSetBit(to + 1);
    }
    for (String cluster : clusters) {
      out.append('\u001F').append(cluster);
    }
    return out.toString();
  }

  private static void decode(String seen, BitSet shown, Set<String> clusters) {
    String[] parts = seen.split("\u001F", -1);
    if (!parts[0].isEmpty()) {
      for (String range : parts[0].split(",")) {
        int dash = range.indexOf('-');
        int from = Integer.parseInt(dash < 0 ? range : range.substring(0, dash), 16);
        int to = dash < 0 ? from : Integer.parseInt(range.substring(dash + 1), 16);
        shown.set(from, to + 1);
      }
    }
    for (int i = 1; i < parts.length; i++) {
      clusters.add(parts[i]);
    }
  }

  /** The characters each file had at the last build, by its path, size and time. */
  private static Map<String, String> remembered(Path memory) throws IOException {
    Map<String, String> seen = new HashMap<>();
    if (Files.isRegularFile(memory)) {
      try (BufferedReader lines = Files.newBufferedReader(memory, StandardCharsets.UTF_8)) {
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
          int third = line.indexOf('\t', line.indexOf('\t', line.indexOf('\t') + 1) + 1);
          if (third > 0) {
            seen.put(line.substring(0, third), line.substring(third + 1));
          }
        }
      } catch (java.nio.charset.CharacterCodingException e) {
        return Map.of();
      }
    }
    return seen;
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
