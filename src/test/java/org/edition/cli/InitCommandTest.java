package org.edition.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.edition.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Tag;

/**
 * edition init: an existing folder of TEI gets its settings file, filled from what is there, and
 * nothing else; the commands then work from the settings alone.
 */
@Tag("fast")
class InitCommandTest {
  @TempDir Path dir;

  @Test
  void writesOnlyTheSettingsFromWhatItFinds() throws Exception {
    Path letters = dir.resolve("letters");
    Files.createDirectories(letters.resolve("tei"));
    Files.copy(Cli.root().resolve("tei/leylavergne-travail.xml"), letters.resolve("tei/leylavergne-travail.xml"));
    Files.copy(Cli.root().resolve("tei/registers.xml"), letters.resolve("tei/registers.xml"));
    Files.createDirectories(letters.resolve("plays"));
    Files.copy(Cli.shared().resolve("corpus/docs/rusdracor/gogol-revizor.xml"), letters.resolve("plays/gogol-revizor.xml"));
    Files.writeString(letters.resolve("plays/notes.xml"), "<notes>pas de la TEI</notes>");
    Cli.Run run = Cli.run("init", letters.toString());
    assertEquals(0, run.exitCode(), run.out() + run.err());
    assertTrue(run.out().contains("found in " + letters + ": 2 texts (fr 1, ru 1), 1 registers file (tei/registers.xml),"
        + " 1 file that edition does not read as TEI"), run.out());
    String settings = Files.readString(letters.resolve("edition.properties"));
    assertTrue(settings.contains("\ntitle = Travail et crise du conflit politique dans les sociétés occidentales : édition numérique\n"), settings);
    assertTrue(settings.contains("\ntexts = plays tei\n"), settings);
    assertTrue(settings.contains("\n# registers = tei/registers.xml\n"), settings);
    try (var all = Files.walk(letters)) {
      assertEquals(5, all.filter(Files::isRegularFile).count(), "init writes edition.properties and nothing else");
    }
    // The settings say where the texts are: no path is needed.
    Cli.Run checked = Cli.run("validate", "--project", letters.toString());
    // Four files read (not TEI: notes.xml), the flagship's texts without the schemas they name.
    // the essay copied without the forum's thread it points to: a pointer to a file the folder lacks
    assertTrue(checked.out().strip().endsWith("4 files, 2 errors, 5 warnings"), checked.out());
    assertTrue(checked.out().contains("leylavergne-travail.xml:41:39: error: [pointer] @target on <ref> points to forum-fil.xml"), checked.out());
    assertTrue(checked.out().contains("notes.xml:1:8: error: [tei] not a TEI document"), checked.out());

    String before = Files.readString(letters.resolve("edition.properties"));
    Cli.Run again = Cli.run("init", letters.toString());
    assertEquals(2, again.exitCode());
    assertTrue(again.err().contains("exists already: nothing written"), again.err());
    assertEquals(before, Files.readString(letters.resolve("edition.properties")));
  }

  /**
   * What init finds is written only if the settings loader takes it (a title of 600 characters,
   * one with a control character): the next command reads the settings init wrote.
   */
  @Test
  void writesOnlyWhatTheNextCommandReads() throws Exception {
    Path letters = Files.createDirectories(dir.resolve("letters/tei"));
    Files.copy(Cli.root().resolve("tei/leylavergne-travail.xml"), letters.resolve("leylavergne-travail.xml"));
    String registers = Files.readString(Cli.root().resolve("tei/registers.xml"));
    String title = "Un titre bien trop long ".repeat(25);
    Files.writeString(letters.resolve("registers.xml"),
        registers.replaceFirst("(?s)(<titleStmt>\\s*<title[^>]*>).*?(</title>)", "$1" + title + "$2"));
    Cli.Run run = Cli.run("init", dir.resolve("letters").toString());
    assertEquals(0, run.exitCode(), run.out() + run.err());
    assertTrue(run.out().contains("not written, set them yourself: title ("), run.out());
    String settings = Files.readString(dir.resolve("letters/edition.properties"));
    assertFalse(settings.contains(title.strip()), settings);
    Cli.Run next = Cli.run("validate", "--project", dir.resolve("letters").toString());
    assertTrue(next.exitCode() < 2, next.out() + next.err());
    assertFalse(next.err().contains("edition.properties"), next.err());
  }

  @Test
  void aFolderWithoutTeiGetsNothing() throws Exception {
    Path empty = Files.createDirectories(dir.resolve("notes"));
    Files.writeString(empty.resolve("a.xml"), "<html/>");
    Cli.Run run = Cli.run("init", empty.toString());
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("no TEI file"), run.err());
    assertFalse(Files.exists(empty.resolve("edition.properties")));
    Cli.Run file = Cli.run("init", empty.resolve("a.xml").toString());
    assertEquals(2, file.exitCode());
    assertTrue(file.err().contains("is not a folder"), file.err());
  }
}
