package org.edition.check;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;
import net.sf.saxon.s9api.streams.Steps;

/**
 * A critical apparatus's pointers, whatever schema a text declares: every @wit and @edRef names a
 * witness (or a list of them) or a bibl of the document; a reading's @source resolves; an app
 * has a reading; a witness's beginnings and ends (witStart, witEnd) and its lacunae (lacunaStart,
 * lacunaEnd) alternate, as the text is read. Each problem is reported at the element that writes
 * it, in the file that holds it.
 */
final class ApparatusCheck {
  static final String NAME = "apparatus";
  private static final String TEI = TeiRootCheck.TEI_NS;
  private static final java.util.Set<String> WITNESSES = java.util.Set.of("witness", "listWit", "bibl", "biblStruct", "msDesc", "listBibl");

  private ApparatusCheck() {}

  static void check(Path file, Pointers pointers, Consumer<Diagnostic> out) {
    List<XdmNode> elements = pointers.elements;
    if (elements.stream().noneMatch(e -> e.getNodeName().getLocalName().equals("app") || e.attribute("edRef") != null)) {
      return;
    }
    Map<String, XdmNode> ids = pointers.ids;
    // each witness's state as the text is read: inside its text (or a lacuna) or not
    Map<String, String> lastMarker = new LinkedHashMap<>();
    for (XdmNode e : elements) {
      String local = e.getNodeName().getLocalName();
      for (String attribute : new String[] {"wit", "edRef"}) {
        String value = e.attribute(attribute);
        if (value == null) {
          continue;
        }
        for (String token : Pointers.tokens(value)) {
          if (!token.startsWith("#")) {
            continue;
          }
          XdmNode target = ids.get(token.substring(1));
          if (target == null) {
            error(file, out, e, "@" + attribute + " on <" + local + "> names " + token + ", which is no witness of the"
                + " document (no <witness xml:id=\"" + token.substring(1) + "\"> in a listWit, nor a bibl)");
          } else if (!WITNESSES.contains(target.getNodeName().getLocalName())) {
            error(file, out, e, "@" + attribute + " on <" + local + "> names " + token + ", a <"
                + target.getNodeName().getLocalName() + ">, not a witness or a bibl");
          }
        }
      }
      String source = e.attribute("source");
      if (source != null && (local.equals("rdg") || local.equals("lem"))) {
        for (String token : Pointers.tokens(source)) {
          if (token.startsWith("#") && !ids.containsKey(token.substring(1))) {
            error(file, out, e, "@source on <" + local + "> points to " + token + ", which no element of the document is");
          }
        }
      }
      // an EpiDoc apparatus may say what it has to say in a note alone
      if (local.equals("app") && e.select(Steps.child(TEI, "lem").cat(Steps.child(TEI, "rdg")).cat(Steps.child(TEI, "rdgGrp"))
          .cat(Steps.child(TEI, "note"))).findAny().isEmpty()) {
        error(file, out, e, "this <app> has no reading (no <lem>, <rdg> or <rdgGrp>) and no note");
      }
      if (local.equals("witStart") || local.equals("witEnd") || local.equals("lacunaStart") || local.equals("lacunaEnd")) {
        boolean span = local.startsWith("wit");
        for (String witness : witnessesOf(e)) {
          String key = (span ? "text " : "lacuna ") + witness;
          String before = lastMarker.put(key, local);
          if (local.equals(before)) {
            error(file, out, e, "<" + local + "> for the witness " + witness + " follows another <" + local + "> without a <"
                + (local.endsWith("Start") ? local.replace("Start", "End") : local.replace("End", "Start")) + "> between them");
          }
        }
      }
    }
  }

  /** The witnesses a marker is about: its own @wit, else its reading's. */
  private static List<String> witnessesOf(XdmNode marker) {
    String wit = marker.attribute("wit");
    for (XdmNode up = marker.getParent(); wit == null && up != null && up.getNodeKind() == XdmNodeKind.ELEMENT; up = up.getParent()) {
      String name = up.getNodeName().getLocalName();
      if (name.equals("rdg") || name.equals("lem")) {
        wit = up.attribute("wit");
      }
      if (name.equals("app")) {
        break;
      }
    }
    return wit == null ? List.of() : Pointers.tokens(wit);
  }

  private static void error(Path file, Consumer<Diagnostic> out, XdmNode e, String message) {
    out.accept(Diagnostic.error(FacsimileCheck.fileOf(file, e), e.getLineNumber(), e.getColumnNumber(), NAME, message));
  }
}
