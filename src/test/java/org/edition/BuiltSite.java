package org.edition;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

  public static Path html() throws IOException {
    return flagship().resolve("html");
  }
}
