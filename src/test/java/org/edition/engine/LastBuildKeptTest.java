package org.edition.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.edition.Cli;
import org.edition.publish.html.SearchFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing lost: a build that cannot make a whole output keeps the last one. Every text failing,
 * an edition-wide page failing (a stylesheet's error, or the memory running out), leave the last
 * build's site and books as they were, byte for byte, and say so with the texts' errors and a
 * non-zero exit; one text's search records that cannot be written as XML 1.0 do not take the
 * search away from the others.
 */
class LastBuildKeptTest {
  @TempDir Path dir;

  /** A project whose customisations fail on a text that says CASSE (and run out of memory on MEMOIRE). */
  private Path project() throws IOException {
    Path project = dir.resolve("project");
    Files.createDirectories(project.resolve("tei"));
    Path custom = Files.createDirectories(project.resolve("xslt/custom"));
    Files.writeString(custom.resolve("html.xsl"), customisation("edition:xslt/html/text.xsl", """
          <xsl:template match="tei:p[contains(., 'CASSE')]" mode="m:html">
            <xsl:sequence select="error(QName('urn:x-test', 'casse'), 'this paragraph breaks the page')"/>
          </xsl:template>"""));
    Files.writeString(custom.resolve("fo.xsl"), customisation("edition:xslt/fo/book.xsl", """
          <xsl:template match="tei:p[contains(., 'CASSE')]" mode="m:fo">
            <xsl:sequence select="error(QName('urn:x-test', 'casse'), 'this paragraph breaks the book')"/>
          </xsl:template>"""));
    // The about page shows each text's sources: a title there breaks it, or fills the memory.
    Files.writeString(custom.resolve("site.xsl"), customisation("edition:xslt/html/site.xsl", """
          <xsl:template match="tei:sourceDesc//tei:title[. = 'CASSE']" mode="m:html">
            <xsl:sequence select="error(QName('urn:x-test', 'casse'), 'this source breaks the about page')"/>
          </xsl:template>
          <xsl:template match="tei:sourceDesc//tei:title[. = 'MEMOIRE']" mode="m:html">
            <xsl:value-of select="sort((1 to 50000000) ! string(.))[1]"/>
          </xsl:template>"""));
    return project;
  }

  private static String customisation(String imported, String templates) {
    return """
        <xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
            xmlns:tei="http://www.tei-c.org/ns/1.0" xmlns:m="urn:x-edition:mode" exclude-result-prefixes="#all">
          <xsl:import href="IMPORTED"/>
        TEMPLATES
        </xsl:stylesheet>
        """.replace("IMPORTED", imported).replace("TEMPLATES", templates);
  }

  private static void text(Path project, String id, String words, String source) throws IOException {
    Files.writeString(project.resolve("tei/" + id + ".xml"), OutputSafetyTest.tei(id, words)
        .replace("<sourceDesc><p>S</p>", "<sourceDesc><p><title>" + source + "</title></p>"));
  }

  private static Cli.Run build(Path project, String... formats) {
    List<String> args = new java.util.ArrayList<>(List.of("build"));
    args.addAll(List.of(formats));
    args.addAll(List.of("--project", project.toString(), "-o", project.resolve("output").toString(),
        project.resolve("tei").toString()));
    return Cli.run(args.toArray(String[]::new));
  }

  /** Every file of the output but the build's records, with its bytes. */
  static Map<String, byte[]> files(Path output) throws IOException {
    Map<String, byte[]> all = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(output)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        String name = output.relativize(p).toString();
        if (!name.startsWith(OutputFolder.CACHE)) {
          all.put(name, Files.readAllBytes(p));
        }
      }
    }
    return all;
  }

  static void assertSameFiles(Map<String, byte[]> before, Map<String, byte[]> after) {
    assertEquals(before.keySet(), after.keySet());
    before.forEach((name, bytes) -> assertArrayEquals(bytes, after.get(name), name + " changed"));
  }

  @Test
  void whenEveryTextFailsTheLastBuildIsKeptByteForByte() throws IOException {
    Path project = project();
    text(project, "seul", "le seul texte", "Source");
    Cli.Run first = build(project, "--html", "--pdf");
    assertEquals(0, first.exitCode(), first.out() + first.err());
    Map<String, byte[]> before = files(project.resolve("output"));

    text(project, "seul", "le seul texte, qui CASSE", "Source");
    Cli.Run broken = build(project, "--html", "--pdf");
    assertEquals(1, broken.exitCode(), broken.out() + broken.err());
    assertTrue(broken.err().matches("(?s).*seul\\.xml: error: \\[publish\\] not published as html: .*this paragraph breaks the page.*"),
        broken.err());
    assertTrue(broken.err().matches("(?s).*seul\\.xml: error: \\[publish\\] not published as pdf: .*this paragraph breaks the book.*"),
        broken.err());
    assertTrue(broken.out().contains("html: not written (1 failed)") && broken.out().contains("pdf: not written (1 failed)"),
        broken.out());
    assertFalse(broken.out().contains("up to date)"), "a failure said as up to date: " + broken.out());
    assertSameFiles(before, files(project.resolve("output")));

    // mended, the next build publishes it
    text(project, "seul", "le seul texte, réparé", "Source");
    Cli.Run mended = build(project, "--html", "--pdf");
    assertEquals(0, mended.exitCode(), mended.out() + mended.err());
    assertTrue(Files.readString(project.resolve("output/html/seul.html")).contains("réparé"));
  }

  @Test
  void aFirstBuildWhoseOnlyTextFailsWritesNoFolder() throws IOException {
    Path project = project();
    text(project, "seul", "le seul texte, qui CASSE", "Source");
    Cli.Run run = build(project, "--pdf");
    assertEquals(1, run.exitCode(), run.out() + run.err());
    assertTrue(run.err().contains("seul.xml: error: [publish] not published as pdf"), run.err());
    assertTrue(run.out().contains("pdf: not written (1 failed)"), run.out());
    assertFalse(Files.exists(project.resolve("output/pdf")), "an empty folder of books");
  }

  @Test
  void anEditionWidePageThatFailsKeepsTheLastOneAndTheTextsAreSearched() throws IOException {
    Path project = project();
    text(project, "a", "le premier texte", "Source");
    assertEquals(0, build(project, "--html").exitCode());
    Path site = project.resolve("output/html");
    Map<String, byte[]> pages = new TreeMap<>(files(site));
    pages.keySet().removeIf(name -> !name.matches("(index|about|search|dates)\\.html"));
    assertEquals(4, pages.size(), pages.keySet().toString());

    text(project, "b", "le second texte, zanzibar", "CASSE");
    Cli.Run run = build(project, "--html");
    assertEquals(1, run.exitCode(), run.out() + run.err());
    assertTrue(run.err().matches("(?s).*error: \\[publish\\] the edition's pages \\(html\\) could not be written: "
        + "[^\n]*this source breaks the about page[^\n]*; the last build's are kept\n.*"), run.err());
    Map<String, byte[]> now = files(site);
    now.keySet().retainAll(pages.keySet());
    assertSameFiles(pages, now);
    assertTrue(Files.readString(site.resolve("b.html")).contains("zanzibar"), "the new text is published");
    assertTrue(SearchFiles.all(site).contains("zanzibar") && SearchFiles.all(site).contains("premier"), "and searched");

    // mended, the pages list it
    text(project, "b", "le second texte, zanzibar", "Source");
    Cli.Run mended = build(project, "--html");
    assertEquals(0, mended.exitCode(), mended.out() + mended.err());
    assertTrue(Files.readString(site.resolve("index.html")).contains("href=\"b.html\""));
  }

  @Test
  void aFirstBuildWithoutItsPagesPublishesNoSite() throws IOException {
    Path project = project();
    text(project, "a", "le premier texte", "CASSE");
    Cli.Run run = build(project, "--html");
    assertEquals(1, run.exitCode(), run.out() + run.err());
    assertTrue(run.err().contains("no new html output: the edition's pages could not be written, and the last build left none to keep"),
        run.err());
    assertFalse(Files.exists(project.resolve("output/html")), "a site without its home page");
  }

  @Test
  void anXml11TextsControlCharactersLeaveTheSearchAndPagesWhole() throws IOException {
    Path project = project();
    text(project, "a", "le premier texte", "Source");
    assertEquals(0, build(project, "--html").exitCode());
    Files.writeString(project.resolve("tei/b.xml"), """
        <?xml version="1.1" encoding="UTF-8"?>
        <TEI xmlns="http://www.tei-c.org/ns/1.0" xml:id="b"><teiHeader><fileDesc><titleStmt><title>Titre &#x2; B</title></titleStmt>
        <publicationStmt><p>P</p></publicationStmt><sourceDesc><p>S</p></sourceDesc></fileDesc></teiHeader>
        <text xml:lang="fr"><body><p>le second &#x1; texte, zanzibar</p></body></text></TEI>
        """);
    Cli.Run run = build(project, "--html");
    assertEquals(0, run.exitCode(), run.out() + run.err());
    Path site = project.resolve("output/html");
    String search = SearchFiles.all(site);
    assertTrue(search.contains("premier") && search.contains("zanzibar"), "both texts are searched");
    assertTrue(Files.readString(site.resolve("index.html")).contains("href=\"b.html\""));
  }

  @Test
  void runningOutOfMemoryInAnEditionWideStepCommitsNoPartOfASite() throws Exception {
    Path project = project();
    text(project, "a", "le premier texte", "Source");
    assertEquals(0, build(project, "--html").exitCode());
    Map<String, byte[]> before = files(project.resolve("output"));

    text(project, "b", "le second texte", "MEMOIRE");
    String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    // a small heap, and no JVM run again with a larger one (the variable names this JVM as the first)
    ProcessBuilder small = new ProcessBuilder(List.of(javaBin, "-Xmx300m", "-cp", System.getProperty("java.class.path"),
        org.edition.cli.EditionCommand.class.getName(), "build", "--html", "--project", project.toString(),
        "-o", project.resolve("output").toString(), project.resolve("tei").toString()))
        .redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile());
    small.environment().put("EDITION_JVM_CHOSEN", String.valueOf(ProcessHandle.current().pid()));
    Process child = small.start();
    assertTrue(child.waitFor(5, java.util.concurrent.TimeUnit.MINUTES), "the build did not end");
    String log = Files.readString(dir.resolve("log.txt"));
    assertEquals(1, child.exitValue(), log);
    assertTrue(log.contains("the edition's pages (html) could not be written: not enough memory")
        && log.contains("the last build's are kept"), log);
    Map<String, byte[]> after = files(project.resolve("output"));
    for (String page : List.of("html/index.html", "html/about.html", "html/search.html", "html/dates.html")) {
      assertArrayEquals(before.get(page), after.get(page), page + " changed");
    }
    assertTrue(after.containsKey("html/b.html"), "the text itself is published");
    assertTrue(after.keySet().stream().filter(f -> f.startsWith("html/") && f.endsWith(".html")).allMatch(
        f -> before.containsKey(f) || f.equals("html/b.html")), "a page of the failed step: " + after.keySet());
  }
}
