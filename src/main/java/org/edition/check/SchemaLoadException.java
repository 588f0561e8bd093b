package org.edition.check;

import java.net.URI;

/** A schema that could not be read or compiled: an environment error, not a document error. */
public final class SchemaLoadException extends Exception {
  private final URI schema;
  private final boolean refused;

  public SchemaLoadException(URI schema, Throwable cause) {
    this(schema, cause, false);
  }

  /** @param refused whether the schema asked for a part it may not read (see SchemaParts) */
  SchemaLoadException(URI schema, Throwable cause, boolean refused) {
    super("cannot load schema " + schema + ": " + MessageText.of((Exception) cause), cause);
    this.schema = schema;
    this.refused = refused;
  }

  /** Whether the schema asked for a part from the network or from elsewhere: an error of the document. */
  public boolean refused() {
    return refused;
  }

  public URI schema() {
    return schema;
  }
}
