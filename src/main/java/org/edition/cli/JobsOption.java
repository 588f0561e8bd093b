package org.edition.cli;

import picocli.CommandLine.Option;

/** How many documents a command works on at once. */
final class JobsOption {
  @Option(
      names = {"-j", "--jobs"},
      paramLabel = "N",
      description = "Documents worked on at once (default: one per core).",
      defaultValue = "0")
  int jobs;

  /** The number asked for, or one per core. */
  int count() {
    return jobs > 0 ? jobs : Runtime.getRuntime().availableProcessors();
  }
}
