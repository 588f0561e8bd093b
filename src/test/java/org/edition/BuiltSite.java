package org.edition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The flagship edition built once per test run, as `edition build -o DIR` would. */
public final class BuiltSite {
  private static Path output;
  /** What each shared build said, by its output folder. */
  private static final java.util.Map<Path, Cli.Run> RUNS = new java.util.HashMap<>();

  private BuiltSite() {}

  /** The output folder (with html/ inside) of a build of the project's tei/. */
  public static synchronized Path flagship() throws IOException {
    if (output == null) {
      Path dir = Files.createTempDirectory("edition-site-");
      Cli.Run run = Cli.run("build", "-o", dir.toString());
      assertEquals(0, run.exitCode(), run.out() + run.err());
      output = dir;
    }
    return output;
  }

  private static Path corpus;

  /**
   * The output folder of a build of every TEI document in ../shared/corpus. The corpus is not
   * valid against the project's customisation (exit code 1), but every format must be written.
   */
  public static synchronized Path corpus() throws IOException {
    if (corpus == null) {
      Path dir = Files.createTempDirectory("edition-corpus-");
      Cli.Run run = Cli.run("build", "-o", dir.toString(), Cli.shared().resolve("corpus/docs").toString());
      assertTrue(run.exitCode() <= 1, run.err());
      assertTrue(run.out().contains("html: "), run.out() + run.err());
      assertTrue(run.out().contains("pdf: "), run.out() + run.err());
      assertTrue(run.out().contains("epub: "), run.out() + run.err());
      // Not valid against the customisation, but every text and every edition-wide page published.
      assertTrue(!(run.out() + run.err()).contains("[publish]"), run.out() + run.err());
      RUNS.put(dir, run);
      corpus = dir;
    }
    return corpus;
  }

  private static Path documentaryCritical;

  /** The output folder of a build of ../shared/corpus/documentary-critical (a manuscript, an apparatus). */
  public static synchronized Path documentaryCritical() throws IOException {
    if (documentaryCritical == null) {
      documentaryCritical = buildOtherProjects(Cli.shared().resolve("corpus/documentary-critical/docs"));
    }
    return documentaryCritical;
  }

  private static Path readerCases;

  /**
   * The output folder of a build of the generated cases in src/test/resources/reader (one small
   * TEI text per construct a reader's eye checks), copied out of the project so that they are an
   * edition of their own.
   */
  public static synchronized Path readerCases() throws IOException {
    if (readerCases == null) {
      Path copy = Files.createTempDirectory("edition-reader-cases-");
      try (var files = Files.list(Cli.root().resolve("src/test/resources/reader"))) {
        for (Path file : files.toList()) {
          Files.copy(file, copy.resolve(file.getFileName()));
        }
      }
      readerCases = buildOtherProjects(copy);
    }
    return readerCases;
  }

  /** A folder of TEI built into a new output folder: every format written, whatever its validity. */
  private static Path buildOtherProjects(Path folder) throws IOException {
    Path dir = Files.createTempDirectory("edition-built-");
    Cli.Run run = Cli.run("build", "-o", dir.toString(), folder.toString());
    assertTrue(run.exitCode() <= 1, run.out() + run.err());
    assertTrue(!(run.out() + run.err()).contains("[publish]"), run.out() + run.err());
    RUNS.put(dir, run);
    return dir;
  }

  /** What the shared build into {@code output} printed and returned. */
  public static synchronized Cli.Run runOf(Path output) {
    return RUNS.get(output);
  }

  public static Path html() throws IOException {
    return flagship().resolve("html");
  }
}
