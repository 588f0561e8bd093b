package org.edition.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.XdmAtomicValue;
import org.edition.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Documents built to exhaust the machine (one huge attribute, an entity blown up, elements nested
 * thousands deep, a FIFO, odd schema references) get a diagnostic with file, line and column,
 * within a bounded time, and the other files of the run are checked and published all the same.
 */
class InputBoundsTest {
  @TempDir Path dir;

  private static String tei(String id, String prolog, String body) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + prolog
        + "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\" xml:id=\"" + id + "\"><teiHeader><fileDesc><titleStmt><title>T</title></titleStmt>"
        + "<publicationStmt><p>P</p></publicationStmt><sourceDesc><p>S</p></sourceDesc></fileDesc></teiHeader>\n"
        + "<text xml:lang=\"fr\"><body>" + body + "</body></text></TEI>\n";
  }

  private Path withAGoodText() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("texts"));
    Files.writeString(folder.resolve("good.xml"), tei("good", "", "<p>Le bon texte est publié.</p>"));
    return folder;
  }

  private void assertTheGoodTextIsPublished(Path folder) {
    Path out = dir.resolve("out");
    Cli.Run build = assertTimeoutPreemptively(Duration.ofSeconds(120),
        () -> Cli.run("build", "--html", "-o", out.toString(), folder.toString()));
    assertEquals(1, build.exitCode(), build.out() + build.err());
    assertTrue(Files.isRegularFile(out.resolve("html/good.html")), build.out() + build.err());
  }

  @Test
  void aTenMegabyteAttributeIsAnErrorNotAHang() throws Exception {
    Path folder = withAGoodText();
    Files.writeString(folder.resolve("huge.xml"), tei("huge", "", "<p rend=\"" + "a".repeat(10_000_000) + "\">x</p>"));
    Cli.Run run = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> Cli.run("validate", folder.toString()));
    assertEquals(1, run.exitCode(), run.out());
    assertTrue(run.out().matches("(?s).*huge\\.xml:3:\\d+: error: \\[well-formed\\] the attribute rend of <p> is 10,000,000 characters long.*"),
        run.out());
    assertTheGoodTextIsPublished(folder);
  }

  @Test
  void anEntityExpandedThousandsOfTimesIsAnErrorAndJsonStaysJson() throws Exception {
    Path folder = withAGoodText();
    String entity = "<!DOCTYPE TEI [<!ENTITY big \"" + "abcdefghij".repeat(10_000) + "\">]>\n";
    Files.writeString(folder.resolve("bomb.xml"), tei("bomb", entity, "<p>" + "&big;".repeat(5_000) + "</p>"));
    Cli.Run run = assertTimeoutPreemptively(Duration.ofSeconds(60),
        () -> Cli.run("validate", "--format", "json", folder.toString()));
    assertEquals(1, run.exitCode(), run.out() + run.err());
    XdmAtomicValue json = new XdmAtomicValue(run.out());
    String first = new Processor(false).newXPathCompiler().evaluateSingle(
        "let $m := parse-json(.) return $m?diagnostics?*[?file => ends-with('bomb.xml')][1]?message", json).getStringValue();
    assertTrue(first.startsWith("the document's entities expand to more than 1,000,000 characters"), first);
    assertFalse(run.err().contains("OutOfMemoryError") || run.err().contains("\tat "), run.err());
    assertTheGoodTextIsPublished(folder);
  }

  /**
   * Each of 22 parts includes the next twice: four million parses out of a few kilobytes, which
   * ran for hours. The includes are counted, and the document stops being read past the bound.
   */
  @Test
  void anIncludeBombIsStoppedAtItsBoundWithItsPlace() throws Exception {
    Path folder = withAGoodText();
    Path parts = Files.createDirectories(folder.resolve("parts"));
    for (int level = 1; level <= 22; level++) {
      Files.writeString(parts.resolve("level" + level + ".xml"), level == 22
          ? "<p xmlns=\"http://www.tei-c.org/ns/1.0\">Une feuille.</p>"
          : "<div xmlns=\"http://www.tei-c.org/ns/1.0\" xmlns:xi=\"http://www.w3.org/2001/XInclude\">"
              + ("<xi:include href=\"level" + (level + 1) + ".xml\"/>").repeat(2) + "</div>");
    }
    Path bomb = folder.resolve("bomb.xml");
    Files.writeString(bomb, tei("bomb", "", "\n<xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\"parts/level1.xml\"/>"));
    Cli.Run run = assertTimeoutPreemptively(Duration.ofSeconds(120),
        () -> Cli.run("validate", bomb.toString(), folder.resolve("good.xml").toString()));
    assertEquals(1, run.exitCode(), run.out() + run.err());
    assertTrue(run.out().matches("(?s).*bomb\\.xml:4:\\d+: error: \\[xinclude\\] the document includes more than 10,000 parts.*"),
        run.out());
    assertFalse(run.out().contains("Exception") || run.err().contains("Exception"), run.out() + run.err());
    assertTrue(run.out().contains("2 files"), run.out());
  }

  @Test
  void fiveHundredNestedElementsArePublishedInEveryFormat() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("deep"));
    Files.writeString(folder.resolve("hi.xml"), tei("hi", "", "<p>" + "<hi>".repeat(500) + "au fond" + "</hi>".repeat(500) + "</p>"));
    Files.writeString(folder.resolve("div.xml"), tei("div", "", "<div>".repeat(500) + "<p>tout au fond</p>" + "</div>".repeat(500)));
    Path out = dir.resolve("out");
    Cli.Run run = assertTimeoutPreemptively(Duration.ofSeconds(180),
        () -> Cli.run("build", "-o", out.toString(), folder.toString()));
    assertEquals(0, run.exitCode(), run.out() + run.err());
    assertTrue(Files.readString(out.resolve("html/hi.html")).contains("au fond"));
    assertTrue(Files.readString(out.resolve("html/div.html")).contains("tout au fond"));
    for (String f : new String[] {"pdf/hi.pdf", "pdf/div.pdf", "epub/hi.epub", "epub/div.epub"}) {
      assertTrue(Files.size(out.resolve(f)) > 1000, f);
    }
  }

  @Test
  void nestingBeyondTheBoundIsAnErrorWithItsPlace() throws Exception {
    Path folder = withAGoodText();
    Files.writeString(folder.resolve("abyss.xml"), tei("abyss", "", "<p>" + "<hi>".repeat(5_000) + "x" + "</hi>".repeat(5_000) + "</p>"));
    Cli.Run run = Cli.run("validate", folder.toString());
    assertTrue(run.out().matches("(?s).*abyss\\.xml:3:\\d+: error: \\[well-formed\\] elements are nested more than 2,000 deep.*"), run.out());
    assertTheGoodTextIsPublished(folder);
  }

  @Test
  void aFifoIsSkippedWithAWarning() throws Exception {
    Path folder = withAGoodText();
    Path fifo = folder.resolve("pipe.xml");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo is not available here");
    Cli.Run run = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> Cli.run("validate", folder.toString()));
    assertTrue(run.out().contains("pipe.xml: warning: [well-formed] is not a regular file"), run.out());
    Path out = dir.resolve("out");
    Cli.Run build = assertTimeoutPreemptively(Duration.ofSeconds(120),
        () -> Cli.run("build", "--html", "-o", out.toString(), folder.toString()));
    assertEquals(0, build.exitCode(), build.out() + build.err());
    assertTrue(Files.isRegularFile(out.resolve("html/good.html")));
  }

  @Test
  void schemaReferencesWithAFragmentAQueryOrAHostAreWarnings() throws Exception {
    Path folder = withAGoodText();
    Files.copy(Cli.root().resolve("schemas/edition.rng"), folder.resolve("local.rng"));
    String models = "<?xml-model href=\"local.rng#part\" schematypens=\"http://relaxng.org/ns/structure/1.0\"?>\n"
        + "<?xml-model href=\"local.rng?v=2\" schematypens=\"http://relaxng.org/ns/structure/1.0\"?>\n"
        + "<?xml-model href=\"//elsewhere.example/x.rng\" schematypens=\"http://relaxng.org/ns/structure/1.0\"?>\n";
    Files.writeString(folder.resolve("models.xml"), tei("models", models, "<p>x</p>"));
    Cli.Run run = Cli.run("validate", folder.resolve("models.xml").toString());
    assertEquals(0, run.exitCode(), run.out() + run.err());
    assertTrue(run.out().contains("models.xml:2:") && run.out().contains("has a #fragment"), run.out());
    assertTrue(run.out().contains("models.xml:3:") && run.out().contains("has a ?query"), run.out());
    assertTrue(run.out().contains("models.xml:4:") && run.out().contains("is not fetched from the network"), run.out());
  }
}
