package org.edition.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.edition.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The formats are put in place as one step: a build killed between two of its renames (here the
 * JVM halted, as by kill -9, once the site is new and the books still old) leaves the swaps
 * written down, and the next build finishes them before anything else: every format as the
 * killed build made it, nothing built again, nothing left beside the output.
 */
class OutputSwitchTest {
  @TempDir Path dir;

  private static String epubText(Path book) throws IOException {
    try (var epub = new java.util.zip.ZipFile(book.toFile())) {
      return new String(epub.getInputStream(epub.getEntry("OEBPS/text-a.xhtml")).readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void aBuildKilledWhileSwitchingIsFinishedByTheNextWithoutBuildingAgain() throws Exception {
    Path texts = Files.createDirectories(dir.resolve("texts"));
    Files.writeString(texts.resolve("a.xml"), OutputSafetyTest.tei("a", "la version ancienne"));
    Path out = dir.resolve("out");
    Cli.Run first = Cli.run("build", "--html", "--epub", "-o", out.toString(), texts.toString());
    assertEquals(0, first.exitCode(), first.out() + first.err());

    Files.writeString(texts.resolve("a.xml"), OutputSafetyTest.tei("a", "la version nouvelle"));
    String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder killed = new ProcessBuilder(List.of(javaBin, "-Dedition.switch.halt-after=2",
        "-cp", System.getProperty("java.class.path"), org.edition.cli.EditionCommand.class.getName(),
        "build", "--html", "--epub", "-o", out.toString(), texts.toString()))
        .redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile());
    killed.environment().put("EDITION_JVM_CHOSEN", String.valueOf(ProcessHandle.current().pid()));
    Process child = killed.start();
    assertTrue(child.waitFor(5, TimeUnit.MINUTES), "the build did not end");
    assertEquals(137, child.exitValue(), "the build was not stopped while switching: " + Files.readString(dir.resolve("log.txt")));
    // What the kill left: the site new, the books old, the swaps written down.
    assertTrue(Files.readString(out.resolve("html/a.html")).contains("la version nouvelle"));
    assertTrue(epubText(out.resolve("epub/a.epub")).contains("la version ancienne"));
    assertTrue(Files.isRegularFile(out.resolve(OutputFolder.CACHE).resolve(OutputSwitch.JOURNAL)));

    Cli.Run next = Cli.run("build", "--html", "--epub", "-o", out.toString(), texts.toString());
    assertEquals(0, next.exitCode(), next.out() + next.err());
    assertTrue(next.err().contains("was stopped while putting its outputs in place: done now"), next.err());
    assertTrue(next.out().contains("html: 5 pages from 1 text in") && next.out().contains("epub: 1 book in"), next.out());
    assertEquals(2, next.out().lines().filter(l -> l.endsWith("(up to date)")).count(), "built again: " + next.out());
    assertTrue(epubText(out.resolve("epub/a.epub")).contains("la version nouvelle"));
    assertTrue(Files.readString(out.resolve("html/a.html")).contains("la version nouvelle"));
    try (Stream<Path> entries = Files.list(out)) {
      assertEquals(List.of(".edition-cache", "epub", "html"), entries.map(p -> p.getFileName().toString()).sorted().toList());
    }
    assertFalse(Files.exists(out.resolve(OutputFolder.CACHE).resolve(OutputSwitch.JOURNAL)));
  }
}
