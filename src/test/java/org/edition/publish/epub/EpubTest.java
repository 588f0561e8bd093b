package org.edition.publish.epub;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.adobe.epubcheck.api.EpubCheck;
import com.adobe.epubcheck.api.Report;
import com.adobe.epubcheck.messages.MessageId;
import com.adobe.epubcheck.util.DefaultReportImpl;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.edition.BuiltSite;
import org.edition.Cli;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The EPUB books of the flagship edition: EPUBCheck-clean, well packaged, reproducible. */
public class EpubTest {
  static Stream<Path> books() throws Exception {
    try (Stream<Path> files = Files.list(BuiltSite.flagship().resolve("epub"))) {
      return files.filter(p -> p.toString().endsWith(".epub")).sorted().toList().stream();
    }
  }

  static Stream<Path> corpusBooks() throws Exception {
    try (Stream<Path> files = Files.list(BuiltSite.corpus().resolve("epub"))) {
      return files.filter(p -> p.toString().endsWith(".epub")).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "corpus {0}")
  @MethodSource("corpusBooks")
  void epubCheckIsCleanOnTheCorpusToo(Path book) {
    epubCheckFindsNoErrorAndNoWarning(book);
  }

  @Test
  void theCorpusGivesOneBookPerTei() throws Exception {
    assertEquals(13, corpusBooks().count(), "12 TEI documents of ../shared/corpus and the volume of them all");
  }

  @Test
  void oneBookPerTextAndOneForTheEdition() throws Exception {
    assertEquals(
        List.of("edition.epub", "forum-fil.epub", "leylavergne-travail.epub"),
        books().map(p -> p.getFileName().toString()).toList());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("books")
  void epubCheckFindsNoErrorAndNoWarning(Path book) {
    assertEpubCheckFindsNothing(book);
  }

  /** EPUBCheck reads the book and reports no fatal error, no error and no warning. */
  public static void assertEpubCheckFindsNothing(Path book) {
    StringWriter log = new StringWriter();
    Report report = new DefaultReportImpl(book.toString()) {
      @Override
      public void message(com.adobe.epubcheck.messages.Message message, com.adobe.epubcheck.api.EPUBLocation location, Object... args) {
        log.append(message.getSeverity() + " " + message.getID() + " " + location + " " + message.getMessage(args) + "\n");
        super.message(message, location, args);
      }
    };
    int result = new EpubCheck(book.toFile(), report).doValidate();
    assertEquals(0, report.getFatalErrorCount() + report.getErrorCount() + report.getWarningCount(), log.toString());
    assertEquals(0, result & 0b111, log.toString());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("books")
  void mimetypeComesFirstUncompressed(Path book) throws Exception {
    try (ZipFile zip = new ZipFile(book.toFile())) {
      Enumeration<? extends ZipEntry> entries = zip.entries();
      ZipEntry first = entries.nextElement();
      assertEquals("mimetype", first.getName());
      assertEquals(ZipEntry.STORED, first.getMethod());
      assertEquals("application/epub+zip", new String(zip.getInputStream(first).readAllBytes(), StandardCharsets.US_ASCII));
    }
  }

  @Test
  void packageMetadataComesFromTheTeiHeader() throws Exception {
    Document opf = entry(BuiltSite.flagship().resolve("epub/leylavergne-travail.epub"), "OEBPS/content.opf");
    assertEquals("Travail et crise du conflit politique dans les sociétés occidentales", opf.selectFirst("dc|title").text());
    assertEquals("Jean-Luc Leylavergne", opf.selectFirst("dc|creator").text());
    assertEquals("fr", opf.selectFirst("dc|language").text());
    assertTrue(opf.selectFirst("dc|source").text().contains("Noir & Rouge"));
    assertEquals(EpubBooks.identifier("text:leylavergne-travail"), opf.selectFirst("dc|identifier").text());
    assertEquals("2026-11-25T00:00:00Z", opf.selectFirst("meta[property=dcterms:modified]").text());
    for (String property : List.of("schema:accessMode", "schema:accessModeSufficient", "schema:accessibilityFeature",
        "schema:accessibilityHazard", "schema:accessibilitySummary", "dcterms:conformsTo")) {
      assertTrue(opf.selectFirst("meta[property=" + property + "]") != null, property);
    }
  }

  @Test
  void notesAreEpubFootnotesWithAWayBack() throws Exception {
    Document text = entry(BuiltSite.flagship().resolve("epub/leylavergne-travail.epub"), "OEBPS/text-leylavergne-travail.xhtml");
    assertEquals(4, text.select("a[epub:type=noteref]").size());
    assertEquals(4, text.select("aside[epub:type=footnote]").size());
    assertEquals("#ref-note-1", text.selectFirst("aside#note-1 a[role=doc-backlink]").attr("href"));
    assertTrue(text.selectFirst("aside#note-1").text().contains("On voit par là"));
  }

  @Test
  void registersAreBackMatterLinkedBothWays() throws Exception {
    Path book = BuiltSite.flagship().resolve("epub/leylavergne-travail.epub");
    Document text = entry(book, "OEBPS/text-leylavergne-travail.xhtml");
    Document registers = entry(book, "OEBPS/registers.xhtml");
    var mention = text.selectFirst("a.entity[href=registers.xhtml#pers-castoriadis]");
    assertTrue(mention != null);
    assertTrue(registers.selectFirst("#pers-castoriadis a[href=text-leylavergne-travail.xhtml#" + mention.id() + "]") != null);
  }

  @Test
  void theFontIsEmbedded() throws Exception {
    try (ZipFile zip = new ZipFile(BuiltSite.flagship().resolve("epub/leylavergne-travail.epub").toFile())) {
      assertTrue(zip.getEntry("OEBPS/fonts/EBGaramondEdition-Regular.ttf") != null);
    }
  }

  @Test
  void twoBuildsGiveIdenticalBooks() throws Exception {
    Path again = Files.createTempDirectory("edition-epub-again-");
    Cli.Run run = Cli.run("build", "--epub", "-o", again.toString());
    assertEquals(0, run.exitCode(), run.err());
    for (Path book : books().toList()) {
      assertArrayEquals(Files.readAllBytes(book), Files.readAllBytes(again.resolve("epub").resolve(book.getFileName())),
          book.getFileName() + " differs between two builds");
    }
  }

  private static Document entry(Path book, String name) throws Exception {
    try (ZipFile zip = new ZipFile(book.toFile())) {
      String xml = new String(zip.getInputStream(zip.getEntry(name)).readAllBytes(), StandardCharsets.UTF_8);
      return Jsoup.parse(xml, "", Parser.xmlParser());
    }
  }

  /**
   * The embedded fonts are cut down to what the book shows: every character of its pages is in
   * each text face's character map, no face keeps a substitution or positioning table (which,
   * copied, would name glyphs by their old numbers and drop letters on screen), and the four
   * faces weigh a fraction of EB Garamond's 1.9 MB. The faces behind the book face (DejaVu Serif,
   * Noto Serif, the script fonts for Hebrew, Arabic, CJK, DejaVu Sans) are there, as the
   * stylesheet names them, with none of the flagship's letters: a few kilobytes each.
   */
  @Test
  void theFontsHoldTheBooksCharactersAndLittleElse() throws Exception {
    try (ZipFile zip = new ZipFile(BuiltSite.flagship().resolve("epub/leylavergne-travail.epub").toFile())) {
      String text = text(zip);
      long fontBytes = 0;
      List<ZipEntry> fonts = fonts(zip, "EBGaramondEdition-");
      for (ZipEntry entry : fonts) {
        fontBytes += entry.getSize();
      }
      assertEquals(4, fonts.size());
      assertTrue(fontBytes < 300_000, "fonts of " + fontBytes + " bytes");
      for (ZipEntry entry : fonts) {
        try (org.apache.fontbox.ttf.TrueTypeFont font = font(zip, entry)) {
          for (String table : List.of("GSUB", "GPOS", "GDEF", "kern")) {
            assertTrue(!font.getTableMap().containsKey(table), entry.getName() + " keeps " + table);
          }
          org.apache.fontbox.ttf.CmapLookup cmap = font.getUnicodeCmapLookup();
          text.codePoints().filter(c -> !Character.isWhitespace(c) && c != 0xA0 && c != 0x202F).distinct().forEach(c ->
              assertTrue(cmap.getGlyphId(c) != 0, entry.getName() + " has no glyph for U+" + Integer.toHexString(c)));
        }
      }
      // the faces behind the book face, as in the PDF: DejaVu Serif and Noto Serif (four faces
      // each) for the letters it lacks, the scripts, DejaVu Sans (four) for the symbols; a French
      // book needs none
      List<ZipEntry> scripts = new java.util.ArrayList<>(fonts(zip, "Noto"));
      scripts.addAll(fonts(zip, "DejaVuSerif"));
      scripts.addAll(fonts(zip, "DejaVuSans"));
      assertEquals(17, scripts.size(), "DejaVu Serif, Noto Serif and DejaVu Sans in four faces, Hebrew and Arabic in two, CJK in one");
      for (ZipEntry entry : scripts) {
        assertTrue(entry.getSize() < 25_000, entry.getName() + " of " + entry.getSize() + " bytes in a French book");
      }
    }
  }

  private static String text(ZipFile zip) throws java.io.IOException {
    StringBuilder text = new StringBuilder();
    for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
      ZipEntry entry = e.nextElement();
      if (entry.getName().endsWith(".xhtml")) {
        text.append(Jsoup.parse(new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8)).text());
      }
    }
    return text.toString();
  }

  private static List<ZipEntry> fonts(ZipFile zip, String family) {
    return zip.stream().filter(e -> e.getName().startsWith("OEBPS/fonts/" + family) && e.getName().endsWith(".ttf"))
        .map(e -> (ZipEntry) e).toList();
  }

  private static org.apache.fontbox.ttf.TrueTypeFont font(ZipFile zip, ZipEntry entry) throws java.io.IOException {
    return new org.apache.fontbox.ttf.TTFParser()
        .parse(new org.apache.pdfbox.io.RandomAccessReadBuffer(zip.getInputStream(entry).readAllBytes()));
  }
}
