package org.edition.check;

import java.io.IOException;
import java.util.List;
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

  public static XsdCheck load(URI schemaUri, DiagnosticSink schemaErrors)
      throws SchemaLoadException {
    XMLSchemaFactory factory = new XMLSchemaFactory();
    factory.setErrorHandler(schemaErrors);
    // A schema's xs:include, xs:import and xs:redefine are read from files only, never fetched.
    factory.setResourceResolver((type, namespace, publicId, systemId, baseUri) -> {
      String where = systemId == null ? null
          : baseUri == null ? systemId : URI.create(baseUri).resolve(systemId.replace(" ", "%20")).toString();
      try {
        org.edition.load.SecureXmlReader.refuseRemote(where);
        return null;
      } catch (IOException | IllegalArgumentException remote) {
        schemaErrors.warning(0, 0, (where == null ? systemId : where) + " is not read: nothing is fetched from the network");
        org.apache.xerces.dom.DOMInputImpl empty = new org.apache.xerces.dom.DOMInputImpl();
        empty.setSystemId(where);
        empty.setStringData("");
        return empty;
      }
    });
    try {
      return new XsdCheck(schemaUri, factory.newSchema(new StreamSource(schemaUri.toString())));
    } catch (SAXException e) {
      throw new SchemaLoadException(schemaUri, e);
    }
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
