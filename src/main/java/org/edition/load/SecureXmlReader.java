package org.edition.load;

import java.io.StringReader;
import org.apache.xerces.parsers.SAXParser;
import org.apache.xerces.util.SecurityManager;
import org.xml.sax.InputSource;
import org.xml.sax.SAXNotRecognizedException;
import org.xml.sax.SAXNotSupportedException;

/**
 * The only XML parser of the toolkit: Xerces with every door to the outside shut.
 *
 * <p>A DOCTYPE is allowed (real TEI files carry them) but no external DTD, external entity or
 * external parameter entity is ever read, whether it points to a local file or to a URL, and
 * entity expansion is bounded, so that an XXE probe or a "billion laughs" document produces a
 * diagnostic instead of a leak or an exhausted machine. It has a public no-argument constructor so
 * that Saxon can use it for {@code doc()} and {@code collection()} too (see {@link XmlParsing}).
 */
public class SecureXmlReader extends SAXParser {
  /** Entity expansions allowed in one document; a real TEI file needs a few hundred at most. */
  public static final int ENTITY_EXPANSION_LIMIT = 10_000;

  private static final String LEXICAL_HANDLER = "http://xml.org/sax/properties/lexical-handler";
  private final InputBounds bounds = new InputBounds();

  public SecureXmlReader() {
    super();
    super.setContentHandler(bounds);
    try {
      super.setProperty(LEXICAL_HANDLER, bounds);
    } catch (SAXNotRecognizedException | SAXNotSupportedException e) {
      throw new IllegalStateException("Xerces refuses a lexical handler", e);
    }
    feature("http://xml.org/sax/features/namespaces", true);
    feature("http://xml.org/sax/features/namespace-prefixes", false);
    feature("http://xml.org/sax/features/validation", false);
    feature("http://xml.org/sax/features/external-general-entities", false);
    feature("http://xml.org/sax/features/external-parameter-entities", false);
    feature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    feature("http://apache.org/xml/features/disallow-doctype-decl", false);
    SecurityManager limits = new SecurityManager();
    limits.setEntityExpansionLimit(ENTITY_EXPANSION_LIMIT);
    try {
      setProperty("http://apache.org/xml/properties/security-manager", limits);
    } catch (SAXNotRecognizedException | SAXNotSupportedException e) {
      throw new IllegalStateException("Xerces refuses its security manager", e);
    }
    // Belt and braces: whatever asks for an external entity gets nothing.
    setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
  }

  /**
   * A reader that also resolves {@code xi:include}, reading only files inside {@code sandbox}
   * and only so many (see {@link SandboxedIncludes}): an include of a URL, or of a file elsewhere,
   * or of a file that does not exist, is reported to the error handler as an {@link
   * IncludeProblem} and replaced by its fallback or a marker element.
   */
  public static SecureXmlReader withXInclude(java.nio.file.Path sandbox) {
    SecureXmlReader reader = new SecureXmlReader();
    reader.feature("http://apache.org/xml/features/xinclude", true);
    reader.feature("http://apache.org/xml/features/xinclude/fixup-base-uris", false);
    reader.feature("http://apache.org/xml/features/xinclude/fixup-language", false);
    reader.includes = new SandboxedIncludes(Sandbox.realPath(sandbox), reader);
    reader.setEntityResolver(reader.includes);
    return reader;
  }

  /** The includes of the document being read, when they are resolved; else null. */
  private SandboxedIncludes includes;

  /**
   * Sets the caller's error handler behind a filter: when a part's xi:fallback is taken, the
   * caller hears it once, from {@link SandboxedIncludes}, not again in Xerces' words.
   */
  @Override
  public void setErrorHandler(org.xml.sax.ErrorHandler handler) {
    if (handler == null) {
      super.setErrorHandler(null);
      return;
    }
    super.setErrorHandler(new org.xml.sax.ErrorHandler() {
      @Override public void warning(org.xml.sax.SAXParseException e) throws org.xml.sax.SAXException {
        if (includes == null || e instanceof IncludeProblem || !includes.repeatsFallback(e)) {
          handler.warning(e);
        }
      }

      @Override public void error(org.xml.sax.SAXParseException e) throws org.xml.sax.SAXException {
        handler.error(e);
      }

      @Override public void fatalError(org.xml.sax.SAXParseException e) throws org.xml.sax.SAXException {
        handler.fatalError(e);
      }
    });
    callersHandler = handler;
  }

