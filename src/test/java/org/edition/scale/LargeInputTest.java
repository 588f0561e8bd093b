package org.edition.scale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.edition.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sizes real editions reach: one 50 MB document, ten thousand small ones. */
class LargeInputTest {
  private static final String HEADER =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <TEI xmlns="http://www.tei-c.org/ns/1.0" xml:id="ID"><teiHeader><fileDesc><titleStmt><title>TITLE</title></titleStmt>
      <publicationStmt><p>Test.</p></publicationStmt><sourceDesc><p>Générée pour les tests.</p></sourceDesc></fileDesc></teiHeader>
      <text xml:lang="fr"><body>
      """;

  @TempDir Path dir;

  @Test
  void aFiftyMegabyteDocumentIsValidatedAndPublished() throws Exception {
    Path file = dir.resolve("grand.xml");
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write(HEADER.replace("ID", "grand").replace("TITLE", "Un très grand document"));
      long size = 0;
      int n = 0;
      while (size < 50_000_000L) {
        String p = "<p>Paragraphe " + (++n) + " : le travail tel que nous l’entendons aujourd’hui est une"
            + " signification imaginaire récente dans l’histoire humaine ; elle est le fruit de notre"
            + " société et l’un des piliers de son fonctionnement<note n=\"" + n + "\" place=\"foot\">Note "
            + n + ".</note>, selon <persName>Castoriadis</persName>.</p>\n";
        out.write(p);
        size += p.length();
      }
      out.write("<p>Le dernier paragraphe.</p></body></text></TEI>\n");
    }
    assertTrue(Files.size(file) > 50_000_000L);
    Cli.Run validate = assertTimeoutPreemptively(Duration.ofMinutes(4), () -> Cli.run("validate", file.toString()));
    assertEquals(0, validate.exitCode(), validate.out() + validate.err());
    assertEquals("1 file, 0 errors, 0 warnings", validate.out().strip());
    Path out = dir.resolve("out");
    Cli.Run build = assertTimeoutPreemptively(Duration.ofMinutes(4),
        () -> Cli.run("build", "--html", "-o", out.toString(), file.toString()));
    assertEquals(0, build.exitCode(), build.out() + build.err());
    String page = org.edition.Shown.text(Files.readString(out.resolve("html/grand.html")));
    assertTrue(page.contains("Le dernier paragraphe."));
  }

  @Test
  void tenThousandSmallDocumentsAreValidatedAndPublished() throws Exception {
    Path folder = Files.createDirectory(dir.resolve("lettres"));
    for (int i = 0; i < 10_000; i++) {
      Files.writeString(folder.resolve(String.format("l%05d.xml", i)),
          HEADER.replace("ID", "l" + i).replace("TITLE", "Lettre " + i)
              + "<p>Lettre " + i + ", avec une note<note n=\"1\" place=\"foot\">Note de la lettre " + i + ".</note>.</p>"
              + "</body></text></TEI>\n");
    }
    Cli.Run validate = assertTimeoutPreemptively(Duration.ofMinutes(4), () -> Cli.run("validate", folder.toString()));
    assertEquals(0, validate.exitCode(), validate.err());
    assertEquals("10000 files, 0 errors, 0 warnings", validate.out().strip());
    Path out = dir.resolve("out");
    Cli.Run build = assertTimeoutPreemptively(Duration.ofMinutes(4),
        () -> Cli.run("build", "--html", "-o", out.toString(), folder.toString()));
    assertEquals(0, build.exitCode(), build.err());
    assertTrue(build.out().contains("html: 10004 pages from 10000 texts"), build.out());
    assertTrue(Files.readString(out.resolve("html/l9999.html")).contains("Note de la lettre 9999."));
  }
}
