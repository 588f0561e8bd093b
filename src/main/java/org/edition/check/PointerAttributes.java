package org.edition.check;

import java.util.Map;
import java.util.Set;

/**
 * Which attributes of TEI P5 are pointers: those whose datatype is teidata.pointer (anyURI, one
 * or a list) in tei_all 4.12.0, on the elements that have them so. Most are pointers wherever they
 * occur ({@code ref}, {@code target}, {@code corresp}, {@code who}, {@code ana}, ...); a few only
 * on some elements ({@code from} and {@code to} on app, arc, rt and span, not on a date). Left out:
 * xml:base (the base pointers are resolved against, not a pointer), {@code ns} and namespace's
 * {@code name} (namespace names, never dereferenced). PointerAttributesTest derives the same table
 * from tei_all.rng.
 */
final class PointerAttributes {
  /** Pointers on every element that has the attribute. */
  static final Set<String> EVERYWHERE = Set.of(
      "adj", "adjFrom", "adjTo", "ana", "calendar", "change", "children", "code", "copyOf", "corresp", "datcat",
      "datingMethod", "datingPoint", "decls", "domains", "edRef", "end", "exclude", "fVal", "facs", "feats",
      "filter", "follow", "fromUnit", "given", "hand", "inst", "lemmaRef", "mergedIn", "mutual", "next", "nymRef",
      "origin", "parent", "parts", "perf", "period", "prev", "property", "ref", "rendition", "replyTo", "require",
      "resp", "sameAs", "scribeRef", "scriptRef", "select", "since", "source", "spanTo", "synch", "target",
      "targetDatcat", "targetEnd", "toUnit", "toWhom", "unitRef", "uri", "url", "valueDatcat", "where", "who", "wit");

  /** Pointers on these elements only (the same name is something else on others). */
  static final Map<String, Set<String>> ON = Map.ofEntries(
      Map.entry("active", Set.of("relation")),
      Map.entry("passive", Set.of("relation")),
      Map.entry("class", Set.of("msContents", "msItem", "msItemStruct")),
      Map.entry("from", Set.of("app", "arc", "rt", "span")),
      Map.entry("to", Set.of("app", "arc", "rt", "span")),
      Map.entry("location", Set.of("case", "colloc", "def", "entryFree", "etym", "form", "gen", "gram", "gramGrp",
          "hom", "hyph", "iType", "lang", "lbl", "mood", "number", "oRef", "orth", "pRef", "per", "pos", "pron",
          "sense", "subc", "syll", "tns", "usg", "xr")),
      Map.entry("new", Set.of("handShift")),
      Map.entry("scheme", Set.of("catRef", "classCode", "keywords", "locus", "locusGrp", "occupation", "socecStatus")),
      Map.entry("start", Set.of("annotationBlock", "binaryObject", "ellipsis", "gap", "incident", "kinesic", "line",
          "media", "path", "pause", "post", "surface", "u", "vocal", "writing", "zone")),
      Map.entry("value", Set.of("eLeaf", "eTree", "iNode", "leaf", "node", "root", "triangle")));

  private PointerAttributes() {}

  /** Whether the attribute {@code attribute} (in no namespace) of the TEI element {@code element} is a pointer. */
  static boolean isPointer(String element, String attribute) {
    if (EVERYWHERE.contains(attribute)) {
      return true;
    }
    Set<String> on = ON.get(attribute);
    return on != null && on.contains(element);
  }
}
