package org.edition.check;

import java.util.List;

/**
 * What {@code edition validate} found: how many files, every diagnostic in file order, and the
 * files that parsed as TEI (in the order given), which a build goes on to publish.
 */
public record ValidationResult(int files, List<Diagnostic> diagnostics, List<ParsedFile> teiFiles) {
  public long errors() {
    return diagnostics.stream().filter(Diagnostic::isError).count();
  }

  public long warnings() {
    return diagnostics.stream().filter(d -> d.severity() == Severity.WARNING).count();
  }

  public boolean hasErrors() {
    return errors() > 0;
  }
}
