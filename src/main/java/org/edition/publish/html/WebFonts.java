package org.edition.publish.html;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.edition.publish.BundledFonts;
import org.edition.publish.FontSubsets;
import org.edition.publish.StagedOutput;
import org.edition.publish.Woff;

/**
 * The website's fonts: the faces the PDF and the EPUB embed, so that a page looks the same on
 * every machine, each cut down to its share of the characters the site's pages and scripts show
 * (as the EPUB's, {@link FontSubsets}) and written as WOFF under {@code assets/fonts/}, with
 * {@code assets/fonts.css}, which every page links: a rule per face and style, its
 * {@code unicode-range} what the subset holds, so that a browser fetches a face only for a page
 * that needs it (the fallback serif only for a page with a letter EB Garamond and DejaVu lack). The stacks of
 * edition.css name these families first.
 */
final class WebFonts {
  private WebFonts() {}

  /** The CSS family of each shipped family. */
  private static final Map<String, String> CSS_FAMILY = Map.of(
      BundledFonts.BOOK, "Edition Book",
      BundledFonts.SMALL_CAPS, "Edition Small Caps",
      BundledFonts.SERIF, "Edition Serif",
      BundledFonts.FALLBACK, "Edition Fallback",
      BundledFonts.SANS, "Edition Sans",
      "Noto Serif Hebrew", "Edition Hebrew",
      "Noto Naskh Arabic", "Edition Arabic",
      "Noto Serif SC", "Edition CJK");

  static String cssFamily(String family) {
    return CSS_FAMILY.getOrDefault(family, family);
  }

  /**
   * Writes the fonts and their stylesheet into the site {@code folder}; returns their files. They
   * are made once for a set of characters and kept in {@code cache}: a build whose pages show the
   * same characters links them again (a changed word leaves the fonts as they were).
   */
  static List<String> write(Path folder, Path cache) throws IOException {
    FontSubsets.Shown shown = FontSubsets.shownIn(folder, p -> {
      String name = p.getFileName().toString();
      return name.endsWith(".html") || name.equals("edition.js") || name.equals("search.js");
    }, cache.resolve(SHOWN));
    Map<BundledFonts.Face, TreeSet<Integer>> shares =
        BundledFonts.shares(List.of(BundledFonts.serifOrder(), BundledFonts.smallCapsOrder(), BundledFonts.sansOrder()), shown);
    shares.forEach((face, codePoints) -> codePoints.removeIf(c -> !face.covers(c)));
    shares.values().removeIf(TreeSet::isEmpty);
    org.edition.load.Fingerprint key = org.edition.load.Fingerprint.start().add(FORMAT).add(org.edition.load.ToolVersion.get());
    for (Map.Entry<BundledFonts.Face, TreeSet<Integer>> share : shares.entrySet()) {
      key.add(share.getKey().resource()).add(String.valueOf(resourceSize(share.getKey()))).add(ranges(share.getValue()));
    }
    Path made = cache.resolve(key.hex());
    if (!Files.isRegularFile(made.resolve("fonts.css"))) {
      make(shares, made);
    }
    forgetOthers(cache, made);
    List<String> written = new ArrayList<>();
    try (java.util.stream.Stream<Path> files = Files.walk(made)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        String name = "assets/" + made.relativize(file).toString().replace('\\', '/');
        Path to = folder.resolve(name);
        Files.createDirectories(to.getParent());
        Files.deleteIfExists(to);
        try {
          Files.createLink(to, file);
        } catch (UnsupportedOperationException | IOException e) {
          Files.copy(file, to);
        }
        written.add(name);
      }
    }
    return written;
  }

  /** The characters of each page at the last build (FontSubsets.shownIn), beside the fonts made. */
  private static final String SHOWN = "pages-shown.tsv";

  /** What the cached fonts are made by: a change to the subsetting or the WOFF files makes them anew. */
  private static final String FORMAT = "web fonts 2";

  private static long resourceSize(BundledFonts.Face face) throws IOException {
    java.net.URL url = BundledFonts.class.getResource(face.resource());
    return url == null ? -1 : url.openConnection().getContentLengthLong();
  }

  /** The fonts (fonts/*.woff) and their stylesheet (fonts.css) in {@code to}. */
  private static void make(Map<BundledFonts.Face, TreeSet<Integer>> shares, Path to) throws IOException {
    Path partial = Files.createDirectories(to.resolveSibling(to.getFileName() + ".partial"));
    StringBuilder css = new StringBuilder("""
        /* The edition's fonts (EB Garamond, DejaVu, Noto), cut down to the characters of this site by the build:
           see edition.css for the stacks that name them. */
        """);
    for (Map.Entry<BundledFonts.Face, TreeSet<Integer>> share : shares.entrySet()) {
      BundledFonts.Face face = share.getKey();
      String file = "fonts/" + face.file().replaceFirst("\\.ttf$", ".woff");
      Path font = partial.resolve(file);
      Files.createDirectories(font.getParent());
      Files.write(font, Woff.of(FontSubsets.subset(face, share.getValue())));
      String range = ranges(face.shaped() ? scriptRange(face) : share.getValue());
      for (String[] style : face.faces()) {
        css.append("@font-face { font-family: \"").append(cssFamily(face.family())).append("\"; src: url(\"")
            .append(file).append("\") format(\"woff\"); font-style: ").append(style[0])
            .append("; font-weight: ").append(style[1].equals("bold") ? 700 : 400).append("; unicode-range: ")
            .append(range).append("; }\n");
      }
    }
    Files.writeString(partial.resolve("fonts.css"), css, StandardCharsets.UTF_8);
    StagedOutput.deleteTree(to);
    Files.move(partial, to, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
  }

  /** Only the fonts of the last build are kept. */
  private static void forgetOthers(Path cache, Path kept) throws IOException {
    try (java.util.stream.Stream<Path> made = Files.list(cache)) {
      for (Path other : made.filter(p -> !p.equals(kept) && !p.getFileName().toString().equals(SHOWN)).toList()) {
        StagedOutput.deleteTree(other);
      }
    }
  }

  /** A shaped script font is whole: its range is its script's. */
  private static TreeSet<Integer> scriptRange(BundledFonts.Face face) {
    TreeSet<Integer> all = new TreeSet<>();
    for (int c = 0; c < 0x30000; c++) {
      if (face.covers(c)) {
        all.add(c);
      }
    }
    return all;
  }

  /** Code points as a CSS unicode-range: U+20-7E, U+A0, ... */
  static String ranges(TreeSet<Integer> codePoints) {
    List<String> ranges = new ArrayList<>();
    Integer start = null;
    int last = -2;
    for (int c : codePoints) {
      if (start != null && c != last + 1) {
        ranges.add(range(start, last));
        start = null;
      }
      if (start == null) {
        start = c;
      }
      last = c;
    }
    if (start != null) {
      ranges.add(range(start, last));
    }
    return String.join(", ", ranges);
  }

  private static String range(int from, int to) {
    return from == to ? String.format("U+%X", from) : String.format("U+%X-%X", from, to);
  }
}
