package org.edition.check;

import java.io.IOException;
import java.net.URI;

/** A check of one parsed TEI file against one schema, loaded once per run and shared. */
public interface SchemaCheck {
  /** The check's name as it appears in diagnostics: relaxng, xsd, schematron. */
  String name();

  URI schema();

  /** Validates {@code file}; reports every problem to {@code sink}. Safe to call in parallel. */
  void check(ParsedFile file, DiagnosticSink sink) throws IOException;
}
