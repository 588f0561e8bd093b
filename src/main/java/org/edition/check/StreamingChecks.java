package org.edition.check;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.edition.load.XmlParsing;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/** Runs several streaming checks on a file in one parse. */
final class StreamingChecks {
  private StreamingChecks() {}

  /** @param sinks one per check, in the same order */
  static void run(ParsedFile file, List<? extends StreamingCheck> checks, List<DiagnosticSink> sinks) throws IOException {
    List<StreamingCheck.Listener> listeners = new ArrayList<>();
    for (int i = 0; i < checks.size(); i++) {
      listeners.add(checks.get(i).listener(sinks.get(i)));
    }
    SaxTee tee = new SaxTee(listeners);
    // The parse reports well-formedness to the first sink only: every check would say the same.
    XMLReader reader = XmlParsing.reader(sinks.get(0));
    reader.setContentHandler(tee);
    reader.setDTDHandler(tee);
    try {
      reader.parse(XmlParsing.input(file.path()));
    } catch (SAXException e) {
      // Already reported to the sinks by their error handlers.
    }
  }
}
