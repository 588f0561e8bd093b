package org.edition.engine;

import java.nio.file.Path;
import java.util.List;
import org.edition.check.Diagnostic;

/**
 * What the check stage learned of one file, kept between builds so that an unchanged file is
 * neither read nor validated again.
 *
 * @param path the file
 * @param contentKey fingerprint of its bytes (and, if it includes others, of theirs)
 * @param tei it parsed as TEI, so it can be published
 * @param text it has a text to publish
 * @param registers it holds register entries
 * @param rootId its root's xml:id, or ""
 * @param language xml:lang of its text, or ""
 * @param links fingerprint of its xml:ids and pointers: what other files' checks read of it
 * @param ownSchemas the local schemas its {@code <?xml-model?>} instructions add
 * @param diagnosticsKey the inputs its diagnostics were found with (content, schemas, links)
 * @param diagnostics what was found
 * @param entries the xml:ids of its register entries (in a standOff, a list or a taxonomy), which
 *     a local pointer of another file may name
 */
public record CheckedFile(
    Path path,
    String contentKey,
    boolean tei,
    boolean text,
    boolean registers,
    String rootId,
    String language,
    String links,
    List<Path> ownSchemas,
    String diagnosticsKey,
    List<Diagnostic> diagnostics,
    List<String> entries) {

  public CheckedFile(Path path, String contentKey, boolean tei, boolean text, boolean registers, String rootId,
      String language, String links, List<Path> ownSchemas, String diagnosticsKey, List<Diagnostic> diagnostics) {
    this(path, contentKey, tei, text, registers, rootId, language, links, ownSchemas, diagnosticsKey, diagnostics,
        List.of());
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }

  CheckedFile withDiagnosticsKey(String key) {
    return new CheckedFile(path, contentKey, tei, text, registers, rootId, language, links, ownSchemas, key, diagnostics,
        entries);
  }
}
