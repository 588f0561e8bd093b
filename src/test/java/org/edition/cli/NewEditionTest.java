package org.edition.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.edition.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `edition new` makes an edition that validates and builds at once, and never writes into a folder in use. */
class NewEditionTest {
  @TempDir Path dir;

  @Test
  void aNewEditionValidatesAndBuildsInEveryFormat() throws Exception {
    Path edition = dir.resolve("lettres");
    Cli.Run made = Cli.run("new", "--title", "Lettres & billets", "--editor", "A. Éditrice", edition.toString());
    assertEquals(0, made.exitCode(), made.out() + made.err());
    for (String file : List.of("tei/example.xml", "tei/registers.xml", "schemas/edition.rng", "schemas/edition.xsd",
        "schemas/edition.sch", "schemas/xml.xsd", "edition.properties", "README.md", ".gitignore", ".github/workflows/edition.yml")) {
      assertTrue(Files.isRegularFile(edition.resolve(file)), file);
    }
    Cli.Run validate = Cli.run("validate", "--project", edition.toString(), edition.resolve("tei").toString());
    assertEquals(0, validate.exitCode(), validate.out());
    assertEquals("2 files, 0 errors, 0 warnings", validate.out().strip());
    Cli.Run build = Cli.run("build", "--project", edition.toString(), "-o", edition.resolve("output").toString(),
        edition.resolve("tei").toString());
    assertEquals(0, build.exitCode(), build.out() + build.err());
    String page = Files.readString(edition.resolve("output/html/example.html"));
    assertTrue(page.contains("Marie Exemple") && page.contains("Villexemple") && page.contains("note"), page);
    assertTrue(Files.readString(edition.resolve("output/html/index.html")).contains("Lettres &amp; billets"));
    assertTrue(Files.size(edition.resolve("output/pdf/example.pdf")) > 1000);
    assertTrue(Files.size(edition.resolve("output/epub/example.epub")) > 1000);
  }

  @Test
  void aFolderWithAnythingInItOrAFileIsRefusedAndLeftAsItWas() throws Exception {
    Path used = Files.createDirectories(dir.resolve("used"));
    Files.writeString(used.resolve("notes.txt"), "mes notes");
    Cli.Run run = Cli.run("new", used.toString());
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("is not empty: nothing written"), run.err());
    try (Stream<Path> inside = Files.list(used)) {
      assertEquals(List.of(used.resolve("notes.txt")), inside.toList());
    }
    Path file = Files.writeString(dir.resolve("a-file"), "x");
    assertEquals(2, Cli.run("new", file.toString()).exitCode());
    assertEquals("x", Files.readString(file));
    Path empty = Files.createDirectories(dir.resolve("empty"));
    assertEquals(0, Cli.run("new", "--lang", "en", empty.toString()).exitCode());
    assertTrue(Files.readString(empty.resolve("tei/example.xml")).contains("Mary Example"));
  }
}
