package org.edition.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.edition.Cli;
import org.edition.engine.IncrementalBuildTest;
import org.edition.engine.BuildOptions;
import org.edition.engine.Progress;
import org.edition.load.ProjectLayout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `edition serve` with its books: the PDFs and EPUBs follow each page build into the same output,
 * in the background, and a save made while they are being set has its page at once.
 */
@org.junit.jupiter.api.parallel.Isolated("a preview server and its rebuilds")
class ServeBooksTest {
  @TempDir Path project;
  private EditionPreview preview;
  private Thread watching;
  private final StringWriter terminal = new StringWriter();

  @AfterEach
  void stop() throws IOException {
    if (watching != null) {
      watching.interrupt();
    }
    if (preview != null) {
      preview.close();
    }
  }

  @Test
  void theBooksFollowThePageWithoutHoldingItUp() throws Exception {
    for (String folder : new String[] {"tei", "schemas"}) {
      IncrementalBuildTest.copyTree(Cli.root().resolve(folder), project.resolve(folder));
    }
    BuildOptions options = new BuildOptions(List.of(project.resolve("tei")), project.resolve("output"),
        ProjectLayout.at(project), Set.of("html"), null, null, null, 2, false, false);
    preview = new EditionPreview(options, new PrintWriter(terminal, true), true);
    preview.start(0);
    watching = Watching.start(preview);
    waitFor(() -> preview.booksBuilt() >= 1, "the first books");
    Path pdf = project.resolve("output/pdf/forum-fil.pdf");
    Path epub = project.resolve("output/epub/forum-fil.epub");
    assertTrue(Files.isRegularFile(pdf) && Files.isRegularFile(epub) && Files.isRegularFile(project.resolve("output/pdf/edition.pdf")),
        "the books of every text and the volume, beside the site: " + terminal);
    assertFalse(text(pdf).contains("Xylophone"));

    // The next books build is held once it has the output (its texts stage) ...
    CountDownLatch inside = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    preview.booksProgress(new Held(inside, release));
    Path source = project.resolve("tei/forum-fil.xml");
    long pages = preview.status().number();
    Files.writeString(source, Files.readString(source).replace("Regardez ce robot", "Regardez ce Xylophone"));
    waitFor(() -> preview.status().number() > pages, "the page of the first save");
    assertTrue(inside.await(60, TimeUnit.SECONDS), "the books did not follow the page: " + terminal);

    // ... and a save made meanwhile has its page at once, the books still held.
    long held = preview.status().number();
    Files.writeString(source, Files.readString(source).replace("Regardez ce Xylophone", "Regardez ce Xylophone bleu"));
    waitFor(() -> preview.status().number() > held, "the page of a save made while the books were being set");
    assertEquals(null, preview.status().failure(), terminal.toString());
    assertTrue(org.edition.Shown.text(Files.readString(project.resolve("output/html/forum-fil.html"))).contains("Xylophone bleu"));
    assertEquals(1, preview.booksBuilt(), "the page waited for the books");
    assertFalse(text(pdf).contains("Xylophone"), "the books held were put in place");

    preview.booksProgress(Progress.quiet());
    release.countDown();
    // the held build, then one more for the save made meanwhile
    waitFor(() -> preview.booksBuilt() >= 3, "the books after both saves");
    assertTrue(text(pdf).contains("Xylophone bleu"), "the PDF follows the last save: " + terminal);
    assertTrue(text(project.resolve("output/pdf/edition.pdf")).contains("Xylophone bleu"), "and so does the volume");
    try (java.util.zip.ZipFile book = new java.util.zip.ZipFile(epub.toFile())) {
      assertTrue(book.stream().filter(e -> e.getName().endsWith(".xhtml")).anyMatch(e -> {
        try {
          // the EPUB's words carry their hyphenation points (soft hyphens)
          return new String(book.getInputStream(e).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
              .replace("\u00ad", "").contains("Xylophone bleu");
        } catch (IOException x) {
          throw new java.io.UncheckedIOException(x);
        }
      }), "the EPUB follows the last save");
    }
    assertTrue(terminal.toString().contains("books ("), terminal.toString());
  }

  /** Stages reported to it, it holds the build at its texts until released. */
  private record Held(CountDownLatch inside, CountDownLatch release) implements Progress {
    @Override public void stage(String name, long steps) {
      if (name.equals("texts")) {
        inside.countDown();
        try {
          release.await(120, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    }
    @Override public void step() {}
    @Override public void done() {}
    @Override public void detail(String line) {}
    @Override public void notice(String line) {}
  }

  private static String text(Path pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }

  private void waitFor(BooleanSupplier done, String what) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    while (!done.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("waited in vain for " + what + "; terminal: " + terminal);
      }
      Thread.sleep(50);
    }
  }
}
