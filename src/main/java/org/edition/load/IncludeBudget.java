package org.edition.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * How much one document may include, in all, its parts' own includes counted: each time a part is
 * included counts, again and again if it is included again. Two includes of the same file in each
 * of 22 files make four million parses out of a few kilobytes (an include bomb, as entities make
 * a billion laughs); a real book of chapters, or a corpus of letters, includes some hundreds.
 */
final class IncludeBudget {
  /** Parts included, in all, in one document. */
  static final int MAX_INCLUDES = 10_000;
  /** Bytes of the parts included, in all, in one document (a part included twice counts twice). */
  static final long MAX_INCLUDED_BYTES = 100_000_000L;

  private int includes;
  private long bytes;
  private boolean spent;

  /** A new document: nothing included yet. */
  void reset() {
    includes = 0;
    bytes = 0;
    spent = false;
  }

  /** Whether the budget was spent: every further include of the document is refused. */
  boolean spent() {
    return spent;
  }

  /**
   * Counts one more include of {@code file}.
   *
   * @return null while the document keeps within the bounds; else why it does not (said once:
   *     the includes after it are refused without a word)
   */
  String spend(Path file) {
    if (spent) {
      return null;
    }
    includes++;
    try {
      bytes += Files.size(file);
    } catch (IOException unreadable) {
      // the parse of it says so
    }
    if (includes > MAX_INCLUDES) {
      spent = true;
      return "the document includes more than " + number(MAX_INCLUDES) + " parts (each include counted, a part"
          + " included again counted again: an include bomb?): this include and those after it are not read";
    }
    if (bytes > MAX_INCLUDED_BYTES) {
      spent = true;
      return "the parts the document includes add up to more than " + number(MAX_INCLUDED_BYTES) + " bytes (a part"
          + " included again counted again): this include and those after it are not read";
    }
    return null;
  }

  private static String number(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }
}
