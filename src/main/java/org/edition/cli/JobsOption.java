package org.edition.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** How many documents a command works on at once. */
final class JobsOption {
  @Spec(Spec.Target.MIXEE) CommandSpec command;

  /** The number asked for; 0 while none was (one per core). */
  private int jobs;

  /** No document at all at once would do nothing, and a negative number means nothing: a usage error. */
  @Option(
      names = {"-j", "--jobs"},
      paramLabel = "N",
      description = "Documents worked on at once, 1 or more (default: one per core).")
  void jobs(int n) {
    if (n < 1) {
      throw new ParameterException(command.commandLine(), "--jobs is a number of documents worked on at once, 1 or more, not " + n);
    }
    jobs = n;
  }

  /** The number asked for, or one per core. */
  int count() {
    return jobs > 0 ? jobs : Runtime.getRuntime().availableProcessors();
  }
}
