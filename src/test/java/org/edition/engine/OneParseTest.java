package org.edition.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.edition.Cli;
import org.edition.load.ParseCount;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each TEI file is parsed once per run: the parse that builds its tree also feeds RELAX NG and
 * the XSD, the Schematron rules open the trees already parsed, and every publisher renders them.
 */
class OneParseTest {
  @TempDir Path dir;

  private static final List<String> FILES = List.of("leylavergne-travail.xml", "forum-fil.xml", "registers.xml");

  private Path edition() throws Exception {
    Path edition = dir.resolve("edition");
    IncrementalBuildTest.copyTree(Cli.root().resolve("tei"), edition.resolve("tei"));
    IncrementalBuildTest.copyTree(Cli.root().resolve("schemas"), edition.resolve("schemas"));
    return edition;
  }

  private static long parses(Path edition, String file) {
    return ParseCount.of(edition.resolve("tei").resolve(file).toUri());
  }

  @Test
  void validateParsesEachFileOnce() throws Exception {
    Path edition = edition();
    ParseCount.reset();
    Cli.Run run = Cli.run("validate", "--project", edition.toString(), edition.resolve("tei").toString());
    assertEquals(0, run.exitCode(), run.out() + run.err());
    for (String file : FILES) {
      assertEquals(1, parses(edition, file), file);
    }
  }

  @Test
  void aBuildParsesEachFileOnceAndARebuildOnlyWhatItReads() throws Exception {
    Path edition = edition();
    ParseCount.reset();
    Cli.Run run = Cli.run("build", "--project", edition.toString(), "-o", edition.resolve("output").toString(),
        edition.resolve("tei").toString());
    assertEquals(0, run.exitCode(), run.out() + run.err());
    for (String file : FILES) {
      assertEquals(1, parses(edition, file), file + " in a build of the three formats");
    }
    // One word corrected in the article: it is checked and published from one parse; the other
    // files are read at most once (the registers, which its pages need).
    Path article = edition.resolve("tei/leylavergne-travail.xml");
    String text = Files.readString(article);
    assertTrue(text.contains("travail"), "the article has the word");
    Files.writeString(article, text.replaceFirst("travail", "labeur"));
    ParseCount.reset();
    Cli.Run again = Cli.run("build", "--project", edition.toString(), "-o", edition.resolve("output").toString(),
        edition.resolve("tei").toString());
    assertEquals(0, again.exitCode(), again.out() + again.err());
    assertEquals(1, parses(edition, "leylavergne-travail.xml"));
    for (String file : FILES) {
      assertTrue(parses(edition, file) <= 1, file + " parsed " + parses(edition, file) + " times");
    }
  }
}
