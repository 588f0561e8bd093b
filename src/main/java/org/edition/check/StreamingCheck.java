package org.edition.check;

import org.xml.sax.ContentHandler;
import org.xml.sax.DTDHandler;

/**
 * A schema check that reads a file as a stream of SAX events (RELAX NG with Jing, XSD with
 * Xerces): several such checks share one parse of the file instead of each parsing it again.
 */
public interface StreamingCheck extends SchemaCheck {
  /** What one file's validation listens with. */
  record Listener(ContentHandler content, DTDHandler dtd) {}

  /** A fresh validator for one file, reporting to {@code sink}. */
  Listener listener(DiagnosticSink sink);

  /** Checked alone, the file is streamed to this check only. */
  @Override
  default void check(ParsedFile file, DiagnosticSink sink) throws java.io.IOException {
    StreamingChecks.run(file, java.util.List.of(this), java.util.List.of(sink));
  }
}
