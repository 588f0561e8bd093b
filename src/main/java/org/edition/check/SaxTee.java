package org.edition.check;

import java.util.List;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.DTDHandler;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;

/** Hands every SAX event of one parse to several listeners, in order. */
final class SaxTee implements ContentHandler, DTDHandler {
  /** One event, as sent to one listener. */
  @FunctionalInterface
  private interface Event<H> {
    void send(H handler) throws SAXException;
  }

  private final List<StreamingCheck.Listener> listeners;

  SaxTee(List<StreamingCheck.Listener> listeners) {
    this.listeners = listeners;
  }

  private void content(Event<ContentHandler> event) throws SAXException {
    for (StreamingCheck.Listener l : listeners) {
      event.send(l.content());
    }
  }

  private void dtd(Event<DTDHandler> event) throws SAXException {
    for (StreamingCheck.Listener l : listeners) {
      if (l.dtd() != null) {
        event.send(l.dtd());
      }
    }
  }

  @Override
  public void setDocumentLocator(Locator locator) {
    listeners.forEach(l -> l.content().setDocumentLocator(locator));
  }

  @Override
  public void startDocument() throws SAXException {
    content(ContentHandler::startDocument);
  }

  @Override
  public void endDocument() throws SAXException {
    content(ContentHandler::endDocument);
  }

  @Override
  public void startPrefixMapping(String prefix, String uri) throws SAXException {
    content(h -> h.startPrefixMapping(prefix, uri));
  }

  @Override
  public void endPrefixMapping(String prefix) throws SAXException {
    content(h -> h.endPrefixMapping(prefix));
  }

  @Override
  public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
    content(h -> h.startElement(uri, localName, qName, atts));
  }

  @Override
  public void endElement(String uri, String localName, String qName) throws SAXException {
    content(h -> h.endElement(uri, localName, qName));
  }

  @Override
  public void characters(char[] ch, int start, int length) throws SAXException {
    content(h -> h.characters(ch, start, length));
  }

  @Override
  public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
    content(h -> h.ignorableWhitespace(ch, start, length));
  }

  @Override
  public void processingInstruction(String target, String data) throws SAXException {
    content(h -> h.processingInstruction(target, data));
  }

  @Override
  public void skippedEntity(String name) throws SAXException {
    content(h -> h.skippedEntity(name));
  }

  @Override
  public void notationDecl(String name, String publicId, String systemId) throws SAXException {
    dtd(h -> h.notationDecl(name, publicId, systemId));
  }

  @Override
  public void unparsedEntityDecl(String name, String publicId, String systemId, String notationName)
      throws SAXException {
    dtd(h -> h.unparsedEntityDecl(name, publicId, systemId, notationName));
  }
}
