package org.edition.check;

import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;

/** Is this a TEI P5 document at all? Catches P4 files, a missing namespace and other XML. */
final class TeiRootCheck {
  static final String TEI_NS = org.edition.load.TeiDocument.TEI_NS;

  /** The elements a documentary edition keeps one per file, to be included: no warning. */
  private static final java.util.Set<String> FRAGMENTS = java.util.Set.of("surface", "surfaceGrp");

  private TeiRootCheck() {}

  /** Reports to {@code sink}; returns true when the root is a TEI P5 {@code TEI} or corpus. */
  static boolean check(XdmNode document, DiagnosticSink sink) {
    XdmNode root = null;
    for (XdmNode child : document.children()) {
      if (child.getNodeKind() == XdmNodeKind.ELEMENT) {
        root = child;
        break;
      }
    }
    if (root == null) {
      sink.error(1, 1, "the file has no root element");
      return false;
    }
    String local = root.getNodeName().getLocalName();
    String ns = root.getNodeName().getNamespace();
    int line = root.getLineNumber();
    int column = root.getColumnNumber();
    boolean teiName = local.equals("TEI") || local.equals("teiCorpus");
    if (org.edition.load.TeiDocument.isTeiRoot(ns, local)) {
      return true;
    }
    if (ns.equals(TEI_NS) && !teiName) {
      // A part of a document kept in its own file (a manuscript's page as a <surface>, as the
      // Shelley-Godwin Archive keeps them): its text is published where a document includes it.
      if (!FRAGMENTS.contains(local)) {
        sink.warning(line, column, "a part of a TEI document (<" + local + ">), not a document: it is"
            + " published only where a document includes it (xi:include)");
      }
      return false;
    }
    if (local.equals("TEI.2") || local.equals("teiCorpus.2")) {
      sink.error(
          line,
          column,
          "this is a TEI P4 document (<" + local + ">): convert it to TEI P5 (root <TEI> in the"
              + " namespace " + TEI_NS + ")");
    } else if (teiName) {
      sink.error(
          line,
          column,
          "the root element <"
              + local
              + "> is "
              + (ns.isEmpty() ? "in no namespace" : "in the namespace " + ns)
              + ": TEI P5 elements belong to xmlns=\""
              + TEI_NS
              + "\"");
    } else {
      sink.error(
          line,
          column,
          "not a TEI document: the root element is <"
              + local
              + ">"
              + (ns.isEmpty() ? "" : " in the namespace " + ns)
              + ", not <TEI> or <teiCorpus>");
    }
    return false;
  }
}
