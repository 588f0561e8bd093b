package org.edition.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.edition.Cli;
import org.junit.jupiter.api.Test;

/**
 * Nothing of the build machine's folders is published: no file of a built site (its pages,
 * search index, letters' neighbours, TEI copies, IIIF manifests) nor of an EPUB names the
 * absolute path of the sources, of the project or of the output, written as a path or as a
 * file: address. Built: the flagship, the letters of src/test/resources/search (registers in a
 * file of their own: mentions, correspondents and places as search facets), and the corpus's
 * documents (../shared/corpus/docs).
 */
class PublishedPathsTest {
  @Test
  void theFlagshipPublishesNoPathOfTheBuild() throws Exception {
    Path out = Files.createTempDirectory("edition-paths-flagship-");
    Cli.Run run = Cli.run("build", "--html", "--epub", "-o", out.toString());
    assertEquals(0, run.exitCode(), run.out() + run.err());
    assertNoPath(out, Cli.root().resolve("tei"), Cli.root());
  }

  @Test
  void lettersWithRegistersPublishNoPathOfTheBuild() throws Exception {
    Path letters = Files.createTempDirectory("edition-paths-letters-");
    try (Stream<Path> files = Files.list(Path.of("src/test/resources/search"))) {
      for (Path f : files.toList()) {
        Files.copy(f, letters.resolve(f.getFileName()));
      }
    }
    Path out = Files.createTempDirectory("edition-paths-letters-out-");
    Cli.Run run = Cli.run("build", "--html", "--epub", "-o", out.toString(), letters.toString());
    assertEquals(0, run.exitCode(), run.out() + run.err());
    assertNoPath(out, letters, Cli.root());
  }

  @Test
  void aCorpusFolderPublishesNoPathOfTheBuild() throws Exception {
    Path corpus = Cli.shared().resolve("corpus/docs");
    Path out = Files.createTempDirectory("edition-paths-corpus-");
    Cli.Run run = Cli.run("build", "--html", "-o", out.toString(), corpus.toString());
    assertTrue(run.exitCode() <= 1, run.out() + run.err());
    assertNoPath(out, corpus, Cli.root());
  }

  /** Looks through every file of the output (and every file inside its EPUBs) for the build's folders. */
  private static void assertNoPath(Path out, Path sources, Path project) throws IOException {
    Set<String> paths = new LinkedHashSet<>();
    for (Path p : List.of(sources, project, out)) {
      paths.add(p.toAbsolutePath().normalize().toString());
      paths.add(p.toRealPath().toString());
    }
    // as a JSON serialiser may write them, too
    for (String p : List.copyOf(paths)) {
      paths.add(p.replace("/", "\\/"));
    }
    List<String> found = new ArrayList<>();
    int files = 0;
    try (Stream<Path> walk = Files.walk(out)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        String name = out.relativize(file).toString();
        if (name.startsWith(".") || name.contains("/.")) {
          continue; // the build's own records (its cache, its .edition marks), never published
        }
        files++;
        look(name, new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1), paths, found);
        if (name.endsWith(".epub")) {
          try (ZipFile epub = new ZipFile(file.toFile())) {
            for (var entry : epub.stream().toList()) {
              look(name + "!" + entry.getName(), new String(epub.getInputStream(entry).readAllBytes(), StandardCharsets.ISO_8859_1), paths, found);
            }
          }
        }
      }
    }
    assertTrue(files > 10, "the output was looked through: " + files + " files");
    assertEquals(List.of(), found, "files that name the build's folders " + paths);
  }

  private static void look(String name, String content, Set<String> paths, List<String> found) {
    for (String path : paths) {
      int at = content.indexOf(path);
      if (at >= 0) {
        found.add(name + ": …" + content.substring(Math.max(0, at - 40), Math.min(content.length(), at + path.length() + 40)) + "…");
      }
    }
  }
}
