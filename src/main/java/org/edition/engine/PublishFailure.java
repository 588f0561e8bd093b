package org.edition.engine;

import java.io.IOException;
import java.nio.file.Path;
import org.edition.transform.StylesheetException;

/**
 * What to do when publishing one text (or one edition-wide output) fails. A failure of the
 * document's own (a dynamic error of a stylesheet on it, a rendering that runs out of memory or
 * of stack) is reported against that file and the build goes on with the others; a failure of the
 * run itself (a full disk, a stylesheet that does not compile or stops itself) stops the build,
 * which then commits nothing.
 */
final class PublishFailure {
  private PublishFailure() {}

  /**
   * Throws, said with the output and the text being written, a failure that stops the build;
   * returns for one that stops only the output concerned.
   */
  static void stopIfItMust(Throwable t, Path output, Path text, String format) throws IOException {
    if (stopsTheBuild(t)) {
      throw stopping(t, output, text, format);
    }
  }

  /** Whether this failure stops the build rather than only the output concerned. */
  private static boolean stopsTheBuild(Throwable t) {
    if (t instanceof StylesheetException s && s.stopsTheRun()) {
      return true;
    }
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof InterruptedException || c instanceof java.nio.channels.ClosedByInterruptException) {
        return true;
      }
      if (c instanceof IOException && c.getMessage() != null && isFileSystemFull(c.getMessage())) {
        return true;
      }
    }
    return false;
  }

  private static boolean isFileSystemFull(String message) {
    return message.contains("No space left on device") || message.contains("Disk quota exceeded")
        || message.contains("Read-only file system") || message.contains("File too large") || message.contains("Too many open files");
  }

  /** A build-stopping failure, said with the output and the text it was writing. */
  private static IOException stopping(Throwable t, Path output, Path text, String format) {
    String why = rootMessage(t);
    if (t instanceof StylesheetException s && s.stopsTheRun()) {
      return new IOException(s.getMessage(), t);
    }
    return new IOException("cannot write the " + format + " output into " + output
        + (text == null ? "" : " (publishing " + text + ")") + ": " + why, t);
  }

  /** What an editor reads of a failure: the deepest message worth reading. */
  static String describe(Throwable t) {
    if (t instanceof OutOfMemoryError) {
      return "not enough memory to render it (give Java more, e.g. EDITION_JAVA_OPTS=-Xmx4g)";
    }
    if (t instanceof StackOverflowError) {
      return "it is nested too deep to render";
    }
    String message = t.getMessage();
    // The diagnostic names the file already.
    return message == null || message.isBlank() ? t.getClass().getSimpleName()
        : message.replaceFirst("^cannot (publish|write the (PDF|EPUB)) [^:]+: ", "");
  }

  private static String rootMessage(Throwable t) {
    Throwable deepest = t;
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c.getMessage() != null && !c.getMessage().isBlank()) {
        deepest = c;
      }
    }
    String m = deepest.getMessage();
    return m == null ? deepest.getClass().getSimpleName() : m.replaceFirst("^[^:]*(/[^ :]+)+: ", "");
  }
}
