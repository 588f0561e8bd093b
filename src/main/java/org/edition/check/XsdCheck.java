package org.edition.check;

import java.io.IOException;
import java.net.URI;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import org.apache.xerces.jaxp.validation.XMLSchemaFactory;
import org.xml.sax.SAXException;

/**
 * W3C XML Schema validation with Xerces' own schema factory (the JDK's copy of Xerces is older and
 * does not take the same settings).
 */
public final class XsdCheck implements StreamingCheck {
  private final URI schemaUri;
  private final Schema schema;

  private XsdCheck(URI schemaUri, Schema schema) {
    this.schemaUri = schemaUri;
    this.schema = schema;
  }

  /** Loads a schema whose parts may be read from any local file, never from the network. */
  public static XsdCheck load(URI schemaUri, DiagnosticSink schemaErrors) throws SchemaLoadException {
    return load(schemaUri, schemaErrors, SchemaParts.local(null));
  }

  /**
   * Loads a schema, its xs:include, xs:import and xs:redefine read where {@code parts} allows;
   * a part refused makes the schema unusable ({@link SchemaLoadException#refused}).
   */
  static XsdCheck load(URI schemaUri, DiagnosticSink schemaErrors, SchemaParts parts)
      throws SchemaLoadException {
    XMLSchemaFactory factory = new XMLSchemaFactory();
    // Xerces says where a part it could not read was asked for: a refused one is told apart by
    // its cause, and kept with that place for the message.
    factory.setErrorHandler(new org.xml.sax.ErrorHandler() {
      @Override public void warning(org.xml.sax.SAXParseException e) {
        if (e.getException() instanceof SchemaParts.RefusedPart refused) {
          parts.locate(refused.getMessage(), place(e));
        } else {
          schemaErrors.warning(e);
        }
      }

      @Override public void error(org.xml.sax.SAXParseException e) {
        schemaErrors.error(e);
      }

      @Override public void fatalError(org.xml.sax.SAXParseException e) throws SAXException {
        schemaErrors.fatalError(e);
        throw e;
      }
    });
    factory.setResourceResolver((type, namespace, publicId, systemId, baseUri) -> {
      String where;
      try {
        where = systemId == null ? null
            : baseUri == null ? systemId : URI.create(baseUri).resolve(systemId.replace(" ", "%20")).toString();
      } catch (IllegalArgumentException notAnAddress) {
        where = systemId;
      }
      String read = parts.resolve(where);
      if (read != null && read.equals(where)) {
        return null; // read as usual
      }
      org.apache.xerces.dom.DOMInputImpl input = new org.apache.xerces.dom.DOMInputImpl();
      input.setPublicId(publicId);
      input.setBaseURI(baseUri);
      if (read != null) {
        input.setSystemId(read); // the local copy a catalog names
        return input;
      }
      // An empty text would make Xerces fetch the address itself: a reader that fails instead
      // makes it report the part as unreadable, where the schema asks for it.
      input.setSystemId(where);
      String refused = where;
      input.setCharacterStream(new java.io.Reader() {
        @Override public int read(char[] buffer, int offset, int length) throws IOException {
          throw new SchemaParts.RefusedPart(refused);
        }

        @Override public void close() {}
      });
      return input;
    });
    Schema schema;
    try {
      schema = factory.newSchema(new StreamSource(schemaUri.toString()));
    } catch (SAXException e) {
      parts.failIfRefused(schemaUri);
      throw new SchemaLoadException(schemaUri, e);
    }
    parts.failIfRefused(schemaUri);
    return new XsdCheck(schemaUri, schema);
  }

  /** A place in a schema file, as a message shows it. */
  private static String place(org.xml.sax.SAXParseException e) {
    String file = e.getSystemId() == null ? "" : e.getSystemId().replaceFirst("^.*/", "");
    return file + (e.getLineNumber() > 0 ? ":" + e.getLineNumber() + (e.getColumnNumber() > 0 ? ":" + e.getColumnNumber() : "") : "");
  }

  @Override
  public String name() {
    return "xsd";
  }

  @Override
  public URI schema() {
    return schemaUri;
  }

  @Override
  public Listener listener(DiagnosticSink sink) {
    javax.xml.validation.ValidatorHandler handler = schema.newValidatorHandler();
    handler.setErrorHandler(sink);
    return new Listener(handler, null);
  }
}
