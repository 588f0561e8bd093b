package org.edition.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.XdmAtomicValue;
import org.edition.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One text that cannot be published does not stop the others; what is missing is said, with the
 * file; the messages an editor reads are one line each and name what they speak of.
 */
class PublishingFailureTest {
  @TempDir Path dir;

  @Test
  void aTextThatFailsIsReportedAndTheOthersArePublished() throws IOException {
    Path project = dir.resolve("project");
    for (String folder : List.of("tei", "xslt", "schemas")) {
      IncrementalBuildTest.copyTree(Cli.root().resolve(folder), project.resolve(folder));
    }
    Path text = project.resolve("xslt/html/text.xsl");
    String original = Files.readString(text);
    Files.writeString(text, original.replace("<xsl:template match=\"/\">",
        "<xsl:template match=\"/\" priority=\"2\"><xsl:if test=\"contains(base-uri(), 'forum-fil')\">"
            + "<xsl:sequence select=\"error(xs:QName('fp:broken'), 'this text breaks the page stylesheet')\"/></xsl:if>"
            + "<xsl:next-match/></xsl:template>\n  <xsl:template match=\"/\">"));
    Path out = project.resolve("output");
    Cli.Run run = Cli.run("build", "--html", "--epub", "--project", project.toString(), "-o", out.toString(),
        project.resolve("tei").toString());
    assertEquals(1, run.exitCode(), run.out() + run.err());
    assertTrue(run.err().matches("(?s).*forum-fil\\.xml: error: \\[publish\\] not published as html: .*this text breaks the page stylesheet.*"),
        run.err());
    assertTrue(Files.readString(out.resolve("html/leylavergne-travail.html")).contains("Noir"));
    assertFalse(Files.exists(out.resolve("html/forum-fil.html")));
    assertFalse(Files.readString(out.resolve("html/index.html")).contains("href=\"forum-fil.html\" class=\"text-title\""),
        "the home page lists a missing page");
    assertTrue(Files.isRegularFile(out.resolve("epub/forum-fil.epub")), "the other format is published");
    // Mended, the next build publishes it.
    Files.writeString(text, original);
    Cli.Run again = Cli.run("build", "--html", "--epub", "--project", project.toString(), "-o", out.toString(),
        project.resolve("tei").toString());
    assertEquals(0, again.exitCode(), again.out() + again.err());
    assertTrue(Files.readString(out.resolve("html/index.html")).contains("href=\"forum-fil.html\" class=\"text-title\""));
  }

  private static String tei(String id, String words) {
    return OutputSafetyTest.tei(id, words);
  }

