package org.edition.load;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.ext.EntityResolver2;

/**
 * Where the parser reads the parts a document includes ({@code xi:include}): only files inside
 * the sandbox, and no more of them than an {@link IncludeBudget} allows. A part that cannot be
 * read (missing, elsewhere, remote, over the budget) is reported as an {@link IncludeProblem};
 * its {@code xi:fallback} is used if it has one, else a marker element stands in its place, so
 * that the rest of the document is read and the reader of the edition sees where it is missing.
 */
final class SandboxedIncludes implements EntityResolver2 {
  private final Path root;
  private final SecureXmlReader reader;
  private final IncludeBudget budget = new IncludeBudget();
  private final IncludeFallbacks fallbacks = new IncludeFallbacks();
  /** The last problem whose fallback was taken: the parser's own warning of it is not repeated. */
  private String fallenBack;

  SandboxedIncludes(Path root, SecureXmlReader reader) {
    this.root = root;
    this.reader = reader;
  }

  /** A new document: its includes counted from nothing. */
  void reset() {
    budget.reset();
    fallenBack = null;
  }

  /** Whether a warning of the parser only repeats that a part's fallback was taken. */
  boolean repeatsFallback(org.xml.sax.SAXParseException warning) {
    return fallenBack != null && warning.getMessage() != null && warning.getMessage().contains(fallenBack);
  }

  @Override
  public InputSource resolveEntity(String name, String publicId, String base, String href)
      throws SAXException, IOException {
    String systemId = expand(base, href);
    String problem;
    if (systemId != null && Sandbox.contains(root, systemId)) {
      if (budget.spent()) {
        return SecureXmlReader.missingMarker(root, systemId);
      }
      problem = budget.spend(Path.of(URI.create(systemId)));
      if (problem == null) {
        return null; // read it as usual
      }
    } else {
      problem = systemId != null && Sandbox.insideButMissing(root, systemId)
          ? "the included file \"" + systemId + "\" does not exist"
          : "the include of \"" + systemId + "\" is refused: only files inside " + root + " are read";
    }
    boolean fallback = !budget.spent() && base != null && Sandbox.contains(root, base) && fallbacks.has(base, href);
    if (reader.getErrorHandler() != null) {
      IncludeProblem said = new IncludeProblem(problem + (fallback ? ": its xi:fallback is used" : ""), systemId, fallback);
      if (fallback) {
        reader.getErrorHandler().warning(said);
      } else {
        reader.getErrorHandler().error(said);
      }
    }
    if (fallback) {
      // The parser takes the fallback of a part it cannot read.
      fallenBack = problem;
      throw new IOException(problem);
    }
    return SecureXmlReader.missingMarker(root, systemId);
  }

  /** The include's address made absolute, as the messages and the sandbox speak of it. */
  private static String expand(String base, String href) {
    if (href == null) {
      return null;
    }
    try {
      return base == null ? href : URI.create(base).resolve(href.replace(" ", "%20")).toString();
    } catch (IllegalArgumentException notAnAddress) {
      return href;
    }
  }

  @Override
  public InputSource getExternalSubset(String name, String baseUri) {
    return null;
  }

  @Override
  public InputSource resolveEntity(String publicId, String systemId) throws SAXException, IOException {
    return resolveEntity(null, publicId, null, systemId);
  }
}
