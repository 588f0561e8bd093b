package org.edition.check;

import java.util.List;

/** What {@code edition validate} found: how many files, and every diagnostic in file order. */
public record ValidationResult(int files, List<Diagnostic> diagnostics) {
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
