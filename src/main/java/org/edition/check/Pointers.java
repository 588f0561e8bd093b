package org.edition.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.sf.saxon.om.AttributeInfo;
import net.sf.saxon.om.NodeInfo;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;
import net.sf.saxon.s9api.streams.Steps;

/**
 * What the built-in pointer checks (FacsimileCheck, ApparatusCheck, PointerCheck) read of a
 * document, in one walk of its tree: the elements by xml:id; in document order, the TEI elements
 * that point somewhere or mark something the first two judge; every pointer attribute TEI defines
 * (see {@link PointerAttributes}); the prefixDefs. Everything else is not kept, so a large document
 * costs one walk and no list of all its elements.
 */
final class Pointers {
  private static final String TEI = TeiRootCheck.TEI_NS;
  private static final String XINCLUDE = "http://www.w3.org/2001/XInclude";
  private static final net.sf.saxon.s9api.QName ID = new net.sf.saxon.s9api.QName("http://www.w3.org/XML/1998/namespace", "id");
  private static final Set<String> POINTING = Set.of("facs", "start", "hand", "wit", "edRef", "source");
  private static final Set<String> MARKING = Set.of("graphic", "handShift", "app", "witStart", "witEnd", "lacunaStart", "lacunaEnd");

  /** One pointer attribute of a TEI element, as written. */
  record Written(XdmNode element, String attribute, String value) {}

  /** Elements by their xml:id (the first, where a document repeats one). */
  final Map<String, XdmNode> ids = new HashMap<>();
  /** The elements that point or mark, in document order. */
  final List<XdmNode> elements = new ArrayList<>();
  /** Every pointer attribute of a TEI element, in document order. */
  final List<Written> pointers = new ArrayList<>();
  /** The document's prefixDef elements, in document order. */
  final List<XdmNode> prefixDefs = new ArrayList<>();
  /** An include failed (reported as such): the ids it would have brought are not known. */
  boolean includesLeft;

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
      if (!TEI.equals(node.getNodeName().getNamespace())) {
        found.includesLeft |= failedInclude(node);
        return;
      }
      String local = node.getNodeName().getLocalName();
      boolean pointing = false;
      NodeInfo info = node.getUnderlyingNode();
      for (AttributeInfo a : info.attributes()) {
        if (!a.getNodeName().getURI().isEmpty()) {
          continue;
        }
        String name = a.getNodeName().getLocalPart();
        if (POINTING.contains(name)) {
          pointing = true;
        }
        if (PointerAttributes.isPointer(local, name)) {
          found.pointers.add(new Written(node, name, a.getValue()));
        }
      }
      if (pointing || MARKING.contains(local)) {
        found.elements.add(node);
      }
      if (local.equals("prefixDef")) {
        found.prefixDefs.add(node);
      }
    });
    return found;
  }

  /**
   * Whether an element stands where an include failed: the marker left for a file missing or
   * refused, or the xi:include itself when the document had to be read as written.
   */
  static boolean failedInclude(XdmNode element) {
    String ns = element.getNodeName().getNamespace();
    return ns.equals(org.edition.load.IncludeProblem.MARKER_NS)
        || ns.equals(XINCLUDE) && element.getNodeName().getLocalName().equals("include");
  }

  /** The tokens of a pointer attribute's value (blanks aside). */
  static List<String> tokens(String value) {
    String v = value.strip();
    if (v.isEmpty()) {
      return List.of();
    }
    // most pointers are one token: no regular expression for them
    return BLANK.matcher(v).find() ? List.of(BLANKS.split(v)) : List.of(v);
  }

  private static final java.util.regex.Pattern BLANK = java.util.regex.Pattern.compile("\\s");
  private static final java.util.regex.Pattern BLANKS = java.util.regex.Pattern.compile("\\s+");
}
