package org.edition.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;
import net.sf.saxon.s9api.streams.Steps;

/**
 * What the built-in pointer checks (FacsimileCheck, ApparatusCheck) read of a document, in one
 * walk of its tree: the elements by xml:id, and, in document order, the TEI elements that point
 * somewhere or mark something either check judges. Everything else is not kept, so a large
 * document costs one walk and no list of all its elements.
 */
final class Pointers {
  private static final String TEI = TeiRootCheck.TEI_NS;
  private static final net.sf.saxon.s9api.QName ID = new net.sf.saxon.s9api.QName("http://www.w3.org/XML/1998/namespace", "id");
  private static final Set<String> POINTING = Set.of("facs", "start", "hand", "wit", "edRef", "source");
  private static final Set<String> MARKING = Set.of("graphic", "handShift", "app", "witStart", "witEnd", "lacunaStart", "lacunaEnd");

  /** Elements by their xml:id (the first, where a document repeats one). */
  final Map<String, XdmNode> ids = new HashMap<>();
  /** The elements that point or mark, in document order. */
  final List<XdmNode> elements = new ArrayList<>();

  private Pointers() {}

  static Pointers of(XdmNode document) {
    Pointers found = new Pointers();
    document.select(Steps.descendant()).forEach(node -> {
      if (node.getNodeKind() != XdmNodeKind.ELEMENT) {
        return;
      }
      String id = node.getAttributeValue(ID);
      if (id != null) {
        found.ids.putIfAbsent(id.strip(), node);
      }
      if (TEI.equals(node.getNodeName().getNamespace()) && (MARKING.contains(node.getNodeName().getLocalName())
          || POINTING.stream().anyMatch(a -> node.attribute(a) != null))) {
        found.elements.add(node);
      }
    });
    return found;
  }

  /** The tokens of a pointer attribute's value (blanks aside). */
  static List<String> tokens(String value) {
    return List.of(value.strip().split("\\s+")).stream().filter(t -> !t.isEmpty()).toList();
  }
}
