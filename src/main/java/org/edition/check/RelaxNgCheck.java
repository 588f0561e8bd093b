package org.edition.check;

import com.thaiopensource.util.PropertyMapBuilder;
import com.thaiopensource.validate.IncorrectSchemaException;
import com.thaiopensource.validate.Schema;
import com.thaiopensource.validate.SchemaReader;
import com.thaiopensource.validate.ValidateProperty;
import com.thaiopensource.validate.Validator;
import com.thaiopensource.validate.auto.AutoSchemaReader;
import com.thaiopensource.validate.prop.rng.RngProperty;
import com.thaiopensource.validate.rng.CompactSchemaReader;
import java.io.IOException;
import java.util.List;
import java.net.URI;
import org.edition.load.SecureXmlReader;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/** RELAX NG validation with Jing: the grammar the TEI Consortium publishes its schemas in. */
public final class RelaxNgCheck implements StreamingCheck {
  private final URI schemaUri;
  private final Schema schema;

  private RelaxNgCheck(URI schemaUri, Schema schema) {
    this.schemaUri = schemaUri;
    this.schema = schema;
  }

  /** Loads a .rng or .rnc schema; its own errors are reported to {@code schemaErrors}. */
  public static RelaxNgCheck load(URI schemaUri, DiagnosticSink schemaErrors)
      throws SchemaLoadException {
    return load(schemaUri, schemaErrors, SchemaParts.local(null));
  }

  /**
   * Loads a .rng or .rnc schema, its includes and external references read where {@code parts}
   * allows (the compact syntax opens them itself, not through the XML reader).
   */
  static RelaxNgCheck load(URI schemaUri, DiagnosticSink schemaErrors, SchemaParts parts)
      throws SchemaLoadException {
    PropertyMapBuilder properties = new PropertyMapBuilder();
    properties.put(ValidateProperty.ERROR_HANDLER, schemaErrors);
    properties.put(ValidateProperty.XML_READER_CREATOR, SecureXmlReader::new);
    properties.put(ValidateProperty.RESOLVER, new PartsResolver(parts));
    // As the jing command line does: xsd:ID values must be unique, IDREFs must resolve.
    RngProperty.CHECK_ID_IDREF.add(properties);
    SchemaReader reader =
        schemaUri.toString().endsWith(".rnc")
            ? CompactSchemaReader.getInstance()
            : new AutoSchemaReader();
    try {
      Schema schema =
          reader.createSchema(new InputSource(schemaUri.toString()), properties.toPropertyMap());
      parts.failIfRefused(schemaUri);
      return new RelaxNgCheck(schemaUri, schema);
    } catch (IncorrectSchemaException | SAXException | IOException e) {
      parts.failIfRefused(schemaUri);
      throw new SchemaLoadException(schemaUri, e);
    }
  }

  /** Jing's way to every file a grammar reads: only those {@link SchemaParts} allows are opened. */
  private record PartsResolver(SchemaParts parts) implements com.thaiopensource.resolver.Resolver {
    @Override
    public void resolve(com.thaiopensource.resolver.Identifier id, com.thaiopensource.resolver.Input input)
        throws IOException {
      if (input.isResolved()) {
        return;
      }
      String address;
      try {
        address = id.getBase() == null ? id.getUriReference()
            : URI.create(id.getBase()).resolve(id.getUriReference().replace(" ", "%20")).toString();
      } catch (IllegalArgumentException notAnAddress) {
        address = id.getUriReference();
      }
      input.setUri(allowed(address));
    }

    @Override
    public void open(com.thaiopensource.resolver.Input input) throws IOException {
      if (!input.isOpen() && input.getUri() != null) {
        input.setByteStream(URI.create(allowed(input.getUri())).toURL().openStream());
      }
    }

    private String allowed(String address) throws IOException {
      String read = parts.resolve(address);
      if (read == null) {
        throw new SchemaParts.RefusedPart(address + " is not read");
      }
      return read;
    }
  }

  @Override
  public String name() {
    return "relaxng";
  }

  @Override
  public URI schema() {
    return schemaUri;
  }

  @Override
  public Listener listener(DiagnosticSink sink) {
    PropertyMapBuilder properties = new PropertyMapBuilder();
    properties.put(ValidateProperty.ERROR_HANDLER, sink);
    Validator validator = schema.createValidator(properties.toPropertyMap());
    return new Listener(validator.getContentHandler(), validator.getDTDHandler());
  }
}
