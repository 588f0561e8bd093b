package org.edition.check;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import net.sf.saxon.s9api.XdmNode;

/**
 * Where the XSLT that SchXslt2 made of a Schematron schema is kept between runs: named by the
 * schema's bytes and the SchXslt2 copy in use, so that an edited schema is transpiled again.
 * A schema that includes others is never kept (its parts could change unseen).
 */
final class TranspiledRules {
  private TranspiledRules() {}

  /** The file for this schema in {@code folder}, or null when the schema must not be kept. */
  static Path cachedCopy(URI schema, Path folder) throws IOException {
    if (!"file".equals(schema.getScheme())) {
      return null;
    }
    byte[] bytes = Files.readAllBytes(Path.of(schema));
    String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    if (text.matches("(?s).*<([A-Za-z0-9]+:)?(include|extends)\\b.*")) {
      return null;
    }
    java.net.URL transpiler = TranspiledRules.class.getResource("/content/transpile.xsl");
    String key = org.edition.load.Fingerprint.of(
        new String(bytes, java.nio.charset.StandardCharsets.UTF_8), String.valueOf(transpiler), schema.toString());
    return folder.resolve("schematron-" + key.substring(0, 32) + ".xsl");
  }

  /** Writes the transpiled rules beside and moves them in, so a reader never sees half a file. */
  static void keep(XdmNode xslt, Path file) {
    try {
      Files.createDirectories(file.getParent());
      Path part = Files.createTempFile(file.getParent(), ".schematron-", ".part");
      Files.writeString(part, xslt.toString());
      Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      // A cache that cannot be written only costs time on the next run.
    }
  }
}
