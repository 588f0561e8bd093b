package org.edition.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.edition.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.util.List;

/** A DOCTYPE may ask for files and URLs: nothing is ever read or fetched. */
class HostileInputTest {
  @TempDir Path dir;

  private static final String BODY =
      """
      <TEI xmlns="http://www.tei-c.org/ns/1.0">
        <teiHeader><fileDesc><titleStmt><title>T</title></titleStmt>
          <publicationStmt><p>P</p></publicationStmt><sourceDesc><p>S</p></sourceDesc></fileDesc></teiHeader>
        <text xml:lang="fr"><body><p>Le contenu : &probe;</p></body></text>
      </TEI>
      """;

  /** Validates a file whose DOCTYPE points at a listening loopback port; returns whether it was called. */
  private boolean calledBack(String doctype, Cli.Run[] result) throws Exception {
    try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      server.setSoTimeout(300);
      String url = "http://127.0.0.1:" + server.getLocalPort() + "/probe";
      Path file = dir.resolve("probe.xml");
      Files.writeString(file, "<?xml version=\"1.0\"?>\n" + doctype.replace("URL", url) + "\n" + BODY);
      result[0] = Cli.run("validate", file.toString());
      try (Socket client = server.accept()) {
        return true;
      } catch (SocketTimeoutException e) {
        return false;
      }
    }
  }

  @Test
  void anExternalEntityUrlIsNeverFetched() throws Exception {
    Cli.Run[] run = new Cli.Run[1];
    assertFalse(calledBack("<!DOCTYPE TEI [ <!ENTITY probe SYSTEM \"URL\"> ]>", run));
    assertEquals(1, run[0].exitCode());
    assertTrue(run[0].out().contains("probe.xml:2:"), run[0].out());
    assertTrue(run[0].out().contains("error: [doctype] the entity &probe; refers to the external"), run[0].out());
  }

  @Test
  void anExternalDtdIsNeverFetchedButTheFileIsStillChecked() throws Exception {
    Cli.Run[] run = new Cli.Run[1];
    assertFalse(calledBack("<!DOCTYPE TEI SYSTEM \"URL\" [ <!ENTITY probe \"interne\"> ]>", run));
    assertTrue(run[0].out().contains("warning: [doctype] the DOCTYPE names the external DTD"), run[0].out());
  }

  @Test
  void aParameterEntityUrlIsNeverFetched() throws Exception {
    Cli.Run[] run = new Cli.Run[1];
    assertFalse(calledBack("<!DOCTYPE TEI [ <!ENTITY % remote SYSTEM \"URL\"> %remote; <!ENTITY probe \"x\"> ]>", run));
    assertEquals(1, run[0].exitCode());
    assertTrue(run[0].out().contains("error: [doctype] the parameter entity %remote"), run[0].out());
  }

  @Test
  void aLocalFileEntityIsNeverRead() throws Exception {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "MOT-DE-PASSE-SECRET");
    Path file = dir.resolve("steal.xml");
    Files.writeString(
        file,
        "<?xml version=\"1.0\"?>\n<!DOCTYPE TEI [ <!ENTITY probe SYSTEM \"" + secret.toUri() + "\"> ]>\n" + BODY);
    byte[] before = Files.readAllBytes(file);
    for (String format : new String[] {"text", "json", "sarif"}) {
      Cli.Run run = Cli.run("validate", "--format", format, file.toString());
      assertEquals(1, run.exitCode());
      assertFalse(run.out().contains("MOT-DE-PASSE-SECRET"));
      assertFalse(run.err().contains("MOT-DE-PASSE-SECRET"));
    }
    assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(file)), "the source was modified");
  }

  private static final String INCLUDING =
      """
      <?xml version="1.0"?>
      <TEI xmlns="http://www.tei-c.org/ns/1.0" xmlns:xi="http://www.w3.org/2001/XInclude">
        <teiHeader><fileDesc><titleStmt><title>T</title></titleStmt>
          <publicationStmt><p>P</p></publicationStmt><sourceDesc><p>S</p></sourceDesc></fileDesc></teiHeader>
        <text xml:lang="fr"><body>
          <xi:include href="HREF"/>
        </body></text>
      </TEI>
      """;

  private Cli.Run validateIncluding(String href) throws Exception {
    Path file = dir.resolve("including.xml");
    Files.writeString(file, INCLUDING.replace("HREF", href));
    return Cli.run("validate", file.toString());
  }

  @Test
  void aMissingIncludeIsAnErrorAtTheInclude() throws Exception {
    Cli.Run run = validateIncluding("nowhere.xml");
    assertEquals(1, run.exitCode());
    assertTrue(run.out().matches("(?s).*including\\.xml:6:\\d+: error: \\[xinclude\\] the included file \"[^\"]*nowhere\\.xml\" does not exist.*"), run.out());
    assertFalse(run.out().contains("Exception"), run.out());
  }

  @Test
  void anIncludeCycleIsAnError() throws Exception {
    Cli.Run run = validateIncluding("including.xml");
    assertEquals(1, run.exitCode());
    assertTrue(run.out().contains("error: [xinclude]"), run.out());
    assertTrue(run.out().toLowerCase().contains("recursive"), run.out());
  }

  @Test
  void anIncludeOutsideTheFolderIsNeverRead() throws Exception {
    Path outside = Files.createTempFile("edition-outside-", ".xml");
    Files.writeString(outside, "<p xmlns=\"http://www.tei-c.org/ns/1.0\">SECRET-OUTSIDE</p>");
    Cli.Run run = validateIncluding(outside.toUri().toString());
    assertEquals(1, run.exitCode());
    assertTrue(run.out().matches("(?s).*including\\.xml:6:\\d+: error: \\[xinclude\\] the include of \"" + java.util.regex.Pattern.quote(outside.toUri().toString()) + ".*"), run.out());
    assertTrue(run.out().contains("is refused"), run.out());
  }

  @Test
  void anIncludeOfAUrlIsNeverFetched() throws Exception {
    try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      server.setSoTimeout(300);
      Cli.Run run = validateIncluding("http://127.0.0.1:" + server.getLocalPort() + "/x.xml");
      assertEquals(1, run.exitCode());
      assertTrue(run.out().contains("is refused"), run.out());
      try (Socket client = server.accept()) {
        throw new AssertionError("the include was fetched");
      } catch (SocketTimeoutException expected) {
        // nothing came
      }
    }
  }

  @Test
  void anIncludeInsideTheFolderIsResolved() throws Exception {
    Files.writeString(dir.resolve("part.xml"), "<p xmlns=\"http://www.tei-c.org/ns/1.0\">Un paragraphe inclus.</p>");
    Path file = dir.resolve("including.xml");
    Files.writeString(file, INCLUDING.replace("HREF", "part.xml"));
    Path out = Files.createTempDirectory("edition-include-");
    Cli.Run run = Cli.run("build", "--html", "-o", out.toString(), file.toString());
    assertTrue(org.edition.Shown.text(Files.readString(out.resolve("html/including.html"))).contains("Un paragraphe inclus."), run.out() + run.err());
  }

  @Test
  void anIncludesFallbackStandsForAPartMissingOrRefused() throws Exception {
    Path outside = Files.createTempFile("edition-outside-", ".xml");
    Files.writeString(outside, "<p xmlns=\"http://www.tei-c.org/ns/1.0\">SECRET-OUTSIDE</p>");
    Path folder = Files.createDirectories(dir.resolve("fallbacks"));
    Path file = folder.resolve("including.xml");
    Files.writeString(file, INCLUDING.replace("<xi:include href=\"HREF\"/>",
        "<xi:include href=\"nowhere.xml\"><xi:fallback><p>REPLI-MANQUANT</p></xi:fallback></xi:include>\n"
            + "<xi:include href=\"" + outside.toUri() + "\"><xi:fallback><p>REPLI-REFUSE</p></xi:fallback></xi:include>"));
    Path out = Files.createTempDirectory("edition-fallback-");
    Cli.Run run = Cli.run("build", "--html", "-o", out.toString(), file.toString());
    String said = run.out() + run.err();
    assertTrue(said.matches("(?s).*including\\.xml:6:\\d+: warning: \\[xinclude\\] the included file \"[^\"]*nowhere\\.xml\" does not exist: its xi:fallback is used.*"), said);
    assertTrue(said.matches("(?s).*including\\.xml:7:\\d+: warning: \\[xinclude\\] the include of \"[^\"]*edition-outside-[^\"]*\" is refused.*its xi:fallback is used.*"), said);
    String page = org.edition.Shown.text(Files.readString(out.resolve("html/including.html")));
    assertTrue(page.contains("REPLI-MANQUANT") && page.contains("REPLI-REFUSE"), page);
    assertFalse(page.contains("SECRET-OUTSIDE"), page);
    assertFalse(said.contains("Exception"), said);
  }

  @Test
  void aRefusedIncludeWithAnXpointerIsSaid() throws Exception {
    Path outside = Files.createTempFile("edition-outside-", ".xml");
    Files.writeString(outside, "<p xmlns=\"http://www.tei-c.org/ns/1.0\" xml:id=\"a\">SECRET-OUTSIDE</p>");
    Path file = dir.resolve("including.xml");
    Files.writeString(file, INCLUDING.replace("<xi:include href=\"HREF\"/>",
        "<xi:include href=\"" + outside.toUri() + "\" xpointer=\"xpointer(id('a'))\"/>"));
    Cli.Run run = Cli.run("validate", file.toString());
    assertEquals(1, run.exitCode(), run.out());
    assertTrue(run.out().matches("(?s).*including\\.xml:6:\\d+: error: \\[xinclude\\] the include of \"[^\"]*edition-outside-[^\"]*\" is refused.*"),
        run.out());
    assertFalse(run.out().contains("SECRET-OUTSIDE") || run.out().contains("Exception"), run.out());
  }

  @Test
  void aFileNameWithBidiControlsIsPrintedEscaped() throws Exception {
    // U+202E shows "evil<RLO>lmx.txt" as "evil" + "txt.xml" reversed: the line would lie about the name
    Path file = dir.resolve("evil\u202elmx.txt.xml");
    Files.writeString(file, "<?xml version=\"1.0\"?>\n<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader>\n");
    Cli.Run run = Cli.run("validate", dir.toString());
    assertEquals(1, run.exitCode(), run.out());
    assertTrue(run.out().contains("evil\\u202elmx.txt.xml:"), run.out());
    for (char c : new char[] {'\u202e', '\u202d', '\u2066', '\u2067', '\u2068', '\u2069', '\u200e', '\u200f', '\u061c'}) {
      assertFalse(run.out().indexOf(c) >= 0 || run.err().indexOf(c) >= 0, "a raw bidi control U+" + Integer.toHexString(c));
    }
  }

  @Test
  void aSymbolicLinkOutOfTheFolderIsNotRead() throws Exception {
    Path outside = Files.createTempFile("edition-secret-", ".xml");
    Files.writeString(outside, "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">SECRET-LINKED</TEI>");
    Path folder = Files.createDirectory(dir.resolve("edition"));
    Files.createSymbolicLink(folder.resolve("linked.xml"), outside);
    Cli.Run run = Cli.run("validate", folder.toString());
    assertEquals(1, run.exitCode());
    assertTrue(run.out().contains("linked.xml: error: [security]"), run.out());
    assertFalse(run.out().contains("SECRET-LINKED"));
  }

  @Test
  void anOutputFolderThatCannotBeWrittenIsAnEnvironmentError() throws Exception {
    Path blocker = dir.resolve("not-a-folder");
    Files.writeString(blocker, "a file where the output folder should be");
    Cli.Run run = Cli.run("build", "--html", "-o", blocker.toString());
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("not-a-folder"), run.err());
    assertFalse(run.err().contains("Exception"), run.err());
    assertEquals("a file where the output folder should be", Files.readString(blocker));
  }

  @Test
  void aFailingBuildLeavesThePreviousOutputAsItWas() throws Exception {
    Path out = Files.createTempDirectory("edition-atomic-");
    assertEquals(0, Cli.run("build", "--html", "-o", out.toString()).exitCode());
    Path index = out.resolve("html/index.html");
    byte[] before = Files.readAllBytes(index);
    // A project whose text stylesheet does not compile: the build fails half-way.
    Path project = Files.createDirectory(dir.resolve("broken-project"));
    Files.createDirectories(project.resolve("xslt/html"));
    Files.writeString(project.resolve("xslt/html/site.xsl"), "<xsl:stylesheet version=\"3.0\" xmlns:xsl=\"http://www.w3.org/1999/XSL/Transform\"><xsl:template name=\"main\"><xsl:value-of select=\"1 +\"/></xsl:template></xsl:stylesheet>");
    Cli.Run run = Cli.run("build", "--html", "--project", project.toString(), "-o", out.toString(), "tei");
    assertEquals(2, run.exitCode(), run.out() + run.err());
    assertTrue(run.err().contains("does not compile"), run.err());
    assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(index)), "the previous site was changed");
    try (var left = Files.list(out)) {
      assertEquals(List.of(".edition-cache", "html"), left.map(p -> p.getFileName().toString()).sorted().toList(),
          "staging folders left behind");
    }
  }
}
