package org.edition.cli;

import org.edition.check.ProblemListing;
import picocli.CommandLine.Option;

/** Whether a command prints every problem of every file, or the first of each and a count. */
final class AllProblemsOption {
  @Option(
      names = "--all",
      description = "Print every problem of every file (by default a file shows its first "
          + ProblemListing.PER_FILE + " and a count of the rest; JSON and SARIF always carry all).")
  boolean all;
}
