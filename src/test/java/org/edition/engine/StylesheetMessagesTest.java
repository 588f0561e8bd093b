package org.edition.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.edition.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an edition's own stylesheet says as it runs (an xsl:message, Saxon's warning of an
 * ambiguous rule match) reaches the editor as a warning against the stylesheet, once.
 */
class StylesheetMessagesTest {
  @TempDir Path project;

  @Test
  void warningsAndMessagesOfAStylesheetAreShownOnce() throws Exception {
    for (String folder : List.of("tei", "xslt", "schemas")) {
      IncrementalBuildTest.copyTree(Cli.root().resolve(folder), project.resolve(folder));
    }
    Path text = project.resolve("xslt/html/text.xsl");
    String xsl = Files.readString(text);
    int at = xsl.indexOf("<xsl:template match=\"/\">");
    Files.writeString(text, xsl.substring(0, at)
        + "<xsl:template match=\"tei:p\" mode=\"m:html\" priority=\"7\"><xsl:next-match/></xsl:template>\n"
        + "  <xsl:template match=\"tei:p[1]\" mode=\"m:html\" priority=\"7\"><xsl:message>a word from the override</xsl:message>"
        + "<xsl:next-match/></xsl:template>\n  " + xsl.substring(at));
    int line = (int) Files.readString(text).lines().takeWhile(l -> !l.contains("a word from the override")).count() + 1;
    Cli.Run run = Cli.run("build", "--html", "--project", project.toString(), "-o", project.resolve("output").toString(),
        project.resolve("tei").toString());
    assertEquals(0, run.exitCode(), run.out() + run.err());
    List<String> said = run.err().lines().filter(l -> l.contains("[xslt] a word from the override")).toList();
    assertEquals(1, said.size(), run.err());
    assertTrue(said.get(0).contains("text.xsl:" + line + ": warning: [xslt]"), said.get(0));
    assertTrue(run.err().lines().filter(l -> l.contains("[xslt] Ambiguous rule match")).count() >= 1, run.err());
    assertTrue(run.err().lines().filter(l -> l.contains("[xslt] Ambiguous rule match")).count() <= 2, run.err());
  }
}
