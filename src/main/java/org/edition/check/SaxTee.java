package org.edition.check;

import java.util.List;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.DTDHandler;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;

/** Hands every SAX event of one parse to several listeners, in order. */
final class SaxTee implements ContentHandler, DTDHandler {
  private final List<StreamingCheck.Listener> listeners;

  SaxTee(List<StreamingCheck.Listener> listeners) {
    this.listeners = listeners;
  }

  @Override
  public void setDocumentLocator(Locator locator) {
    listeners.forEach(l -> l.content().setDocumentLocator(locator));
  }

  @Override
  public void startDocument() throws SAXException {
    for (StreamingCheck.Listener l : listeners) {
      l.content().startDocument();
    }
  }

  @Override
  public void endDocument() throws SAXException {
    for (StreamingCheck.Listener l : listeners) {
      l.content().endDocument();
    }
  }

  @Override
  public void startPrefixMapping(String prefix, String uri) throws SAXException {
    for (StreamingCheck.Listener l : listeners) {
      l.content().startPrefixMapping(prefix, uri);
    }
  }

  @Override
  public void endPrefixMapping(String prefix) throws SAXException {
    for (StreamingCheck.Listener l : listeners) {
      l.content().endPrefixMapping(prefix);
    }
  }

  @Override
  public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
    for (StreamingCheck.Listener l : listeners) {
      l.content().startElement(uri, localName, qName, atts);
    }
  }

  @Override
  public void endElement(String uri, String localName, String qName) throws SAXException {
    for (StreamingCheck.Listener l : listeners) {
      l.content().endElement(uri, localName, qName);
    }
  }

  @Override
  public void characters(char[] ch, int start, int length) throws SAXException {
    for (StreamingCheck.Listener l : listeners) {
      l.content().characters(ch, start, length);
    }
  }

  @Override
  public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
    for (StreamingCheck.Listener l : listeners) {
      l.content().ignorableWhitespace(ch, start, length);
    }
  }

  @Override
  public void processingInstruction(String target, String data) throws SAXException {
    for (StreamingCheck.Listener l : listeners) {
      l.content().processingInstruction(target, data);
    }
  }

  @Override
  public void skippedEntity(String name) throws SAXException {
    for (StreamingCheck.Listener l : listeners) {
      l.content().skippedEntity(name);
    }
  }

  @Override
  public void notationDecl(String name, String publicId, String systemId) throws SAXException {
    for (StreamingCheck.Listener l : listeners) {
      if (l.dtd() != null) {
        l.dtd().notationDecl(name, publicId, systemId);
      }
    }
  }

  @Override
  public void unparsedEntityDecl(String name, String publicId, String systemId, String notationName)
      throws SAXException {
    for (StreamingCheck.Listener l : listeners) {
      if (l.dtd() != null) {
        l.dtd().unparsedEntityDecl(name, publicId, systemId, notationName);
      }
    }
  }
}
