package org.edition.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.edition.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The customisation layer, as docs/customising.md shows it: an edition overrides one template of
 * the HTML library in xslt/custom/html.xsl (imports nothing: the build sets it over the library),
 * which reaches the text pages, the edition's pages that render TEI and the EPUB, and nothing
 * else; the EPUB alone in xslt/custom/epub.xsl; one template of the print in xslt/custom/fo.xsl; a
 * parameter; a decision of the normalisation pass; labels key by key; the older kind of
 * customisation, which imports the driver it replaces, still works.
 */
class CustomisationTest {
  @TempDir Path dir;

  /**
   * A customisation: a stylesheet that imports {@code imported} (the older kind; nothing for a
   * customisation of a library) and holds what follows, from its line 5 on.
   */
  static String customisation(String namespace, String imported, String overrides) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
            xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:tei="http://www.tei-c.org/ns/1.0" xmlns:m="urn:x-edition:mode"
            xmlns:f="urn:x-edition:function" xmlns:fp="urn:x-edition:private" %s exclude-result-prefixes="#all">
        %s
        %s
        </xsl:stylesheet>
        """.formatted(namespace, imported.isEmpty() ? "" : "  <xsl:import href=\"" + imported + "\"/>", overrides);
  }

  static final String PERSNAME_HTML = """
        <xsl:template match="tei:persName" mode="m:html">
          <span class="personne"><xsl:next-match/></span>
        </xsl:template>""";

  /** docs/customising.md's example: persons' names wrapped for the edition's CSS, wherever the library renders them. */
  static final String HTML = customisation("xmlns=\"http://www.w3.org/1999/xhtml\"", "", PERSNAME_HTML);

  /** The older kind: the text pages' driver, replaced. */
  static final String HTML_DRIVER = customisation("xmlns=\"http://www.w3.org/1999/xhtml\"", "edition:xslt/html/text.xsl", PERSNAME_HTML);

  static final String FO = customisation("xmlns:fo=\"http://www.w3.org/1999/XSL/Format\"", "", """
        <xsl:template match="tei:persName" mode="m:fo">
          <fo:inline text-transform="uppercase"><xsl:next-match/></fo:inline>
        </xsl:template>""");

  /** docs/customising.md's example of the EPUB alone: no paragraph numbers, places' names wrapped. */
  static final String EPUB = customisation("xmlns=\"http://www.w3.org/1999/xhtml\"", "", """
        <xsl:param name="paragraph-numbers" as="xs:boolean" select="false()"/>
        <xsl:template match="tei:placeName" mode="m:html">
          <span class="lieu"><xsl:next-match/></span>
        </xsl:template>""");

  /** A parameter of the print, set by a customisation: no setting names a page size. */
  static final String FO_PAGE = customisation("", "", """
        <xsl:param name="page-width" as="xs:string" select="'150mm'"/>""");

  /** A decision of the normalisation pass, changed once: footnotes called by letters. */
  static final String NORMALIZE = customisation("", "", """
        <xsl:param name="note-numbering" as="xs:string" select="'a'"/>""");

  private Path edition(String name) throws Exception {
    Path edition = dir.resolve(name);
    assertEquals(0, Cli.run("new", edition.toString()).exitCode());
    Files.createDirectories(edition.resolve("xslt/custom"));
    Files.writeString(edition.resolve("xslt/custom/custom.css"), ".personne { font-variant: small-caps; }\n");
    return edition;
  }

  /** The edition with these files in xslt/custom/, built. */
  private static Path built(Path edition, java.util.Map<String, String> customisation) throws Exception {
    for (var file : customisation.entrySet()) {
      Files.writeString(edition.resolve("xslt/custom").resolve(file.getKey()), file.getValue());
    }
    build(edition);
    return edition;
  }

  private static void build(Path edition) {
    Cli.Run run = Cli.run("build", "--project", edition.toString(), "-o", edition.resolve("output").toString(),
        edition.resolve("tei").toString());
    assertEquals(0, run.exitCode(), run.out() + run.err());
  }

  private static String pdfText(Path pdf) throws Exception {
    try (var doc = Loader.loadPDF(pdf.toFile())) {
      return new PDFTextStripper().getText(doc);
    }
  }

  private static String epubFile(Path epub, String entry) throws Exception {
    try (var zip = new java.util.zip.ZipFile(epub.toFile())) {
      return new String(zip.getInputStream(zip.getEntry(entry)).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  /** A page without the customisation's wrappers around the persons' names. */
  private static String unwrapped(String page) {
    return page.replaceAll("<span class=\"personne\">(<a [^>]*>[^<]*</a>|<span [^>]*>[^<]*</span>)</span>", "$1");
  }

  @Test
  void oneTemplateOfTheLibraryReachesTheTextPagesTheRegistersAndTheEpubAndNothingElse() throws Exception {
    Path plain = built(edition("plain"), java.util.Map.of());
    Path custom = built(edition("custom"), java.util.Map.of("html.xsl", HTML));

    String page = Files.readString(custom.resolve("output/html/example.html"));
    assertTrue(page.contains("<span class=\"personne\"><a class=\"entity persons tei-persName\""), page);
    assertEquals(Files.readString(plain.resolve("output/html/example.html")), unwrapped(page),
        "the text page differs from the packaged one by the persName wrappers only");
    String persons = Files.readString(custom.resolve("output/html/persons.html"));
    assertTrue(persons.contains("<span class=\"personne\">"), "the persons register renders names through the library: " + persons);
    assertEquals(Files.readString(plain.resolve("output/html/persons.html")), unwrapped(persons));
    for (String other : List.of("index.html", "places.html", "about.html")) {
      assertEquals(Files.readString(plain.resolve("output/html").resolve(other)),
          Files.readString(custom.resolve("output/html").resolve(other)), other);
    }
    assertTrue(Files.readString(custom.resolve("output/html/assets/custom.css")).contains(".personne { font-variant: small-caps; }"));
    assertTrue(page.contains("assets/custom.css"), "the edition's CSS is linked");

    String chapter = epubFile(custom.resolve("output/epub/example.epub"), "OEBPS/text-example.xhtml");
    assertTrue(chapter.contains("<span class=\"personne\">"), "the EPUB renders with the library: " + chapter);
    assertEquals(epubFile(plain.resolve("output/epub/example.epub"), "OEBPS/text-example.xhtml"), unwrapped(chapter));

    assertEquals(pdfText(plain.resolve("output/pdf/example.pdf")), pdfText(custom.resolve("output/pdf/example.pdf")),
        "the print is no HTML");
  }

  @Test
  void theEpubsCustomisationReachesTheEpubAlone() throws Exception {
    Path plain = built(edition("plain"), java.util.Map.of());
    Path custom = built(edition("custom"), java.util.Map.of("epub.xsl", EPUB));

    Path epub = custom.resolve("output/epub/example.epub");
    String chapter = epubFile(epub, "OEBPS/text-example.xhtml");
    String before = epubFile(plain.resolve("output/epub/example.epub"), "OEBPS/text-example.xhtml");
    assertTrue(before.contains("class=\"pnum\""), "the packaged book numbers its paragraphs: " + before);
    assertTrue(!chapter.contains("class=\"pnum\""), "no paragraph number: " + chapter);
    assertTrue(chapter.contains("<span class=\"lieu\">"), chapter);
    assertTrue(epubFile(epub, "OEBPS/registers.xhtml").contains("<span class=\"lieu\">"), "the book's registers too");
    for (String page : List.of("example.html", "index.html", "persons.html", "places.html", "about.html")) {
      assertEquals(Files.readString(plain.resolve("output/html").resolve(page)),
          Files.readString(custom.resolve("output/html").resolve(page)), page);
    }
    assertEquals(pdfText(plain.resolve("output/pdf/example.pdf")), pdfText(custom.resolve("output/pdf/example.pdf")));
  }

  @Test
  void theOlderKindThatImportsItsDriverStillChangesThatDriverAlone() throws Exception {
    Path plain = built(edition("plain"), java.util.Map.of());
    Path custom = built(edition("custom"), java.util.Map.of("html.xsl", HTML_DRIVER, "fo.xsl", FO));

    String page = Files.readString(custom.resolve("output/html/example.html"));
    assertTrue(page.contains("<span class=\"personne\"><a class=\"entity persons tei-persName\""), page);
    assertEquals(Files.readString(plain.resolve("output/html/example.html")), unwrapped(page));
    for (String other : List.of("index.html", "persons.html", "places.html", "about.html")) {
      assertEquals(Files.readString(plain.resolve("output/html").resolve(other)),
          Files.readString(custom.resolve("output/html").resolve(other)), other);
    }
    String before = pdfText(plain.resolve("output/pdf/example.pdf"));
    String after = pdfText(custom.resolve("output/pdf/example.pdf"));
    assertTrue(after.contains("MARIE EXEMPLE"), after);
    // the same words but the name (its capitals, wider, may move a line's end)
    assertEquals(before.replace("nomme Marie Exemple,", "nomme MARIE EXEMPLE,").replaceAll("\\s+", " "), after.replaceAll("\\s+", " "));
  }

  @Test
  void aParameterACustomisationSetsIsUsedUnlessTheSettingsSetIt() throws Exception {
    Path custom = built(edition("narrow"), java.util.Map.of("fo.xsl", FO_PAGE));
    try (var doc = Loader.loadPDF(custom.resolve("output/pdf/example.pdf").toFile())) {
      assertEquals(150 * 72 / 25.4, doc.getPage(0).getMediaBox().getWidth(), 0.5, "150 mm wide");
    }
    Files.writeString(custom.resolve("edition.properties"), "\npage-size = A5\n", java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
    build(custom);
    try (var doc = Loader.loadPDF(custom.resolve("output/pdf/example.pdf").toFile())) {
      assertEquals(148 * 72 / 25.4, doc.getPage(0).getMediaBox().getWidth(), 0.5, "the settings win: A5");
    }
  }

  /** The example edition, its note numbered by the edition (no @n of its own). */
  private Path unnumbered(String name) throws Exception {
    Path edition = edition(name);
    Path text = edition.resolve("tei/example.xml");
    Files.writeString(text, Files.readString(text).replace("<note n=\"1\" place=\"foot\">", "<note place=\"foot\">"));
    return edition;
  }

  @Test
  void aDecisionOfTheNormalisationPassReachesEveryFormat() throws Exception {
    Path plain = built(unnumbered("plain"), java.util.Map.of());
    Path custom = built(unnumbered("lettered"), java.util.Map.of("normalize.xsl", NORMALIZE));

    String page = Files.readString(custom.resolve("output/html/example.html"));
    assertTrue(page.contains("aria-label=\"Note a\">a</a>") && page.contains("<span class=\"note-number\">a.</span>"), page);
    assertEquals(Files.readString(plain.resolve("output/html/example.html"))
            .replace("aria-label=\"Note 1\">1</a>", "aria-label=\"Note a\">a</a>")
            .replace("<li id=\"note-1\" class=\"endnote\" value=\"1\">", "<li id=\"note-1\" class=\"endnote\">")
            .replace("<span class=\"note-number\">1.</span>", "<span class=\"note-number\">a.</span>"),
        page, "the page differs by its note's number only");
    assertTrue(pdfText(custom.resolve("output/pdf/example.pdf")).contains("a. Une note de bas de page"));
    String chapter = epubFile(custom.resolve("output/epub/example.epub"), "OEBPS/text-example.xhtml");
    assertTrue(chapter.contains("id=\"ref-note-1\">a</a>"), chapter);
  }

  @Test
  void labelsAreReplacedKeyByKey() throws Exception {
    Path custom = edition("labelled");
    Files.createDirectories(custom.resolve("xslt/common/locales"));
    Files.writeString(custom.resolve("xslt/common/locales/fr.xml"),
        "<labels xml:lang=\"fr\"><label key=\"persons\">Gens</label></labels>\n");
    Cli.Run run = Cli.run("build", "--html", "--project", custom.toString(), "-o", custom.resolve("output").toString(),
        custom.resolve("tei").toString());
    assertEquals(0, run.exitCode(), run.out() + run.err());
    String page = Files.readString(custom.resolve("output/html/example.html"));
    assertTrue(page.contains("<a href=\"persons.html\">Gens</a>"), "the label replaced: " + page);
    assertTrue(page.contains("<a href=\"places.html\">Lieux</a>"), "the others kept: " + page);
  }

  @Test
  void anEditionUriThatNamesNothingPackagedIsAnError() throws Exception {
    Path custom = edition("wrong");
    Files.writeString(custom.resolve("xslt/custom/html.xsl"), HTML_DRIVER.replace("edition:xslt/html/text.xsl", "edition:xslt/html/nothing.xsl"));
    Cli.Run run = Cli.run("build", "--html", "--project", custom.toString(), "-o", custom.resolve("output").toString(),
        custom.resolve("tei").toString());
    assertEquals(2, run.exitCode(), run.out() + run.err());
    assertTrue(run.err().contains("custom/html.xsl:5: edition:xslt/html/nothing.xsl, imported by ")
        && run.err().contains("a customisation in xslt/custom/ imports nothing"), run.err());
  }
}