  @Test
  void aMissingIncludeIsVisibleWhereItStoodInEveryFormat() throws Exception {
    Path texts = Files.createDirectories(dir.resolve("texts"));
    Files.writeString(texts.resolve("part.xml"), "<p xmlns=\"http://www.tei-c.org/ns/1.0\">La partie incluse.</p>");
    Files.writeString(texts.resolve("whole.xml"), tei("whole", "PARTS").replace("<p>PARTS</p>",
        "<p>Avant.</p>\n<xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\"chapitres/deux.xml\"/>"
            + "<xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\"part.xml\"/><p>Après.</p>"));
    Path out = dir.resolve("out");
    Cli.Run run = Cli.run("build", "--lang", "en", "-o", out.toString(), texts.resolve("whole.xml").toString());
    assertEquals(1, run.exitCode(), run.out() + run.err());
    assertTrue(run.err().matches("(?s).*whole\\.xml:\\d+:\\d+: error: \\[xinclude\\] the included file \"[^\"]*chapitres/deux\\.xml\" does not exist.*"),
        run.err());
    String page = Files.readString(out.resolve("html/whole.html"));
    assertTrue(page.contains("[missing: chapitres/deux.xml]"), page);
    assertTrue(page.contains("La partie incluse.") && page.indexOf("Avant.") < page.indexOf("[missing:"), "the rest is read, in order");
    try (var epub = new java.util.zip.ZipFile(out.resolve("epub/whole.epub").toFile())) {
      String xhtml = new String(epub.getInputStream(epub.getEntry("OEBPS/text-whole.xhtml")).readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(xhtml.contains("[missing: chapitres/deux.xml]"), xhtml);
    }
    try (var pdf = org.apache.pdfbox.Loader.loadPDF(out.resolve("pdf/whole.pdf").toFile())) {
      String printed = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
      assertTrue(printed.contains("[missing: chapitres/deux.xml]"), printed);
    }
  }

  @Test
  void theSearchDataCarriesTheTextAsWritten() throws IOException {
    Path out = dir.resolve("out");
    assertEquals(0, Cli.run("build", "--html", "-o", out.toString()).exitCode());
    String data = org.edition.publish.html.SearchFiles.all(out.resolve("html"));
    assertTrue(data.contains("Noir & Rouge"), "the search data");
    assertFalse(data.contains("&amp;") || data.contains("&lt;"), "XML escapes in the search data");
  }

  @Test
  void aFileNameOrAnAttributeCannotForgeADiagnosticOrReachTheTerminalRaw() throws Exception {
    Path texts = Files.createDirectories(dir.resolve("texts with spaces"));
    Path forged = texts.resolve("x.xml:1:1: error: [tei] forged\nreal.xml");
    Files.writeString(forged, "<not-tei/>");
    Files.writeString(texts.resolve("escape\u001b[2J.xml"), "<not-tei/>");
    Cli.Run run = Cli.run("validate", texts.toString());
    for (String line : run.out().split("\n")) {
      assertFalse(line.startsWith("real.xml"), "a newline in a file name made a line of its own: " + run.out());
    }
    assertFalse(run.out().contains("\u001b"), "an escape character reached the terminal");
    assertTrue(run.out().contains("\\x1b"), run.out());
    assertTrue(run.out().contains("forged\\nreal.xml"), run.out());
    Cli.Run sarif = Cli.run("validate", "--format", "sarif", texts.toString());
    List<String> uris = new Processor(false).newXPathCompiler().evaluate(
        "parse-json(.)?runs?*?results?*?locations?*?physicalLocation?artifactLocation?uri", new XdmAtomicValue(sarif.out()))
        .stream().map(i -> i.getStringValue()).distinct().toList();
    assertFalse(uris.isEmpty(), sarif.out());
    for (String uri : uris) {
      java.net.URI parsed = java.net.URI.create(uri);
      assertTrue(uri.contains("texts%20with%20spaces/") && !uri.contains(" ") && !uri.contains("\n"), uri);
      assertFalse(parsed.isAbsolute() && !"file".equals(parsed.getScheme()), uri);
    }
  }

  @Test
  void aVolumeIsMadeByDefaultOnlyWhenItStaysABook() throws IOException {
    Path texts = Files.createDirectories(dir.resolve("novels"));
    String novel = Files.readString(Cli.shared().resolve("corpus/docs/eltec-fra/FRA01302_Flaubert.xml"));
    for (int i = 1; i <= 3; i++) {
      Files.writeString(texts.resolve("novel" + i + ".xml"), novel.replace("xml:id=\"FRA01302\"", "xml:id=\"novel" + i + "\""));
    }
    Path out = dir.resolve("out");
    Cli.Run run = Cli.run("build", "--epub", "-o", out.toString(), texts.toString());
    assertTrue(run.exitCode() <= 1, run.out() + run.err());
    assertTrue(run.err().contains("no volume of all the texts: their TEI comes to 2.3 MB"), run.err());
    try (Stream<Path> books = Files.list(out.resolve("epub"))) {
      assertEquals(List.of("novel1.epub", "novel2.epub", "novel3.epub"),
          books.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".epub")).sorted().toList());
    }
    Cli.Run always = Cli.run("build", "--epub", "--volumes", "always", "-o", out.toString(), texts.toString());
    assertTrue(always.exitCode() <= 1, always.out() + always.err());
    assertTrue(Files.isRegularFile(out.resolve("epub/edition.epub")));
  }
}
