package org.edition.engine;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.edition.check.Diagnostic;
import org.edition.check.EditionValidator;
import org.edition.check.ValidationResult;
import org.edition.transform.StylesheetException;

/**
 * What {@code edition validate} runs: the build's check stage (each file parsed once, its grammars
 * listening, then the rules on every tree), on every file, with no record of an earlier run.
 */
public final class Validation {
  private Validation() {}

  /** Every file's diagnostics, {@code jobs} files at a time, in file order. */
  public static ValidationResult run(EditionValidator validator, List<Path> files, int jobs) throws IOException {
    CheckStage stage = new CheckStage(() -> validator, "", Progress.quiet(), Map.of());
    List<CheckedFile> checked;
    try (Parallel parallel = new Parallel(jobs)) {
      checked = stage.run(files, Map.of(), parallel, () -> {});
    } catch (StylesheetException e) {
      throw new IllegalStateException("no stylesheet runs in a validation", e);
    }
    List<Diagnostic> all = checked.stream().flatMap(c -> c.diagnostics().stream()).sorted(Diagnostic.IN_FILE_ORDER).toList();
    return new ValidationResult(files.size(), all);
  }
}
