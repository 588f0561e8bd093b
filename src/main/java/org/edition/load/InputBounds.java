package org.edition.load;

import java.util.Locale;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.ext.LexicalHandler;

/**
 * The bounds every parsed document must keep, enforced as it is read, before any schema,
 * Schematron or stylesheet sees it: an attribute value or a run of text too long (Xerces' schema
 * patterns take time that grows with the square of a value's length), elements nested too deep
 * (stylesheets recurse once per level), internal entities that expand to too much text (a small
 * file blown up to gigabytes). Past a bound the parse stops with an error at the line and column
 * where it was crossed, which the check stage reports like any other fault of the file.
 *
 * <p>Sits between the parser and whoever listens to it (Saxon's tree builder, the validators),
 * as both content and lexical handler.
 */
final class InputBounds implements ContentHandler, LexicalHandler {
  /** Characters of one attribute value. The longest real ones (polygons, pointer lists) are a few thousand. */
  static final int MAX_ATTRIBUTE = 32_768;
  /** Characters of one run of text between two tags. */
  static final int MAX_TEXT = 10_000_000;
  /** Elements open at once. Real TEI nests a few dozen deep. */
  static final int MAX_DEPTH = 2_000;
  /** Characters produced by expanding internal entities, in all, in one document. */
  static final long MAX_ENTITY_TEXT = 1_000_000;

  private ContentHandler content;
  private LexicalHandler lexical;
  private Locator locator;
  private int depth;
  private long textRun;
  private int entityDepth;
  private long entityText;

  void contentHandler(ContentHandler next) {
    content = next;
  }

  ContentHandler contentHandler() {
    return content;
  }

  void lexicalHandler(LexicalHandler next) {
    lexical = next;
  }

  LexicalHandler lexicalHandler() {
    return lexical;
  }

  private SAXParseException beyond(String what) {
    return new SAXParseException(what, locator);
  }

  private static String number(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  @Override
  public void setDocumentLocator(Locator locator) {
    this.locator = locator;
    if (content != null) {
      content.setDocumentLocator(locator);
    }
  }

  @Override
  public void startDocument() throws SAXException {
    depth = 0;
    textRun = 0;
    entityDepth = 0;
    entityText = 0;
    if (content != null) {
      content.startDocument();
    }
  }

  @Override
  public void endDocument() throws SAXException {
    if (content != null) {
      content.endDocument();
    }
  }

  @Override
  public void startPrefixMapping(String prefix, String uri) throws SAXException {
    if (content != null) {
      content.startPrefixMapping(prefix, uri);
    }
  }

  @Override
  public void endPrefixMapping(String prefix) throws SAXException {
    if (content != null) {
      content.endPrefixMapping(prefix);
    }
  }

  @Override
  public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
    textRun = 0;
    if (++depth > MAX_DEPTH) {
      throw beyond("elements are nested more than " + number(MAX_DEPTH) + " deep here (<" + qName
          + ">): the document is not read further");
    }
    for (int i = 0; i < atts.getLength(); i++) {
      int length = atts.getValue(i).length();
      if (length > MAX_ATTRIBUTE) {
        throw beyond("the attribute " + atts.getQName(i) + " of <" + qName + "> is " + number(length)
            + " characters long, more than the " + number(MAX_ATTRIBUTE) + " allowed: the document is not read further");
      }
    }
    if (content != null) {
      content.startElement(uri, localName, qName, atts);
    }
  }

  @Override
  public void endElement(String uri, String localName, String qName) throws SAXException {
    textRun = 0;
    depth--;
    if (content != null) {
      content.endElement(uri, localName, qName);
    }
  }

  @Override
  public void characters(char[] ch, int start, int length) throws SAXException {
    textRun += length;
    if (textRun > MAX_TEXT) {
      throw beyond("a run of text without any markup is longer than " + number(MAX_TEXT)
          + " characters: the document is not read further");
    }
    if (entityDepth > 0) {
      entityText += length;
      if (entityText > MAX_ENTITY_TEXT) {
        throw beyond("the document's entities expand to more than " + number(MAX_ENTITY_TEXT)
            + " characters of text (an entity used over and over?): the document is not read further");
      }
    }
    if (content != null) {
      content.characters(ch, start, length);
    }
  }

  @Override
  public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
    if (content != null) {
      content.ignorableWhitespace(ch, start, length);
    }
  }

  @Override
  public void processingInstruction(String target, String data) throws SAXException {
    if (content != null) {
      content.processingInstruction(target, data);
    }
  }

  @Override
  public void skippedEntity(String name) throws SAXException {
    if (content != null) {
      content.skippedEntity(name);
    }
  }

  @Override
  public void startDTD(String name, String publicId, String systemId) throws SAXException {
    if (lexical != null) {
      lexical.startDTD(name, publicId, systemId);
    }
  }

  @Override
  public void endDTD() throws SAXException {
    if (lexical != null) {
      lexical.endDTD();
    }
  }

  @Override
  public void startEntity(String name) throws SAXException {
    // General entities of the text; not the DTD ("[dtd]") or parameter entities ("%name").
    if (!name.startsWith("[") && !name.startsWith("%")) {
      entityDepth++;
    }
    if (lexical != null) {
      lexical.startEntity(name);
    }
  }

  @Override
  public void endEntity(String name) throws SAXException {
    if (!name.startsWith("[") && !name.startsWith("%")) {
      entityDepth--;
    }
    if (lexical != null) {
      lexical.endEntity(name);
    }
  }

  @Override
  public void startCDATA() throws SAXException {
    if (lexical != null) {
      lexical.startCDATA();
    }
  }

  @Override
  public void endCDATA() throws SAXException {
    if (lexical != null) {
      lexical.endCDATA();
    }
  }

  @Override
  public void comment(char[] ch, int start, int length) throws SAXException {
    if (lexical != null) {
      lexical.comment(ch, start, length);
    }
  }
}
