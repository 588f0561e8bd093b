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
 * @param hasRegisters it holds a register entry ({@link #isRegisterEntry}): the registers' file
 * @param source its document node as read, when {@code tree} is a normalised copy of it (the
 *     formats render the copy; the website publishes the source's words, not the copy's)
 */
public record TeiDocument(Path path, XdmNode tree, boolean hasText, boolean hasRegisters, XdmNode source) {
  public static final String TEI_NS = "http://www.tei-c.org/ns/1.0";

  /** Whether a root element is a TEI document's: TEI or teiCorpus, in the TEI namespace. */
  public static boolean isTeiRoot(String namespace, String localName) {
    return TEI_NS.equals(namespace) && (localName.equals("TEI") || localName.equals("teiCorpus"));
  }

  /**
   * A register entry: a person, group, organisation or place, or a work (a {@code bibl} or
   * {@code biblStruct} of a {@code listBibl}), with an {@code xml:id}, listed in a
   * {@code standOff}, a TEI header (DraCor's cast) or the back of a text (Schnitzler's letters),
   * not in a source's description (its witnesses and their people are no register). The same
   * definition as the stylesheets' {@code f:register-entries} (xslt/common/registers.xsl), which
   * list the entries of the files this says hold some.
   */
  public static boolean isRegisterEntry(XdmNode e) {
    net.sf.saxon.s9api.QName name = e.getNodeName();
    if (name == null || !TEI_NS.equals(name.getNamespace())) {
      return false;
    }
    boolean entry = switch (name.getLocalName()) {
      case "person", "personGrp", "org", "place" -> true;
      case "bibl", "biblStruct" -> isTei(e.getParent(), "listBibl");
      default -> false;
    };
    if (!entry || e.getAttributeValue(XML_ID) == null) {
      return false;
    }
    boolean listed = false;
    for (XdmNode a = e.getParent(); a != null; a = a.getParent()) {
      if (isTei(a, "sourceDesc")) {
        return false;
      }
      listed |= isTei(a, "standOff") || isTei(a, "teiHeader") || isTei(a, "back");
    }
    return listed;
  }

  private static final net.sf.saxon.s9api.QName XML_ID =
      new net.sf.saxon.s9api.QName("http://www.w3.org/XML/1998/namespace", "id");

  private static boolean isTei(XdmNode node, String localName) {
    return node != null && node.getNodeName() != null && TEI_NS.equals(node.getNodeName().getNamespace())
        && localName.equals(node.getNodeName().getLocalName());
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
      registers = root.select(Steps.descendant(Predicates.isElement()).where(TeiDocument::isRegisterEntry)).exists();
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
