package org.edition.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.edition.load.XmlParsing;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.ext.DeclHandler;
import org.xml.sax.ext.DefaultHandler2;

/**
 * Says what a DOCTYPE asked for and did not get. An external DTD (common in real files) is a
 * warning; an external entity (the classic XXE probe of a local file or a URL) is an error. The
 * parser never reads either; this check makes sure the editor knows.
 */
final class DoctypeScan {
  private static final int PROLOG_BYTES = 64 * 1024;

  private DoctypeScan() {}

  static void check(byte[] bytes, java.nio.file.Path file, DiagnosticSink sink) {
    String prolog =
        new String(bytes, 0, Math.min(bytes.length, PROLOG_BYTES), StandardCharsets.ISO_8859_1);
    if (!prolog.contains("<!DOCTYPE")) {
      return;
    }
    Handler handler = new Handler(sink);
    XMLReader reader = XmlParsing.reader(new DiagnosticSink(file, "ignored"));
    reader.setContentHandler(handler);
    try {
      reader.setProperty("http://xml.org/sax/properties/lexical-handler", handler);
      reader.setProperty("http://xml.org/sax/properties/declaration-handler", handler);
      reader.parse(XmlParsing.input(file));
    } catch (SAXException | IOException e) {
      // Well-formedness errors are the parse check's to report.
    }
  }

  private static final class Handler extends DefaultHandler2 implements DeclHandler {
    private final DiagnosticSink sink;
    private Locator locator;

    Handler(DiagnosticSink sink) {
      this.sink = sink;
    }

    @Override
    public void setDocumentLocator(Locator locator) {
      this.locator = locator;
    }

    private int line() {
      return locator == null ? 0 : Math.max(locator.getLineNumber(), 0);
    }

    private int column() {
      return locator == null ? 0 : Math.max(locator.getColumnNumber(), 0);
    }

    @Override
    public void startDTD(String name, String publicId, String systemId) {
      if (systemId != null) {
        sink.warning(
            line(),
            column(),
            "the DOCTYPE names the external DTD \""
                + systemId
                + "\": it is never loaded, so its entities and default attributes do not apply");
      }
    }

    @Override
    public void externalEntityDecl(String name, String publicId, String systemId) {
      if (name.startsWith("%")) {
        sink.error(
            line(),
            column(),
            "the parameter entity " + name + " refers to \"" + systemId + "\": external entities"
                + " are not allowed and it was not read");
      } else {
        sink.error(
            line(),
            column(),
            "the entity &"
                + name
                + "; refers to the external \""
                + systemId
                + "\": external entities are not allowed; it was not read and &"
                + name
                + "; stays empty");
      }
    }
  }
}