  private org.xml.sax.ErrorHandler callersHandler;

  /** The handler the caller set (not the filter in front of it). */
  @Override
  public org.xml.sax.ErrorHandler getErrorHandler() {
    return callersHandler;
  }

  /** What stands in for a part that could not be included: its address, as the edition has it. */
  static InputSource missingMarker(java.nio.file.Path root, String systemId) {
    String shown = systemId == null ? "" : systemId;
    try {
      java.nio.file.Path file = java.nio.file.Path.of(java.net.URI.create(shown)).toAbsolutePath().normalize();
      if (file.startsWith(root)) {
        shown = root.relativize(file).toString().replace('\\', '/');
      }
    } catch (RuntimeException notAFile) {
      // shown as written
    }
    String escaped = shown.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
    InputSource marker = new InputSource(new StringReader(
        "<missing xmlns=\"" + IncludeProblem.MARKER_NS + "\" href=\"" + escaped + "\"/>"));
    marker.setSystemId(systemId);
    return marker;
  }

  /** Nothing is ever read from the network: a document, a schema or an include by URL is refused. */
  @Override
  public void parse(InputSource input) throws org.xml.sax.SAXException, java.io.IOException {
    if (input.getByteStream() == null && input.getCharacterStream() == null) {
      refuseRemote(input.getSystemId());
    }
    ParseCount.record(input.getSystemId());
    if (includes != null) {
      includes.reset();
    }
    super.parse(input);
  }

  @Override
  public void parse(String systemId) throws org.xml.sax.SAXException, java.io.IOException {
    parse(new InputSource(systemId));
  }

  /** A parse that is not one of the document's (a look ahead of it): not counted. */
  void parseAhead(InputSource input) throws org.xml.sax.SAXException, java.io.IOException {
    refuseRemote(input.getSystemId());
    super.parse(input);
  }

  /** @throws java.io.IOException for an address that is not a file of this machine or of the jar */
  public static void refuseRemote(String systemId) throws java.io.IOException {
    if (systemId != null && systemId.matches("(?i)^[a-z][a-z0-9+.-]*:.*")
        && !systemId.matches("(?i)^(file|jar):.*")) {
      throw new java.io.IOException(systemId + " is not read: nothing is fetched from the network");
    }
    if (systemId != null && systemId.matches("(?i)^file://[^/].*")) {
      throw new java.io.IOException(systemId + " is not read: it names another machine");
    }
  }

  // Whoever listens to this parser listens through the bounds (see InputBounds).

  @Override
  public void setContentHandler(org.xml.sax.ContentHandler handler) {
    bounds.contentHandler(handler);
  }

  @Override
  public org.xml.sax.ContentHandler getContentHandler() {
    return bounds.contentHandler();
  }

  @Override
  public void setProperty(String name, Object value) throws SAXNotRecognizedException, SAXNotSupportedException {
    if (LEXICAL_HANDLER.equals(name)) {
      bounds.lexicalHandler((org.xml.sax.ext.LexicalHandler) value);
    } else {
      super.setProperty(name, value);
    }
  }

  @Override
  public Object getProperty(String name) throws SAXNotRecognizedException, SAXNotSupportedException {
    return LEXICAL_HANDLER.equals(name) ? bounds.lexicalHandler() : super.getProperty(name);
  }

  void feature(String name, boolean value) {
    try {
      setFeature(name, value);
    } catch (SAXNotRecognizedException | SAXNotSupportedException e) {
      throw new IllegalStateException("Xerces refuses feature " + name, e);
    }
  }
}
