package org.edition.publish.pdf;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.common.PDNameTreeNode;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;

/**
 * A rendering's named destinations, read once (the stylesheet names the places it wants to know
 * the pages of: the index's mentions, the apparatus's lemmata and note calls), whatever the depth
 * of the PDF's name tree.
 */
final class NamedDestinations {
  private NamedDestinations() {}

  static Map<String, PDPageDestination> of(PDDocument document) throws IOException {
    Map<String, PDPageDestination> all = new LinkedHashMap<>();
    PDDocumentNameDictionary names = document.getDocumentCatalog().getNames();
    if (names != null && names.getDests() != null) {
      collect(names.getDests(), all);
    }
    return all;
  }

  private static void collect(PDNameTreeNode<PDPageDestination> node, Map<String, PDPageDestination> all) throws IOException {
    Map<String, PDPageDestination> here = node.getNames();
    if (here != null) {
      all.putAll(here);
    }
    if (node.getKids() != null) {
      for (PDNameTreeNode<PDPageDestination> kid : node.getKids()) {
        collect(kid, all);
      }
    }
  }
}
