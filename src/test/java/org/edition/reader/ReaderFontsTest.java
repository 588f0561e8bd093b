package org.edition.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.edition.BuiltSite;
import org.edition.Cli;
import org.edition.TeiFixture;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every character of a text has a real glyph in every format, from the fonts edition ships: the
 * cases of src/test/resources/reader/ (a German print of the Fraktur era with uͤ oͤ aͤ, Church
 * Slavonic with ᲂ ꙋ ꙯ and the titlo), the corpus and the documentary corpus (the Patristic Text
 * Archive's Greek text with its Slavonic witness), and the flagship: no PDF says a glyph is
 * missing, every character of every EPUB content document is in the book's own fonts, every
 * character of every page is in the fonts the page loads ({@link Glyphs}), and a letter with its
 * combining marks is drawn by one face. A character no shipped font has (a private-use one, an
 * unassigned one) is an error of the build that names the file, the place and the character; the
 * outputs are written all the same.
 */
class ReaderFontsTest {
  private static final Path CASES = Cli.root().resolve("src/test/resources/reader");
  private static final Map<String, Cli.Run> RUNS = new LinkedHashMap<>();
  private static final Map<String, Path> OUTPUTS = new LinkedHashMap<>();
  private static final Pattern CLUSTER = Pattern.compile("\\P{M}\\p{M}+");

  @BeforeAll
  static void build(@TempDir Path dir) throws IOException {
    Path reader = dir.resolve("reader");
    RUNS.put("reader", Cli.run("build", "-o", reader.toString(), CASES.toString()));
    OUTPUTS.put("reader", reader);
    // the corpus and the documentary corpus as the other tests have them built (BuiltSite)
    OUTPUTS.put("corpus", BuiltSite.corpus());
    RUNS.put("corpus", BuiltSite.runOf(BuiltSite.corpus()));
    OUTPUTS.put("documentary-critical", BuiltSite.documentaryCritical());
    RUNS.put("documentary-critical", BuiltSite.runOf(BuiltSite.documentaryCritical()));
    OUTPUTS.put("flagship", BuiltSite.flagship());
  }

  @Test
  void noPdfLacksAGlyph() {
    assertEquals(0, RUNS.get("reader").exitCode(), RUNS.get("reader").out() + RUNS.get("reader").err());
    RUNS.forEach((name, run) -> {
      String said = run.out() + run.err();
      assertTrue(said.contains("pdf: "), name + ": " + said);
      assertFalse(said.contains("no glyph"), name + ": " + said);
    });
  }

  @Test
  void everyCharacterOfEveryPageIsInTheFontsThePageLoads() throws IOException {
    Map<String, Map<Integer, String>> missing = new TreeMap<>();
    int pages = 0;
    for (Map.Entry<String, Path> output : OUTPUTS.entrySet()) {
      for (Path page : files(output.getValue().resolve("html"), ".html")) {
        Document html = Jsoup.parse(page.toFile(), "UTF-8");
        String painted = painted(html);
        Map<Integer, String> lacking = Glyphs.missing(page, painted);
        if (!lacking.isEmpty()) {
          missing.put(output.getKey() + "/" + page.getFileName(), lacking);
        }
        assertOneFontPerCluster(page, painted, output.getKey() + "/" + page.getFileName());
        pages++;
      }
    }
    assertTrue(pages > 30, pages + " pages");
    assertEquals(Map.of(), missing);
    // the pages of the cases are drawn with the fonts the site ships, not the machine's
    Path kant = OUTPUTS.get("reader").resolve("html/combining-e-above.html");
    List<Glyphs.Font> fonts = Glyphs.fonts(kant);
    assertTrue(fonts.stream().anyMatch(f -> f.file().startsWith(OUTPUTS.get("reader").resolve("html/assets/fonts"))
        && f.draws(0x0364)), fonts.toString());
  }

  @Test
  void everyCharacterOfEveryBookIsInTheBooksOwnFonts(@TempDir Path dir) throws IOException {
    Map<String, Map<Integer, String>> missing = new TreeMap<>();
    int documents = 0;
    for (Map.Entry<String, Path> output : OUTPUTS.entrySet()) {
      for (Path epub : files(output.getValue().resolve("epub"), ".epub")) {
        Path book = dir.resolve(output.getKey() + "-" + epub.getFileName());
        unzip(epub, book);
        for (Path xhtml : files(book, ".xhtml")) {
          Document page = Jsoup.parse(Files.readString(xhtml, StandardCharsets.UTF_8), xhtml.toUri().toString(),
              org.jsoup.parser.Parser.xmlParser());
          String painted = painted(page);
          Map<Integer, String> lacking = Glyphs.missing(xhtml, painted);
          // the book's fonts are its own: none from outside the book
          assertTrue(Glyphs.fonts(xhtml).stream().allMatch(f -> f.file().startsWith(book)), xhtml.toString());
          if (!lacking.isEmpty()) {
            missing.put(output.getKey() + "/" + epub.getFileName() + "/" + xhtml.getFileName(), lacking);
          }
          assertOneFontPerCluster(xhtml, painted, epub.getFileName() + "/" + xhtml.getFileName());
          documents++;
        }
      }
    }
    assertTrue(documents > 30, documents + " content documents");
    assertEquals(Map.of(), missing);
  }

  /** In print, each e above sits on its letter: the text layer reads the two as one glyph. */
  @Test
  void theEAboveIsPrintedOverItsLetter() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(OUTPUTS.get("reader").resolve("pdf/combining-e-above.pdf").toFile())) {
      List<String> glyphs = new ArrayList<>();
      PDFTextStripper stripper = new PDFTextStripper() {
        @Override
        protected void writeString(String text, List<TextPosition> positions) {
          positions.forEach(p -> glyphs.add(p.getUnicode()));
        }
      };
      stripper.getText(pdf);
      long marks = glyphs.stream().filter(g -> g.contains("\u0364")).count();
      assertTrue(marks >= 10, glyphs.toString());
      List<String> apart = glyphs.stream().filter(g -> g.contains("\u0364") && !g.matches("[aouAOU]\u0364")).toList();
      assertEquals(List.of(), apart, "an e above printed apart from its letter");
    }
  }

  @Test
  void aCharacterNoShippedFontHasIsAnErrorNamingFileAndCharacter(@TempDir Path dir) throws IOException {
    Path texts = dir.resolve("texts");
    Path text = TeiFixture.write(texts, "signs", "Signs", "en",
        "<p>A sign of the project's own, &#xE000;, and a code point Unicode has not assigned, &#x0378;.</p>");
    Path out = dir.resolve("out");
    Cli.Run run = Cli.run("build", "-o", out.toString(), texts.toString());
    String said = run.out() + run.err();
    assertEquals(1, run.exitCode(), said);
    int line = 1 + (int) Files.readString(text).lines().takeWhile(l -> !l.contains("&#xE000;")).count();
    assertTrue(said.contains(text + ":" + line + ":"), said);
    assertTrue(said.contains("error: [pdf] no glyph for U+E000 (PRIVATE USE AREA E000)"), said);
    assertTrue(said.contains("error: [pdf] no glyph for U+0378 (unassigned)"), said);
    // the outputs are all there: the PDF (with "#" for each), the page, the book
    assertTrue(Files.size(out.resolve("pdf/signs.pdf")) > 1000);
    assertTrue(Files.exists(out.resolve("html/signs.html")));
    assertTrue(Files.exists(out.resolve("html/index.html")));
    assertTrue(Files.exists(out.resolve("epub/signs.epub")));
    // the next build says it again (the PDF is made again), and keeps the rest
    Cli.Run again = Cli.run("build", "-o", out.toString(), texts.toString());
    assertEquals(1, again.exitCode(), again.out() + again.err());
    assertTrue((again.out() + again.err()).contains("no glyph for U+E000"), again.out() + again.err());
    // the website and the book say what they lack through Glyphs
    Path page = out.resolve("html/signs.html");
    assertEquals(Map.of(0xE000, "U+E000 PRIVATE USE AREA E000", 0x0378, "U+0378 unassigned"),
        Glyphs.missing(page, painted(Jsoup.parse(page.toFile(), "UTF-8"))));
  }

  /** The text a page paints: its words, and what its stylesheet writes from data-n ([12]). */
  static String painted(Document page) {
    StringBuilder text = new StringBuilder(page.body() == null ? page.text() : page.body().text());
    for (Element marked : page.select("[data-n]")) {
      text.append(" [").append(marked.attr("data-n")).append("]");
    }
    return text.toString();
  }

  /** Every letter with combining marks is drawn whole by one font the page loads. */
  private static void assertOneFontPerCluster(Path page, String painted, String where) {
    List<Glyphs.Font> fonts = Glyphs.fonts(page);
    Matcher cluster = CLUSTER.matcher(painted);
    while (cluster.find()) {
      String found = cluster.group();
      if (found.codePoints().anyMatch(Glyphs::neverDrawn)) {
        continue;
      }
      assertTrue(fonts.stream().anyMatch(f -> found.codePoints().allMatch(f::draws)),
          where + ": no one font draws " + found + " (" + found.codePoints().mapToObj(Glyphs::describe).toList() + ")");
    }
  }

  private static List<Path> files(Path folder, String suffix) throws IOException {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
    }
  }

  private static void unzip(Path zip, Path to) throws IOException {
    try (ZipFile file = new ZipFile(zip.toFile())) {
      for (ZipEntry entry : java.util.Collections.list(file.entries())) {
        Path target = to.resolve(entry.getName()).normalize();
        assertTrue(target.startsWith(to), entry.getName());
        if (entry.isDirectory()) {
          continue;
        }
        Files.createDirectories(target.getParent());
        Files.copy(file.getInputStream(entry), target);
      }
    }
  }
}
