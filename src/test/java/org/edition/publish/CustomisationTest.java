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
 * The customisation layer, as README shows it: an edition overrides one template for HTML and
 * one for the PDF in xslt/custom/, importing the packaged stylesheets by their edition: URI, and
 * adds one CSS rule; it gets exactly that change and nothing else.
 */
class CustomisationTest {
  @TempDir Path dir;

  /**
   * A customisation as README shows them: one stylesheet that imports a packaged one (on line 5,
   * where an error names it) and overrides what follows.
   */
  static String customisation(String namespace, String imported, String overrides) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
            xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:tei="http://www.tei-c.org/ns/1.0" xmlns:m="urn:x-edition:mode"
            xmlns:f="urn:x-edition:function" xmlns:fp="urn:x-edition:private" %s exclude-result-prefixes="#all">
          <xsl:import href="%s"/>
        %s
        </xsl:stylesheet>
        """.formatted(namespace, imported, overrides);
  }

  static final String HTML = customisation("xmlns=\"http://www.w3.org/1999/xhtml\"", "edition:xslt/html/text.xsl", """
        <xsl:template match="tei:persName" mode="m:html">
          <span class="personne"><xsl:next-match/></span>
        </xsl:template>""");

  static final String FO = customisation("xmlns:fo=\"http://www.w3.org/1999/XSL/Format\"", "edition:xslt/fo/book.xsl", """
        <xsl:template match="tei:persName" mode="m:fo">
          <fo:inline text-transform="uppercase"><xsl:next-match/></fo:inline>
        </xsl:template>""");

  /** A decision of the normalisation pass, changed once: footnotes called by letters. */
  static final String NORMALIZE = customisation("", "edition:xslt/common/normalize.xsl", """
        <xsl:function name="fp:note-number" as="xs:string">
          <xsl:param name="note" as="element(tei:note)"/>
          <xsl:number value="count($note/preceding::tei:note[f:is-footnote(.)]) + 1" format="a"/>
        </xsl:function>""");

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

  @Test
  void oneTemplateOverriddenChangesThatAndNothingElse() throws Exception {
    Path plain = built(edition("plain"), java.util.Map.of());
    Path custom = built(edition("custom"), java.util.Map.of("html.xsl", HTML, "fo.xsl", FO));

    String page = Files.readString(custom.resolve("output/html/example.html"));
    assertTrue(page.contains("<span class=\"personne\"><a class=\"entity persons tei-persName\""), page);
    String unwrapped = page.replaceAll("<span class=\"personne\">(<a [^>]*>[^<]*</a>)</span>", "$1");
    assertEquals(Files.readString(plain.resolve("output/html/example.html")), unwrapped,
        "the page differs from the packaged one by the persName wrappers only");
    for (String other : List.of("index.html", "persons.html", "places.html", "about.html")) {
      assertEquals(Files.readString(plain.resolve("output/html").resolve(other)),
          Files.readString(custom.resolve("output/html").resolve(other)), other);
    }
    assertTrue(Files.readString(custom.resolve("output/html/assets/custom.css")).contains(".personne { font-variant: small-caps; }"));
    assertTrue(page.contains("assets/custom.css"), "the edition's CSS is linked");

    String before = pdfText(plain.resolve("output/pdf/example.pdf"));
    String after = pdfText(custom.resolve("output/pdf/example.pdf"));
    assertTrue(after.contains("MARIE EXEMPLE"), after);
    assertEquals(before.replace("nomme Marie Exemple,", "nomme MARIE EXEMPLE,"), after);
  }

  @Test
  void aDecisionOfTheNormalisationPassReachesEveryFormat() throws Exception {
    Path plain = built(edition("plain"), java.util.Map.of());
    Path custom = built(edition("lettered"), java.util.Map.of("normalize.xsl", NORMALIZE));

    String page = Files.readString(custom.resolve("output/html/example.html"));
    assertTrue(page.contains("aria-label=\"Note a\">a</a>") && page.contains("<span class=\"note-number\">a.</span>"), page);
    assertEquals(Files.readString(plain.resolve("output/html/example.html"))
            .replace("aria-label=\"Note 1\">1</a>", "aria-label=\"Note a\">a</a>")
            .replace("<li id=\"note-1\" class=\"endnote\" value=\"1\">", "<li id=\"note-1\" class=\"endnote\">")
            .replace("<span class=\"note-number\">1.</span>", "<span class=\"note-number\">a.</span>"),
        page, "the page differs by its note's number only");
    assertTrue(pdfText(custom.resolve("output/pdf/example.pdf")).contains("a. Une note de bas de page"));
    try (var epub = new java.util.zip.ZipFile(custom.resolve("output/epub/example.epub").toFile())) {
      String chapter = new String(epub.getInputStream(epub.getEntry("OEBPS/text-example.xhtml")).readAllBytes(),
          java.nio.charset.StandardCharsets.UTF_8);
      assertTrue(chapter.contains("id=\"ref-note-1\">a</a>"), chapter);
    }
  }

  @Test
  void anEditionUriThatNamesNothingPackagedIsAnError() throws Exception {
    Path custom = edition("wrong");
    Files.writeString(custom.resolve("xslt/custom/html.xsl"), HTML.replace("edition:xslt/html/text.xsl", "edition:xslt/html/nothing.xsl"));
    Cli.Run run = Cli.run("build", "--html", "--project", custom.toString(), "-o", custom.resolve("output").toString(),
        custom.resolve("tei").toString());
    assertEquals(2, run.exitCode(), run.out() + run.err());
    assertTrue(run.err().contains("custom/html.xsl:5: edition:xslt/html/nothing.xsl, imported by ")
        && run.err().contains("is not a stylesheet packaged with edition"), run.err());
  }
}
