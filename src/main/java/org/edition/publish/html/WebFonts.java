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
 * that needs it (the fallback serif only for a page with a letter DejaVu lacks). The stacks of
 * edition.css name these families first.
 */
final class WebFonts {
  private WebFonts() {}

  /** The CSS family of each shipped family. */
  private static final Map<String, String> CSS_FAMILY = Map.of(
      BundledFonts.SERIF, "Edition Serif",
      BundledFonts.FALLBACK, "Edition Fallback",
      BundledFonts.SANS, "Edition Sans",
      "Noto Serif Hebrew", "Edition Hebrew",
      "Noto Naskh Arabic", "Edition Arabic",
      "Noto Serif SC", "Edition CJK");

  static String cssFamily(String family) {
    return CSS_FAMILY.getOrDefault(family, family);
  }

  /** Writes the fonts and their stylesheet into the site {@code folder}; returns their files. */
  static List<String> write(Path folder) throws IOException {
    FontSubsets.Shown shown = FontSubsets.shownIn(folder, p -> {
      String name = p.getFileName().toString();
      return name.endsWith(".html") || name.equals("edition.js") || name.equals("search.js");
    });
    Map<BundledFonts.Face, TreeSet<Integer>> shares =
        BundledFonts.shares(List.of(BundledFonts.serifOrder(), BundledFonts.sansOrder()), shown);
    List<String> written = new ArrayList<>();
    StringBuilder css = new StringBuilder("""
        /* The edition's fonts (DejaVu, Noto), cut down to the characters of this site by the build:
           see edition.css for the stacks that name them. */
        """);
    for (Map.Entry<BundledFonts.Face, TreeSet<Integer>> share : shares.entrySet()) {
      BundledFonts.Face face = share.getKey();
      TreeSet<Integer> codePoints = new TreeSet<>(share.getValue());
      codePoints.removeIf(c -> !face.covers(c));
      if (codePoints.isEmpty()) {
        continue;
      }
      String file = "assets/fonts/" + face.file().replaceFirst("\\.ttf$", ".woff");
      Path to = folder.resolve(file);
      Files.createDirectories(to.getParent());
      Files.write(StagedOutput.freshFile(to), Woff.of(FontSubsets.subset(face, codePoints)));
      written.add(file);
      String range = ranges(face.shaped() ? scriptRange(face) : codePoints);
      for (String[] style : face.faces()) {
        css.append("@font-face { font-family: \"").append(cssFamily(face.family())).append("\"; src: url(\"")
            .append(file.substring("assets/".length())).append("\") format(\"woff\"); font-style: ").append(style[0])
            .append("; font-weight: ").append(style[1].equals("bold") ? 700 : 400).append("; unicode-range: ")
            .append(range).append("; }\n");
      }
    }
    Path stylesheet = folder.resolve("assets/fonts.css");
    Files.writeString(StagedOutput.freshFile(stylesheet), css, StandardCharsets.UTF_8);
    written.add("assets/fonts.css");
    return written;
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
