package org.edition.load;

import java.nio.file.Path;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.streams.Predicates;
import net.sf.saxon.s9api.streams.Steps;

/**
 * A parsed TEI file of the edition.
 *
 * @param path where it was read from
 * @param tree its document node
 * @param hasText it has a {@code text} or a {@code sourceDoc} to publish
 * @param hasRegisters it has a {@code standOff} with lists of persons, places, organisations, works
 * @param source its document node as read, when {@code tree} is a normalised copy of it (the
 *     formats render the copy; the website publishes the source's words, not the copy's)
 */
public record TeiDocument(Path path, XdmNode tree, boolean hasText, boolean hasRegisters, XdmNode source) {
  public static final String TEI_NS = "http://www.tei-c.org/ns/1.0";

  /** Whether a root element is a TEI document's: TEI or teiCorpus, in the TEI namespace. */
  public static boolean isTeiRoot(String namespace, String localName) {
    return TEI_NS.equals(namespace) && (localName.equals("TEI") || localName.equals("teiCorpus"));
  }

  /** Reads what a parsed TEI file holds: a text (or a corpus of texts), registers, or both. */
  public static TeiDocument of(Path path, XdmNode document) {
    return of(path, document, document);
  }

  /** A text as the formats render it ({@code document}, normalised) and as it was read ({@code source}). */
  public static TeiDocument of(Path path, XdmNode document, XdmNode source) {
    XdmNode root = document.select(Steps.child(Predicates.isElement())).findFirst().orElse(null);
    boolean text = false;
    boolean registers = false;
    if (root != null) {
      // a documentary edition's transcription of the pages (sourceDoc) is a text to publish too
      text = root.getNodeName().getLocalName().equals("teiCorpus")
          || root.select(Steps.child(TEI_NS, "text")).exists()
          || root.select(Steps.child(TEI_NS, "sourceDoc")).exists();
      registers =
          root.select(Steps.child(TEI_NS, "standOff").then(Steps.child(Predicates.isElement()))).exists()
              || root.select(
                      Steps.descendant(Predicates.isElement())
                          .where(e -> TEI_NS.equals(e.getNodeName().getNamespace())
                              && e.getNodeName().getLocalName().matches("listPerson|listPlace|listOrg")))
                  .exists();
    }
    return new TeiDocument(path, document, text, registers, source);
  }

  private static final net.sf.saxon.s9api.QName XML_LANG =
      new net.sf.saxon.s9api.QName("http://www.w3.org/XML/1998/namespace", "lang");

  /** The language of the text: xml:lang of its first {@code text}, else of its root, else "". */
  public String language() {
    return tree.select(Steps.descendant(TEI_NS, "text"))
        .findFirst()
        .map(text -> text.getAttributeValue(XML_LANG))
        .or(() -> tree.select(Steps.child(Predicates.isElement())).findFirst().map(r -> r.getAttributeValue(XML_LANG)))
        .orElse("");
  }
}
