package org.edition.publish.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * FOP keeps a font cache in the user's home (~/.fop/fop-fonts.cache) that any FOP on the machine
 * rewrites. One that edition cannot read (another program's, or half-written) failed every PDF
 * of every build on that machine; the build now keeps no such cache, and neither reads nor
 * writes that file. Run in a JVM of its own, whose home holds such a file.
 */
class FontCacheTest {
  @TempDir Path dir;

  @Test
  void aFontCacheInTheHomeThatCannotBeReadChangesNothing() throws Exception {
    Path home = Files.createDirectories(dir.resolve("home"));
    Path cache = Files.createDirectories(home.resolve(".fop")).resolve("fop-fonts.cache");
    byte[] foreign = "not a font cache of this FOP".getBytes(StandardCharsets.UTF_8);
    Files.write(cache, foreign);
    Path tei = Files.createDirectories(dir.resolve("project/tei"));
    Files.writeString(tei.resolve("lettre.xml"), """
        <TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Lettre</title></titleStmt>
        <publicationStmt><p>Essai.</p></publicationStmt><sourceDesc><p>Né numérique.</p></sourceDesc></fileDesc></teiHeader>
        <text><body><p>Une lettre.</p></body></text></TEI>
        """, StandardCharsets.UTF_8);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Path log = dir.resolve("log.txt");
    Process child = new ProcessBuilder(List.of(java, "-Duser.home=" + home, "-cp", System.getProperty("java.class.path"),
        org.edition.cli.EditionCommand.class.getName(), "build", "--pdf", "-o", dir.resolve("out").toString(), tei.toString()))
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    assertTrue(child.waitFor(5, TimeUnit.MINUTES), "the build did not end");
    String said = Files.readString(log, StandardCharsets.UTF_8);
    assertEquals(0, child.exitValue(), said);
    assertTrue(Files.size(dir.resolve("out/pdf/lettre.pdf")) > 0, said);
    assertArrayEquals(foreign, Files.readAllBytes(cache), "the file in the home is not edition's to write");
  }
}
