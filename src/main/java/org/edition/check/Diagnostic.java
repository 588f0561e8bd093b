package org.edition.check;

import java.nio.file.Path;
import java.util.Comparator;

/**
 * One problem found in one file: the single type every check reports, printed by {@link
 * DiagnosticReport}. Line and column are 1-based; 0 means the position is not known.
 *
 * @param file the file concerned
 * @param line 1-based line, or 0
 * @param column 1-based column, or 0
 * @param severity how serious
 * @param check which check found it: well-formed, encoding, tei, relaxng, xsd, schematron, ...
 * @param message what an editor needs to read to fix it
 */
public record Diagnostic(
    Path file, int line, int column, Severity severity, String check, String message) {

  public static final Comparator<Diagnostic> IN_FILE_ORDER =
      Comparator.comparing((Diagnostic d) -> d.file().toString())
          .thenComparingInt(Diagnostic::line)
          .thenComparingInt(Diagnostic::column)
          .thenComparing(Diagnostic::check);

  public static Diagnostic error(Path file, int line, int column, String check, String message) {
    return new Diagnostic(file, line, column, Severity.ERROR, check, message);
  }

  public static Diagnostic warning(Path file, int line, int column, String check, String message) {
    return new Diagnostic(file, line, column, Severity.WARNING, check, message);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }
}
