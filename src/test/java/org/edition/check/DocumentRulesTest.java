package org.edition.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.edition.Cli;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Tag;

/**
 * Schematron rules a document names itself are its author's program: they read nothing outside
 * the edition (no file elsewhere, no URL, no environment), write nothing, and are stopped when
 * they run too long. The project's own rules open only the edition's files too.
 */
@Tag("fast")
@org.junit.jupiter.api.parallel.Isolated("sets a system property every document-rules check reads")
class DocumentRulesTest {
  @TempDir Path dir;
  @TempDir Path elsewhere;

  @AfterEach
  void defaultTime() {
    System.clearProperty("edition.document-rules-seconds");
  }

  private static String tei(String schema, String body) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + (schema == null ? "" : "<?xml-model href=\"" + schema + "\" schematypens=\"http://purl.oclc.org/dsdl/schematron\"?>\n")
        + "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\" xml:id=\"t\"><teiHeader><fileDesc><titleStmt><title>T</title></titleStmt>"
        + "<publicationStmt><p>P</p></publicationStmt><sourceDesc><p>S</p></sourceDesc></fileDesc></teiHeader>\n"
        + "<text xml:lang=\"fr\"><body>" + body + "</body></text></TEI>\n";
  }

  private static String rules(String reports) {
    return "<schema xmlns=\"http://purl.oclc.org/dsdl/schematron\" queryBinding=\"xslt3\""
        + " xmlns:xsl=\"http://www.w3.org/1999/XSL/Transform\"><pattern><rule context=\"/*\">" + reports
        + "</rule></pattern></schema>";
  }

  @Test
  void aDocumentsOwnRulesReadNothingOutsideTheEdition() throws Exception {
    Path secret = elsewhere.resolve("secret.xml");
    Files.writeString(secret, "<secret>MOT-DE-PASSE-DEHORS</secret>");
    Path folder = Files.createDirectories(dir.resolve("edition"));
    try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      server.setSoTimeout(300);
      String url = "http://127.0.0.1:" + server.getLocalPort() + "/probe.xml";
      Path written = folder.resolve("written.txt");
      Files.writeString(folder.resolve("evil.sch"), rules(
          "<report test=\"true()\">PASSWD[<value-of select=\"if (unparsed-text-available('/etc/passwd')) then unparsed-text('/etc/passwd') else 'no'\"/>]</report>"
          + "<report test=\"true()\">SECRET[<value-of select=\"if (doc-available('" + secret.toUri() + "')) then string(doc('" + secret.toUri() + "')) else 'no'\"/>]</report>"
          + "<report test=\"true()\">TEXT[<value-of select=\"if (unparsed-text-available('" + secret.toUri() + "')) then unparsed-text('" + secret.toUri() + "') else 'no'\"/>]</report>"
          + "<report test=\"true()\">NET[<value-of select=\"doc-available('" + url + "')\"/>]</report>"
          + "<report test=\"true()\">ENV[<value-of select=\"string-join(available-environment-variables(), ',')\"/>|<value-of select=\"environment-variable('PATH')\"/>]</report>"
          + "<report test=\"true()\">WRITE[<xsl:result-document href=\"" + written.toUri() + "\" method=\"text\">written</xsl:result-document>]</report>"));
      Files.writeString(folder.resolve("text.xml"), tei("evil.sch", "<p>Un texte.</p>"));
      Files.writeString(folder.resolve("collection.sch"), rules(
          "<report test=\"true()\">COLLECTION[<value-of select=\"count(collection('" + elsewhere.toUri()
              + "?select=*.xml;on-error=ignore'))\"/>]</report>"));
      Files.writeString(folder.resolve("other.xml"), tei("collection.sch", "<p>Un autre.</p>").replace("xml:id=\"t\"", "xml:id=\"o\""));
      for (String format : new String[] {"text", "json", "sarif"}) {
        Cli.Run run = Cli.run("validate", "--format", format, folder.toString());
        String all = run.out() + run.err();
        assertFalse(all.contains("root:") || all.contains("/bin/"), "a file outside was read or the PATH shown: " + all);
        assertFalse(all.contains("MOT-DE-PASSE-DEHORS"), all);
        assertFalse(Files.exists(written), "the rules wrote a file");
        if (format.equals("text")) {
          assertTrue(all.contains("PASSWD[no]") && all.contains("SECRET[no]") && all.contains("TEXT[no]")
              && all.contains("NET[false]") && all.contains("ENV[|]"), all);
          assertFalse(all.contains("COLLECTION[1]"), all);
          assertTrue(all.contains("COLLECTION[0]") || all.contains("other.xml: error: [schematron] the Schematron rules could not run"), all);
        }
      }
      try (Socket called = server.accept()) {
        throw new AssertionError("the rules fetched " + url);
      } catch (SocketTimeoutException expected) {
        // nothing asked
      }
    }
  }

  @Test
  void aDocumentsOwnRulesAreStoppedWhenTheyRunTooLong() throws Exception {
    System.setProperty("edition.document-rules-seconds", "3");
    Path folder = Files.createDirectories(dir.resolve("edition"));
    Files.writeString(folder.resolve("loop.sch"), rules(
        "<report test=\"sum(for $i in 1 to 2000000000, $j in 1 to 100 return $i * $j) gt 0\">never</report>"));
    Files.writeString(folder.resolve("text.xml"), tei("loop.sch", "<p>Un texte.</p>"));
    Files.writeString(folder.resolve("other.xml"), tei(null, "<p>Un autre.</p>").replace("xml:id=\"t\"", "xml:id=\"o\""));
    Cli.Run run = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> Cli.run("validate", folder.toString()));
    assertEquals(1, run.exitCode(), run.out() + run.err());
    assertTrue(run.out().matches("(?s).*text\\.xml:2:\\d+: error: \\[schematron\\] the Schematron rules.*")
        && run.out().contains("ran for more than 3 s and were stopped"), run.out());
    assertTrue(run.out().contains("2 files"), run.out());
  }

  /**
   * Rules that build a string larger than the memory are stopped: an error at the document's
   * xml-model, no stack trace, and every text is published. Run as the packaged command is, in a
   * JVM of its own with a small heap (a few seconds to exhaust).
   */
  @Test
  void aDocumentsOwnRulesThatExhaustTheMemoryAreStoppedAndTheOthersPublished() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("edition"));
    Files.writeString(folder.resolve("greedy.sch"), rules(
        "<report test=\"string-length(string-join((1 to 2000000000) ! 'xxxxxxxxxx')) gt 0\">never</report>"));
    Files.writeString(folder.resolve("text.xml"), tei("greedy.sch", "<p>Un texte.</p>"));
    Files.writeString(folder.resolve("other.xml"), tei(null, "<p>Un autre.</p>").replace("xml:id=\"t\"", "xml:id=\"o\""));
    Path out = dir.resolve("out");
    String javaCommand = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process build = new ProcessBuilder(javaCommand, "-Xmx400m", "-cp", System.getProperty("java.class.path"),
        org.edition.cli.EditionCommand.class.getName(), "build", "--html", "-o", out.toString(), folder.toString())
        .redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile()).start();
    assertTrue(build.waitFor(240, java.util.concurrent.TimeUnit.SECONDS), "the build did not end");
    String said = Files.readString(dir.resolve("log.txt"));
    assertEquals(1, build.exitValue(), said);
    assertTrue(said.matches("(?s).*text\\.xml:2:\\d+: error: \\[schematron\\] the Schematron rules \\S*greedy\\.sch named by"
        + " this document were stopped: they needed more memory than the run has.*"), said);
    assertFalse(said.contains("OutOfMemoryError") || said.contains("Exception") || said.contains("\tat "), said);
    assertTrue(Files.isRegularFile(out.resolve("html/t.html")) && Files.isRegularFile(out.resolve("html/o.html")), said);
  }

  @Test
  void theProjectsRulesDoNotTellWhetherAFileOutsideExists() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("edition"));
    Path outside = elsewhere.resolve("pom.xml");
    Files.writeString(folder.resolve("text.xml"), tei(null, "<p><ref target=\"" + outside + "#x\">lien</ref></p>"));
    // The project's rules (this repository's edition.sch): a folder outside it is otherwise
    // judged by tei_all alone.
    String project = Cli.root().toString();
    Cli.Run absent = Cli.run("validate", "--project", project, folder.toString());
    Files.writeString(outside, "<project xml:id=\"x\"/>");
    Cli.Run present = Cli.run("validate", "--project", project, folder.toString());
    assertEquals(absent.out(), present.out());
    // a pointer out of the edition is not judged: nothing is said of it
    assertFalse(present.out().contains("pom.xml"), present.out());
  }
}
