package org.edition.cli;

import java.io.PrintStream;
import java.util.function.Supplier;
import org.edition.engine.EditionBuild;

/**
 * Who a command line runs for: a person at this process's console, or a client of the build
 * daemon, whose console is at the other end of a socket. What the commands would otherwise ask
 * of this process (its console, its environment, a new build's tools) they ask here.
 *
 * @param err the error stream a progress bar is drawn on
 * @param terminal whether a person watches (a progress bar rather than plain lines)
 * @param debug whether a failure prints its stack trace (EDITION_DEBUG)
 * @param builds a build's tools: new ones, or the daemon's warm ones
 */
record Invocation(PrintStream err, boolean terminal, boolean debug, Supplier<EditionBuild> builds) {
  /** This process, at its own console. */
  static Invocation here() {
    return new Invocation(System.err, watched(), System.getenv("EDITION_DEBUG") != null, EditionBuild::new);
  }

  /** Whether a person watches this process's console (not a pipe, not CI). */
  static boolean watched() {
    return System.console() != null && System.getenv("CI") == null;
  }
}
