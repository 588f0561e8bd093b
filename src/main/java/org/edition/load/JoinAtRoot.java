package org.edition.load;

import java.util.ArrayList;
import java.util.List;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.DTDHandler;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.ext.LexicalHandler;

/**
 * Lets other listeners join the parse that builds a document's tree, once the document has said
 * enough to choose them: at its root element, when the processing instructions before it (the
 * {@code <?xml-model?>} that name its schemas) are known. What came before is replayed to them;
 * from there on every event goes to the tree and to them. So one parse feeds the tree and the
 * grammars (RELAX NG, XSD) that validate it.
 */
public final class JoinAtRoot implements ContentHandler, DTDHandler, LexicalHandler {
  /** Chooses who joins, from the root's name and the instructions before it; null for no one. */
  @FunctionalInterface
  public interface Chooser {
    ContentHandler at(String namespace, String localName, List<XmlModel> models);
  }

  private interface Event {
    void send(ContentHandler handler) throws SAXException;
  }

  private final ContentHandler tree;
  private final LexicalHandler treeLexical;
  private final DTDHandler treeDtd;
  private final Chooser chooser;
  private final List<Event> prologue = new ArrayList<>();
  private final List<XmlModel> models = new ArrayList<>();
  private Locator locator;
  private ContentHandler joined;
  private boolean rooted;

  /** @param tree what builds the tree (Saxon's building content handler) */
  public JoinAtRoot(ContentHandler tree, Chooser chooser) {
    this.tree = tree;
    this.treeLexical = tree instanceof LexicalHandler l ? l : null;
    this.treeDtd = tree instanceof DTDHandler d ? d : null;
    this.chooser = chooser;
  }

  private void others(Event event) throws SAXException {
    if (!rooted) {
      prologue.add(event);
    } else if (joined != null) {
      event.send(joined);
    }
  }

  /** An event for the tree and, once they have joined, for the others. */
  private void both(Event event) throws SAXException {
    event.send(tree);
    others(event);
  }

  @Override
  public void setDocumentLocator(Locator locator) {
    this.locator = locator;
    tree.setDocumentLocator(locator);
  }

  @Override
  public void startDocument() throws SAXException {
    both(ContentHandler::startDocument);
  }

  @Override
  public void endDocument() throws SAXException {
    both(ContentHandler::endDocument);
  }

  @Override
  public void startPrefixMapping(String prefix, String uri) throws SAXException {
    both(h -> h.startPrefixMapping(prefix, uri));
  }

  @Override
  public void endPrefixMapping(String prefix) throws SAXException {
    both(h -> h.endPrefixMapping(prefix));
  }

  @Override
  public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
    tree.startElement(uri, localName, qName, atts);
    if (!rooted) {
      rooted = true;
      joined = chooser.at(uri, localName, List.copyOf(models));
      if (joined != null) {
        if (locator != null) {
          joined.setDocumentLocator(locator);
        }
        for (Event e : prologue) {
          e.send(joined);
        }
      }
      prologue.clear();
    }
    if (joined != null) {
      joined.startElement(uri, localName, qName, atts);
    }
  }

  @Override
  public void endElement(String uri, String localName, String qName) throws SAXException {
    both(h -> h.endElement(uri, localName, qName));
  }

  @Override
  public void characters(char[] ch, int start, int length) throws SAXException {
    tree.characters(ch, start, length);
    if (rooted && joined != null) {
      joined.characters(ch, start, length);
    }
  }

  @Override
  public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
    tree.ignorableWhitespace(ch, start, length);
    if (rooted && joined != null) {
      joined.ignorableWhitespace(ch, start, length);
    }
  }

  @Override
  public void processingInstruction(String target, String data) throws SAXException {
    tree.processingInstruction(target, data);
    if (!rooted && target.equals("xml-model")) {
      XmlModel.of(data, locator == null ? 0 : locator.getLineNumber(), locator == null ? 0 : locator.getColumnNumber())
          .ifPresent(models::add);
    }
    others(h -> h.processingInstruction(target, data));
  }

  @Override
  public void skippedEntity(String name) throws SAXException {
    both(h -> h.skippedEntity(name));
  }

  @Override
  public void notationDecl(String name, String publicId, String systemId) throws SAXException {
    if (treeDtd != null) {
      treeDtd.notationDecl(name, publicId, systemId);
    }
    if (joined instanceof DTDHandler d) {
      d.notationDecl(name, publicId, systemId);
    }
  }

  @Override
  public void unparsedEntityDecl(String name, String publicId, String systemId, String notationName) throws SAXException {
    if (treeDtd != null) {
      treeDtd.unparsedEntityDecl(name, publicId, systemId, notationName);
    }
    if (joined instanceof DTDHandler d) {
      d.unparsedEntityDecl(name, publicId, systemId, notationName);
    }
  }

  // Comments, CDATA bounds, entity bounds, the DTD: the tree's alone (grammars do not see them).

  @Override
  public void startDTD(String name, String publicId, String systemId) throws SAXException {
    if (treeLexical != null) {
      treeLexical.startDTD(name, publicId, systemId);
    }
  }

  @Override
  public void endDTD() throws SAXException {
    if (treeLexical != null) {
      treeLexical.endDTD();
    }
  }

  @Override
  public void startEntity(String name) throws SAXException {
    if (treeLexical != null) {
      treeLexical.startEntity(name);
    }
  }

  @Override
  public void endEntity(String name) throws SAXException {
    if (treeLexical != null) {
      treeLexical.endEntity(name);
    }
  }

  @Override
  public void startCDATA() throws SAXException {
    if (treeLexical != null) {
      treeLexical.startCDATA();
    }
  }

  @Override
  public void endCDATA() throws SAXException {
    if (treeLexical != null) {
      treeLexical.endCDATA();
    }
  }

  @Override
  public void comment(char[] ch, int start, int length) throws SAXException {
    if (treeLexical != null) {
      treeLexical.comment(ch, start, length);
    }
  }
}
