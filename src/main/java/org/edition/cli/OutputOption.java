package org.edition.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the commands that publish write. */
final class OutputOption {
  @Option(
      names = {"-o", "--output"},
      paramLabel = "DIR",
      description = "Where to write: a folder per format inside (default: ${DEFAULT-VALUE}).",
      defaultValue = "output")
  Path output;
}
