package org.edition.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.edition.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build never deletes or changes what edition did not write: the folders an output option
 * points at, the project's stylesheets, the sources; and it never reads its own output back.
 */
class OutputSafetyTest {
  @TempDir Path dir;

  static String tei(String id, String words) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <TEI xmlns="http://www.tei-c.org/ns/1.0" ID><teiHeader><fileDesc><titleStmt><title>Titre WORDS</title></titleStmt>
        <publicationStmt><p>P</p></publicationStmt><sourceDesc><p>S</p></sourceDesc></fileDesc></teiHeader>
        <text xml:lang="fr"><body><p>WORDS</p></body></text></TEI>
        """.replace("ID", id == null ? "" : "xml:id=\"" + id + "\"").replace("WORDS", words);
  }

  /** Every file under a folder, with its bytes. */
  private static Map<String, byte[]> files(Path root) throws IOException {
    Map<String, byte[]> all = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        all.put(root.relativize(p).toString(), Files.readAllBytes(p));
      }
    }
    return all;
  }

  private static void assertSameFiles(Map<String, byte[]> before, Map<String, byte[]> after) {
    assertEquals(before.keySet(), after.keySet());
    before.forEach((name, bytes) -> assertArrayEquals(bytes, after.get(name), name + " changed"));
  }

  private Path texts(String... idsAndWords) throws IOException {
    Path folder = Files.createDirectories(dir.resolve("texts"));
    for (int i = 0; i < idsAndWords.length; i += 2) {
      Files.writeString(folder.resolve("t" + i + ".xml"), tei(idsAndWords[i], idsAndWords[i + 1]));
    }
    return folder;
  }

  @Test
  void formatFoldersEditionDidNotWriteAreNeverReplaced() throws IOException {
    Path home = Files.createDirectories(dir.resolve("home"));
    Files.createDirectories(home.resolve("pdf"));
    Files.writeString(home.resolve("pdf/thesis.pdf"), "my thesis");
    Files.createDirectories(home.resolve("html"));
    Files.writeString(home.resolve("html/index.html"), "my home page");
    Map<String, byte[]> before = files(home);
    Cli.Run run = Cli.run("build", "-o", home.toString(), texts("a", "un").toString());
    assertEquals(2, run.exitCode(), run.out() + run.err());
    assertTrue(run.err().contains(home.resolve("html").toString()) && run.err().contains("not made by edition"), run.err());
    assertSameFiles(before, files(home));
  }

  @Test
  void anOutputThatIsOrHoldsOrLiesInsideTheSourcesIsRefused() throws IOException {
    Path texts = texts("a", "un");
    Map<String, byte[]> before = files(dir);
    for (Path output : List.of(texts, texts.resolve("out"), dir)) {
      Cli.Run run = Cli.run("build", "--html", "-o", output.toString(), texts.toString());
      assertEquals(2, run.exitCode(), output + ": " + run.out() + run.err());
      assertTrue(run.err().contains("source"), run.err());
    }
    assertSameFiles(before, files(dir));
    assertFalse(Files.exists(texts.resolve("out")));
  }

  @Test
  void aFolderOfTextsNamedHtmlIsNotTakenForTheWebsite() throws IOException {
    Path html = Files.createDirectories(dir.resolve("html"));
    Files.writeString(html.resolve("lettre.xml"), tei("lettre", "une lettre"));
    Files.writeString(html.resolve("notes.txt"), "mes notes");
    Map<String, byte[]> before = files(dir);
    Cli.Run run = Cli.run("build", "--html", "-o", dir.toString(), html.toString());
    assertEquals(2, run.exitCode(), run.out() + run.err());
    assertSameFiles(before, files(dir));
  }

  @Test
  void theProjectsStylesheetsSchemasAndRootAreNeverAnOutput() throws IOException {
    Path project = dir.resolve("project");
    for (String folder : List.of("tei", "xslt", "schemas")) {
      IncrementalBuildTest.copyTree(Cli.root().resolve(folder), project.resolve(folder));
    }
    Map<String, byte[]> before = files(project);
    for (Path output : List.of(project.resolve("xslt"), project.resolve("schemas/out"), project, project.resolve("site"))) {
      Cli.Run run = Cli.run("build", "--html", "--project", project.toString(), "-o", output.toString(),
          project.resolve("tei").toString());
      assertEquals(2, run.exitCode(), output + ": " + run.out() + run.err());
    }
    assertSameFiles(before, files(project));
    // Its own output/ is where it writes.
    Cli.Run ok = Cli.run("build", "--html", "--project", project.toString(), "-o", project.resolve("output").toString(),
        project.resolve("tei").toString());
    assertEquals(0, ok.exitCode(), ok.out() + ok.err());
    assertTrue(Files.isRegularFile(project.resolve("output/html/.edition")));
  }

  @Test
  void anOutputInsideTheSourceFolderIsNeverReadBack() throws IOException {
    Path letters = Files.createDirectories(dir.resolve("letters"));
    Files.writeString(letters.resolve("a.xml"), tei("a", "première lettre"));
    Files.writeString(letters.resolve("b.xml"), tei("b", "seconde lettre"));
    for (int i = 0; i < 3; i++) {
      Cli.Run run = Cli.run("build", "--html", "--project", letters.toString(),
          "-o", letters.resolve("output").toString(), letters.toString());
      assertEquals(0, run.exitCode(), run.out() + run.err());
      assertTrue(run.out().contains("2 texts"), run.out());
    }
    try (Stream<Path> pages = Files.list(letters.resolve("output/html"))) {
      assertEquals(List.of("a.html", "about.html", "b.html", "dates.html", "index.html", "search.html"),
          pages.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".html")).sorted().toList());
    }
  }

  @Test
  void whatKilledBuildsLeftIsRemovedByTheNext() throws IOException {
    Path texts = texts("a", "un");
    Path out = dir.resolve("out");
    assertEquals(0, Cli.run("build", "--html", "-o", out.toString(), texts.toString()).exitCode());
    for (String left : List.of(".html.staging-123", ".pdf.staging-9", ".epub.old-77")) {
      Files.createDirectories(out.resolve(left).resolve("deep"));
      Files.writeString(out.resolve(left).resolve("deep/page.html"), "half written");
    }
    Cli.Run run = Cli.run("build", "--html", "-o", out.toString(), texts.toString());
    assertEquals(0, run.exitCode(), run.out() + run.err());
    try (Stream<Path> entries = Files.list(out)) {
      assertEquals(List.of(".edition-cache", "html"), entries.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }

  @Test
  void textsNamedAfterTheSitesPagesOrEachOtherGetNamesOfTheirOwn() throws IOException {
    Path texts = texts("index", "le texte index", "About", "le texte about", "edition", "le texte edition",
        "lettre", "la lettre minuscule", "Lettre", "la Lettre majuscule");
    Path out = dir.resolve("out");
    Cli.Run run = Cli.run("build", "--volumes", "always", "-o", out.toString(), texts.toString());
    assertEquals(0, run.exitCode(), run.out() + run.err());
    String home = Files.readString(out.resolve("html/index.html"));
    assertTrue(home.contains("index-2.html") && home.contains("About-2.html") && home.contains("edition-2.html"), home);
    assertTrue(Files.readString(out.resolve("html/index-2.html")).contains("le texte index"));
    assertTrue(Files.readString(out.resolve("html/About-2.html")).contains("le texte about"));
    assertTrue(Files.readString(out.resolve("html/Lettre-2.html")).contains("la Lettre majuscule"));
    assertTrue(Files.readString(out.resolve("html/lettre.html")).contains("la lettre minuscule"));
    assertTrue(Files.isRegularFile(out.resolve("pdf/edition-2.pdf")) && Files.isRegularFile(out.resolve("pdf/edition.pdf")));
    assertTrue(Files.isRegularFile(out.resolve("epub/edition-2.epub")) && Files.isRegularFile(out.resolve("epub/edition.epub")));
    assertEquals(4, run.err().lines().filter(l -> l.contains("[output]")).count(), run.err());
    assertTrue(run.err().contains("is the name of a page of the site or of the volume: its outputs are named \"index-2\""), run.err());
    assertTrue(run.out().contains("pdf: 6 books") && run.out().contains("epub: 6 books"), run.out());
  }

  @Test
  void aFileNameLongerThanTheSystemAllowsForOutputsGetsAShortenedName() throws IOException {
    Path texts = Files.createDirectories(dir.resolve("texts"));
    String name = "x".repeat(240) + ".xml";
    Files.writeString(texts.resolve(name), tei(null, "un nom très long"));
    Path out = dir.resolve("out");
    Cli.Run run = Cli.run("build", "-o", out.toString(), texts.toString());
    assertEquals(0, run.exitCode(), run.out() + run.err());
    try (Stream<Path> pages = Files.list(out.resolve("html"))) {
      Path page = pages.filter(p -> p.getFileName().toString().startsWith("xxx")).findFirst().orElseThrow();
      assertTrue(page.getFileName().toString().getBytes(StandardCharsets.UTF_8).length < 130, page.toString());
      assertTrue(Files.readString(page).contains("un nom très long"));
    }
    assertTrue(run.err().contains("is too long for a file name"), run.err());
  }

  @Test
  void aRebuildNeverWritesIntoAFileOfTheLiveOutput() throws IOException {
    Path texts = texts("a", "premier", "b", "second");
    Path out = dir.resolve("out");
    assertEquals(0, Cli.run("build", "--volumes", "always", "-o", out.toString(), texts.toString()).exitCode());
    // Someone reading the live output keeps each file open (a hard link stands for it).
    Path kept = Files.createDirectories(dir.resolve("kept"));
    Map<String, byte[]> before = new TreeMap<>();
    int n = 0;
    for (String file : files(out).keySet()) {
      if (!file.startsWith(".edition-cache")) {
        Path link = kept.resolve(String.valueOf(n++));
        Files.createLink(link, out.resolve(file));
        before.put(link.getFileName().toString(), Files.readAllBytes(link));
      }
    }
    Files.writeString(texts.resolve("t0.xml"), tei("a", "premier, corrigé"));
    Cli.Run run = Cli.run("build", "--volumes", "always", "-o", out.toString(), texts.toString());
    assertEquals(0, run.exitCode(), run.out() + run.err());
    assertTrue(Files.readString(out.resolve("html/a.html")).contains("premier, corrigé"));
    assertSameFiles(before, files(kept));
  }
}
