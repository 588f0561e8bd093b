package org.edition.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.edition.Cli;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rebuild redoes exactly what its changes touch: nothing when nothing changed; a text's own
 * outputs and the edition-wide ones it feeds when a text changed; what a stylesheet makes when the
 * stylesheet changed; and a build that fails leaves the previous output byte for byte.
 */
public class IncrementalBuildTest {
  @TempDir Path project;
  private Path output;

  /** One output file as found: its content and the file itself (inode, time). */
  record Found(String sha, Object fileKey, long modified) {}

  @BeforeEach
  void copyTheProject() throws IOException {
    for (String folder : new String[] {"tei", "schemas", "xslt"}) {
      copyTree(Cli.root().resolve(folder), project.resolve(folder));
    }
    output = project.resolve("output");
  }

  private Cli.Run build(String... formats) {
    String[] args = new String[formats.length + 6];
    args[0] = "build";
    System.arraycopy(formats, 0, args, 1, formats.length);
    int i = formats.length + 1;
    args[i++] = "--project";
    args[i++] = project.toString();
    args[i++] = "-o";
    args[i++] = output.toString();
    args[i] = project.resolve("tei").toString();
    return Cli.run(args);
  }

  private Cli.Run buildOk(String... formats) {
    Cli.Run run = build(formats);
    assertEquals(0, run.exitCode(), run.out() + run.err());
    return run;
  }

  @Test
  void aRebuildWithNoChangeWritesNothing() throws IOException {
    buildOk("--html", "--epub");
    Map<String, Found> before = snapshot();
    Cli.Run again = buildOk("--html", "--epub");
    assertTrue(again.out().contains("up to date in"), again.out());
    assertTrue(again.out().contains("0 rebuilt"), again.out());
    assertEquals(before, snapshot(), "a rebuild with no change touched the output");
  }

