package org.edition.gallery;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The contact sheet of built editions, for looking at what a change does to the pages: every
 * page type of each site at 1280 and 390 CSS px (and dark, if asked), the first pages of each
 * PDF, the first chapters of each EPUB, and the focus shots of a small file, gathered in one
 * {@code index.html} that opens from {@code file://} without script. Given the builds of the same
 * inputs by another version of the code (the "before"), it shows each picture before and after,
 * side by side, says which differ, and lists those alone in {@code changes.html}.
 *
 * <p>{@code bench/gallery.sh} builds the editions and runs this; by hand:
 * {@code java -cp ... org.edition.gallery.Gallery --out DIR --edition NAME=BUILD [--before NAME=BUILD]
 * [--focus FILE] [--dark] [--no-full] [--after-label TEXT] [--before-label TEXT]}, where BUILD is an
 * output folder of {@code edition build} (with html/, pdf/, epub/ inside).
 *
 * <p>What it writes under DIR: {@code after/shots/NAME/{site,pdf,epub}/*.png},
 * {@code after/shots/focus/*.png}, {@code after/epub/NAME/BOOK/} (the books unzipped), the same
 * under {@code before/} when comparing, and {@code index.html} (with {@code changes.html}).
 */
public final class Gallery {
  /** What one run shows. */
  public record Options(Path out, Map<String, Path> editions, Map<String, Path> before, Path focus, boolean dark,
      boolean full, String afterLabel, String beforeLabel, int pdfPages, int epubChapters) {
    List<Integer> widths() {
      return List.of(1280, 390);
    }

    List<String> schemes() {
      return dark ? List.of("light", "dark") : List.of("light");
    }

    boolean comparing() {
      return !before.isEmpty();
    }
  }

  private Gallery() {}

  public static void main(String[] args) throws Exception {
    Path out = null;
    Map<String, Path> editions = new LinkedHashMap<>();
    Map<String, Path> before = new LinkedHashMap<>();
    Path focus = null;
    boolean dark = false;
    boolean full = true;
    String afterLabel = "after";
    String beforeLabel = "before";
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--out" -> out = Path.of(args[++i]);
        case "--edition" -> put(editions, args[++i]);
        case "--before" -> put(before, args[++i]);
        case "--focus" -> focus = Path.of(args[++i]);
        case "--dark" -> dark = true;
        case "--no-full" -> full = false;
        case "--after-label" -> afterLabel = args[++i];
        case "--before-label" -> beforeLabel = args[++i];
        default -> throw new IllegalArgumentException("unknown argument: " + args[i]);
      }
    }
    if (out == null || editions.isEmpty()) {
      System.err.println("usage: Gallery --out DIR --edition NAME=BUILD_DIR... [--before NAME=BUILD_DIR...] [--focus TSV] [--dark] [--no-full]"
          + " [--after-label TEXT] [--before-label TEXT]");
      System.exit(2);
    }
    long start = System.nanoTime();
    Path index = run(new Options(out, editions, before, focus, dark, full, afterLabel, beforeLabel, 4, 6));
    System.out.printf("gallery: %s (%.0f s of pictures)%n", index, (System.nanoTime() - start) / 1e9);
  }

  private static void put(Map<String, Path> map, String nameEqualsDir) {
    int eq = nameEqualsDir.indexOf('=');
    if (eq <= 0) {
      throw new IllegalArgumentException("expected NAME=DIR: " + nameEqualsDir);
    }
    map.put(nameEqualsDir.substring(0, eq), Path.of(nameEqualsDir.substring(eq + 1)).toAbsolutePath().normalize());
  }

  /** Takes every picture and writes the sheet; returns the sheet's path. */
  public static Path run(Options options) throws IOException, InterruptedException {
    Path out = options.out().toAbsolutePath().normalize();
    Files.createDirectories(out);
    for (String side : List.of("after", "before")) {
      delete(out.resolve(side).resolve("shots"));
      delete(out.resolve(side).resolve("epub"));
    }
    Files.deleteIfExists(out.resolve("changes.html"));
    List<FocusShots.Entry> focus = options.focus() != null && Files.isRegularFile(options.focus())
        ? FocusShots.read(options.focus()) : List.of();
    List<Shot> after;
    List<Shot> before = null;
    try (Camera camera = new Camera()) {
      after = side(camera, options, out.resolve("after"), options.editions(), focus);
      if (options.comparing()) {
        before = side(camera, options, out.resolve("before"), options.before(), focus);
      }
    }
    return ContactSheet.write(out, options, after, before);
  }

  private static List<Shot> side(Camera camera, Options options, Path side, Map<String, Path> editions,
      List<FocusShots.Entry> focus) throws IOException, InterruptedException {
    List<Shot> shots = new ArrayList<>();
    FocusShots focusShots = new FocusShots(camera);
    for (int i = 0; i < focus.size(); i++) {
      FocusShots.Entry entry = focus.get(i);
      Path build = editions.get(entry.edition());
      if (build == null) {
        System.out.println("gallery: focus line " + entry.line() + ": no edition " + entry.edition() + " in this run");
        continue;
      }
      long start = System.nanoTime();
      shots.addAll(focusShots.shoot(entry, build.resolve("html"), side.resolve("shots/focus"), i + 1));
      progress("focus " + entry.edition() + "/" + entry.page() + " " + entry.where(), start);
    }
    SiteShots site = new SiteShots(camera, options);
    BookShots books = new BookShots(camera, options);
    for (Map.Entry<String, Path> edition : editions.entrySet()) {
      String name = edition.getKey();
      Path build = edition.getValue();
      Path shotsDir = side.resolve("shots").resolve(name);
      if (Files.isDirectory(build.resolve("html"))) {
        shots.addAll(site.shoot(name, build.resolve("html"), shotsDir.resolve("site")));
      }
      shots.addAll(books.pdfs(name, build.resolve("pdf"), shotsDir.resolve("pdf")));
      shots.addAll(books.epubs(name, build.resolve("epub"), side.resolve("epub").resolve(name), shotsDir.resolve("epub")));
    }
    return shots;
  }

  static void progress(String what, long start) {
    System.out.printf(java.util.Locale.ROOT, "gallery: %s (%.1f s)%n", what, (System.nanoTime() - start) / 1e9);
  }

  static void delete(Path path) throws IOException {
    if (!Files.exists(path)) {
      return;
    }
    try (Stream<Path> files = Files.walk(path)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
