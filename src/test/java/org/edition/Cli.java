package org.edition;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.edition.cli.EditionCommand;

/** Runs the {@code edition} command line in-process, as a user would from the project root. */
public final class Cli {
  /** What one run printed and returned. */
  public record Run(int exitCode, String out, String err) {}

  private Cli() {}

  public static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = EditionCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }

  /** The project root (Maven runs the tests there). */
  public static Path root() {
    return Path.of(System.getProperty("edition.root", ".")).toAbsolutePath().normalize();
  }

  /** {@code ../shared}, beside the clone, as on every machine of the project. */
  public static Path shared() {
    return root().resolveSibling("shared");
  }

  public static Path teiAll() {
    return shared().resolve("tei/tei_all.rng");
  }
}
