package org.edition.check;

import java.net.URI;

/** A schema that could not be read or compiled: an environment error, not a document error. */
public final class SchemaLoadException extends Exception {
  private final URI schema;

  public SchemaLoadException(URI schema, Throwable cause) {
    super("cannot load schema " + schema + ": " + MessageText.of((Exception) cause), cause);
    this.schema = schema;
  }

  public URI schema() {
    return schema;
  }
}