  @Test
  void aChangedTextRebuildsItsOutputsAndWhatItFeedsOnly() throws IOException {
    buildOk();
    Map<String, Found> before = snapshot();
    edit("tei/forum-fil.xml", "Regardez ce robot de nouvelle génération", "Regardez ce robot de toute nouvelle génération");
    Cli.Run run = buildOk();
    Map<String, Found> after = snapshot();

    // The search index gains a delta segment over the changed text; its base is not written again.
    Set<String> added = new TreeSet<>(after.keySet());
    added.removeAll(before.keySet());
    assertTrue(after.keySet().containsAll(before.keySet()), "no file lost");
    assertFalse(added.isEmpty(), "a delta segment");
    assertTrue(added.stream().allMatch(f -> f.startsWith("html/search/d/")), added.toString());
    Set<String> changed = changed(before, after);
    Set<String> search = new TreeSet<>(changed.stream().filter(f -> f.startsWith("html/search/")).toList());
    changed.removeAll(search);
    assertEquals(
        new TreeSet<>(Set.of(
            "html/forum-fil.html", "html/tei/forum-fil.xml", "html/text/forum-fil.txt",
            // the DTS passages that hold the changed word: its section's and its paragraph's
            "html/tei/forum-fil/3.xml", "html/tei/forum-fil/p-6.xml",
            "epub/forum-fil.epub", "epub/edition.epub", "pdf/forum-fil.pdf", "pdf/edition.pdf")),
        changed, run.out());
    for (String file : search) {
      String content = Files.readString(output.resolve(file), StandardCharsets.UTF_8);
      assertTrue(file.equals("html/search/index.js") || file.startsWith("html/search/d/")
          || (file.startsWith("html/search/s/") && content.contains("\"u\":\"forum-fil.html\"")), "written again: " + file);
    }
    for (String file : before.keySet()) {
      if (!changed.contains(file) && !search.contains(file)) {
        assertEquals(before.get(file), after.get(file), file + " was written again");
      }
    }
    String page = Files.readString(output.resolve("html/forum-fil.html"), StandardCharsets.UTF_8);
    assertTrue(org.edition.Shown.text(page).contains("toute nouvelle génération"), "the page shows the change");
    try (Stream<Path> delta = Files.list(output.resolve("html/search/d"))) {
      assertTrue(delta.anyMatch(f -> {
        try {
          return Files.readString(f).contains("\"toute\"");
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }), "the search finds the change");
    }
  }

  /**
   * A long text is a page per part (ID.html, ID-p2.html, ...): the build knows each page as the
   * text's output, so that a text that lost chapters loses their pages, in the site and in its
   * book, and nothing of them is left over.
   */
  @Test
  void aLongTextThatLosesChaptersLosesTheirPages() throws IOException {
    String id = "long-text-in-chapters";
    Files.copy(Cli.root().resolve("src/test/resources/reader/" + id + ".xml"), project.resolve("tei/" + id + ".xml"));
    buildOk("--html", "--epub");
    assertTrue(Files.exists(output.resolve("html/" + id + "-p13.html")), "the long text is in thirteen pages");
    assertTrue(epubFiles(id).contains("OEBPS/text-" + id + "-p13.xhtml"));
    Map<String, Found> before = snapshot();
    // Chapters XII and XIII go: the text is in eleven pages (XIV and the appendix on the last).
    String text = Files.readString(project.resolve("tei/" + id + ".xml"), StandardCharsets.UTF_8);
    String cut = text.replaceAll("(?s)\\s*<div type=\"chapter\" n=\"1[23]\">.*?</div>", "");
    assertTrue(cut.length() < text.length() - 15_000, "two chapters removed");
    Files.writeString(project.resolve("tei/" + id + ".xml"), cut, StandardCharsets.UTF_8);
    buildOk("--html", "--epub");
    Map<String, Found> after = snapshot();
    for (int part = 12; part <= 13; part++) {
      assertFalse(after.containsKey("html/" + id + "-p" + part + ".html"), "the page of part " + part + " is gone: " + after.keySet());
      assertFalse(epubFiles(id).contains("OEBPS/text-" + id + "-p" + part + ".xhtml"), "its book's file of part " + part + " too");
    }
    assertTrue(after.containsKey("html/" + id + "-p11.html"));
    assertTrue(Files.readString(output.resolve("html/" + id + "-p11.html")).contains("Chapitre XIV"));
    assertFalse(Files.readString(output.resolve("html/" + id + "-p11.html")).contains("rel=\"next\""), "the last page leads nowhere");
    assertFalse(Files.readString(output.resolve("html/" + id + ".html")).contains(id + "-p12.html"), "the contents forget the pages gone");
    // (The text keeps its own register, a standOff: the other texts are made again with it.)
    // Nothing left over: a rebuild with no change writes nothing, and --clean gives the same files.
    Cli.Run again = buildOk("--html", "--epub");
    assertTrue(again.out().contains("0 rebuilt"), again.out());
    buildOk("--html", "--epub", "--clean");
    assertEquals(after.keySet(), snapshot().keySet());
  }

  /** The files of a text's book. */
  private Set<String> epubFiles(String id) throws IOException {
    try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(output.resolve("epub/" + id + ".epub").toFile())) {
      return new TreeSet<>(java.util.Collections.list(zip.entries()).stream().map(java.util.zip.ZipEntry::getName).toList());
    }
  }

  @Test
  void aChangedMentionRebuildsTheRegisterPages() throws IOException {
    buildOk("--html");
    Map<String, Found> before = snapshot();
    edit("tei/forum-fil.xml", "<p>Regardez ce robot de nouvelle génération...</p>",
        "<p>Regardez ce robot de nouvelle génération, dit <persName ref=\"registers.xml#user-roseau\">Roseau</persName>...</p>");
    buildOk("--html");
    Set<String> changed = changed(before, snapshot());
    assertTrue(changed.contains("html/persons.html"), "the register lists the new mention: " + changed);
    assertTrue(changed.contains("html/forum-fil.html"), changed.toString());
    assertTrue(!changed.contains("html/leylavergne-travail.html"), "the other text is left alone: " + changed);
    assertTrue(Files.readString(output.resolve("html/persons.html")).contains("forum-fil.html#m-"), "back-link");
  }

  @Test
  void aChangedStylesheetRebuildsWhatUsesItAndNothingElse() throws IOException {
    buildOk("--html", "--pdf");
    Map<String, Found> before = snapshot();
    // Every text page gets a comment: the HTML stylesheet changed; the PDFs do not use it.
    edit("xslt/html/text.xsl", "<xsl:template match=\"/\">",
        "<xsl:template match=\"/\" priority=\"2\"><xsl:comment>changed</xsl:comment><xsl:next-match/></xsl:template>\n"
            + "  <xsl:template match=\"/\">");
    buildOk("--html", "--pdf");
    Map<String, Found> after = snapshot();
    for (String page : new String[] {"html/forum-fil.html", "html/leylavergne-travail.html"}) {
      assertNotEquals(before.get(page).sha(), after.get(page).sha(), page + " did not change");
      assertTrue(Files.readString(output.resolve(page)).contains("<!--changed-->"), page);
    }
    for (String file : before.keySet()) {
      if (file.startsWith("pdf/")) {
        assertEquals(before.get(file), after.get(file), file + " was rebuilt by an HTML stylesheet change");
      }
    }

    // The site's assets are copied again, and nothing else is rewritten.
    before = after;
    edit("xslt/html/assets/edition.css", "", "/* a rule added by the editor */\n");
    buildOk("--html", "--pdf");
    after = snapshot();
    assertEquals(Set.of("html/assets/edition.css"), changed(before, after));
    for (String file : before.keySet()) {
      if (!file.startsWith("html/assets/")) {
        assertEquals(before.get(file), after.get(file), file + " was written again for a CSS change");
      }
    }
  }

