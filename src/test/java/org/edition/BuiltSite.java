package org.edition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The flagship edition built once per test run, as `edition build -o DIR` would. */
public final class BuiltSite {
  private static Path output;

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
      corpus = dir;
    }
    return corpus;
  }

  public static Path html() throws IOException {
    return flagship().resolve("html");
  }
}
