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
    PropertyMapBuilder properties = new PropertyMapBuilder();
    properties.put(ValidateProperty.ERROR_HANDLER, schemaErrors);
    properties.put(ValidateProperty.XML_READER_CREATOR, SecureXmlReader::new);
    // As the jing command line does: xsd:ID values must be unique, IDREFs must resolve.
    RngProperty.CHECK_ID_IDREF.add(properties);
    SchemaReader reader =
        schemaUri.toString().endsWith(".rnc")
            ? CompactSchemaReader.getInstance()
            : new AutoSchemaReader();
    try {
      Schema schema =
          reader.createSchema(new InputSource(schemaUri.toString()), properties.toPropertyMap());
      return new RelaxNgCheck(schemaUri, schema);
    } catch (IncorrectSchemaException | SAXException | IOException e) {
      throw new SchemaLoadException(schemaUri, e);
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
