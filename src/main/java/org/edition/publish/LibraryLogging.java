package org.edition.publish;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * FOP, Batik and FontBox report through java.util.logging: page-by-page chatter and remarks on
 * fonts' tables they do not read, none of it an editor's concern (what matters reaches the
 * diagnostics through FOP's events). The loggers are held here: java.util.logging keeps them
 * only weakly, and one collected forgets its level.
 */
public final class LibraryLogging {
  private static final List<Logger> QUIET = List.of(
      Logger.getLogger("org.apache.fop"), Logger.getLogger("org.apache.xmlgraphics"),
      Logger.getLogger("org.apache.fontbox"), Logger.getLogger("org.apache.batik"));

  static {
    QUIET.forEach(logger -> logger.setLevel(Level.SEVERE));
  }

  private LibraryLogging() {}

  /** Quiets the libraries (once: the first call loads this class). */
  public static void quiet() {
    // the static initialiser does it
  }
}
