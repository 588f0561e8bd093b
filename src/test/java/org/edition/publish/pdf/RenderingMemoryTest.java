package org.edition.publish.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.edition.Cli;
import org.edition.engine.IncrementalBuildTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The editor's loop in print (issue 28): after one word of the flagship's article changed, its
 * PDF is set once, not two to five times, because the rendering starts from what the last build
 * settled (RenderingMemory); and what it settles still holds (no word broken across a page
 * turn). Work counted, not timed.
 */
class RenderingMemoryTest {
  @TempDir Path project;

  @Test
  void aWordChangedSetsTheBookOnce() throws Exception {
    for (String folder : new String[] {"tei", "schemas", "xslt"}) {
      IncrementalBuildTest.copyTree(Cli.root().resolve(folder), project.resolve(folder));
    }
    Path output = project.resolve("output");
    Path article = project.resolve("tei/leylavergne-travail.xml");
    Path memory = output.resolve(".edition-cache/pdf-renderings/leylavergne-travail");
    build(output);
    int first = PdfBooks.RENDERINGS.get(memory);
    assertTrue(first >= 2, "the first build of the article needs a second rendering (its index, its page turns): " + first);
    String text = Files.readString(article, StandardCharsets.UTF_8);
    Files.writeString(article, text.replace("Absurdité constitutive.", "Absurdité tout à fait constitutive."), StandardCharsets.UTF_8);
    build(output);
    assertEquals(1, PdfBooks.RENDERINGS.get(memory), "one rendering after a word changed");
    assertEquals(List.of(), PageTurnTest.wordsBrokenAcrossPages(output.resolve("pdf/leylavergne-travail.pdf"),
        Files.readString(article, StandardCharsets.UTF_8) + Files.readString(project.resolve("tei/forum-fil.xml"), StandardCharsets.UTF_8)));
  }

  @Test
  void aMemoryReadsBackAsKept() throws IOException {
    RenderingMemory kept = new RenderingMemory(Map.of("pers-marx", List.of("3", "12")), new java.util.TreeSet<>(Set.of("ouvriers", "tab\there")),
        Map.of("app-1", "14"));
    kept.keep(project, "book");
    assertEquals(kept, RenderingMemory.of(project, "book"));
    Files.writeString(project.resolve("other.tsv"), "edition rendering memory 1\nnonsense\tx\n");
    assertEquals(RenderingMemory.none(), RenderingMemory.of(project, "other"), "a file it cannot read is no memory");
  }

  private void build(Path output) {
    Cli.Run run = Cli.run("build", "--pdf", "--volumes", "never", "--project", project.toString(), "-o", output.toString(), project.resolve("tei").toString());
    assertEquals(0, run.exitCode(), run.out() + run.err());
  }
}
