package org.edition.publish.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDPageLabels;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;

/**
 * Reads, from a first rendering, the pages where each register entry is mentioned. FOP does not
 * implement the XSL 1.1 index (index-key, index-page-citation-list), so the stylesheet names each
 * mention's destination after its entry (idx__ENTRY__TEXT__MENTION), and the second rendering
 * prints the page labels found here, in order and without repeats.
 */
final class IndexPages {
  static final String PREFIX = "idx__";

  private IndexPages() {}

  /** @param destinations the rendering's named destinations (NamedDestinations) */
  static Map<String, List<String>> read(PDDocument document, Map<String, PDPageDestination> destinations) throws IOException {
    Map<String, Set<Integer>> pages = new HashMap<>();
    for (Map.Entry<String, PDPageDestination> named : destinations.entrySet()) {
      if (named.getKey().startsWith(PREFIX)) {
        String entry = named.getKey().substring(PREFIX.length()).split("__")[0];
        int index = named.getValue().retrievePageNumber();
        if (index >= 0) {
          pages.computeIfAbsent(entry, e -> new java.util.TreeSet<>()).add(index);
        }
      }
    }
    if (pages.isEmpty()) {
      return Map.of();
    }
    String[] labels = labels(document);
    Map<String, List<String>> result = new TreeMap<>();
    pages.forEach(
        (entry, indices) -> {
          List<String> printed = new ArrayList<>();
          indices.stream().sorted().forEach(i -> printed.add(labels[i]));
          result.put(entry, List.copyOf(new LinkedHashSet<>(printed)));
        });
    return result;
  }

  /** The printed page number of each page: the PDF's page labels, else the page's rank. */
  private static String[] labels(PDDocument document) throws IOException {
    int count = document.getNumberOfPages();
    PDPageLabels pageLabels = document.getDocumentCatalog().getPageLabels();
    String[] labels = pageLabels == null ? null : pageLabels.getLabelsByPageIndices();
    if (labels == null || labels.length != count) {
      labels = new String[count];
      for (int i = 0; i < count; i++) {
        labels[i] = String.valueOf(i + 1);
      }
    }
    return labels;
  }
}