  @Test
  void cleanRebuildsEverythingWithTheSameResult() throws IOException {
    buildOk("--html", "--epub");
    Map<String, Found> before = snapshot();
    Cli.Run run = buildOk("--html", "--epub", "--clean");
    Map<String, Found> after = snapshot();
    assertTrue(run.out().contains("0 up to date"), run.out());
    assertEquals(before.keySet(), after.keySet());
    for (String file : before.keySet()) {
      assertNotEquals(before.get(file).fileKey(), after.get(file).fileKey(), file + " was not written again");
      if (file.endsWith(".epub") || file.endsWith(".css") || file.startsWith("html/tei/")) {
        assertEquals(before.get(file).sha(), after.get(file).sha(), file + " differs from build to build");
      }
    }
  }

  @Test
  void aBuildThatFailsHalfWayLeavesThePreviousOutputByteIdentical() throws IOException {
    buildOk("--html", "--epub");
    Map<String, Found> before = snapshot();
    // One text changes, and the page stylesheet now stops on the other one: the build fails after
    // some outputs were written.
    edit("tei/leylavergne-travail.xml", "Misère !...", "Misère !!...");
    edit("tei/forum-fil.xml", "Regardez ce robot", "Regardez donc ce robot");
    edit("xslt/html/text.xsl", "<xsl:template match=\"/\">",
        "<xsl:template match=\"/\" priority=\"2\"><xsl:if test=\"contains(base-uri(), 'forum-fil')\">"
            + "<xsl:message terminate=\"yes\">stopped on purpose</xsl:message></xsl:if><xsl:next-match/></xsl:template>\n"
            + "  <xsl:template match=\"/\">");
    Cli.Run run = build("--html", "--epub", "--jobs", "1");
    assertEquals(2, run.exitCode(), run.out() + run.err());
    assertTrue(run.err().contains("stopped on purpose"), run.err());
    assertEquals(before, snapshot(), "the failed build changed the previous output");
    try (Stream<Path> left = Files.list(output)) {
      assertEquals(Set.of("html", "epub", ".edition-cache"),
          Set.copyOf(left.map(p -> p.getFileName().toString()).toList()), "staging folders left behind");
    }
    // Once the stylesheet is mended, the next build completes.
    edit("xslt/html/text.xsl", "<xsl:message terminate=\"yes\">stopped on purpose</xsl:message>", "");
    buildOk("--html", "--epub");
    assertTrue(org.edition.Shown.text(Files.readString(output.resolve("html/forum-fil.html"))).contains("Regardez donc ce robot"));
  }

  // ------------------------------------------------------------------ helpers

  private void edit(String file, String from, String to) throws IOException {
    Path path = project.resolve(file);
    String text = Files.readString(path, StandardCharsets.UTF_8);
    if (!from.isEmpty()) {
      assertTrue(text.contains(from), file + " does not contain " + from);
    }
    Files.writeString(path, from.isEmpty() ? to + text : text.replace(from, to), StandardCharsets.UTF_8);
  }

  /** Every output file (not the build's own records), by path. */
  private Map<String, Found> snapshot() throws IOException {
    Map<String, Found> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(output)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        String name = output.relativize(p).toString().replace('\\', '/');
        if (name.startsWith(".edition-cache/")) {
          continue;
        }
        BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
        files.put(name, new Found(sha(p), a.fileKey(), a.lastModifiedTime().toMillis()));
      }
    }
    return files;
  }

  private static Set<String> changed(Map<String, Found> before, Map<String, Found> after) {
    Set<String> changed = new TreeSet<>();
    after.forEach((name, found) -> {
      Found old = before.get(name);
      if (old == null || !old.sha().equals(found.sha())) {
        changed.add(name);
      }
    });
    return changed;
  }

  private static String sha(Path p) throws IOException {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }
}
