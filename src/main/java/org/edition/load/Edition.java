package org.edition.load;

import java.util.List;

/** The documents an edition publishes: its texts, and the files that hold its registers. */
public record Edition(List<TeiDocument> texts, List<TeiDocument> registers) {
  public boolean isEmpty() {
    return texts.isEmpty();
  }

  /** Texts and register files, each once. */
  public List<TeiDocument> allDocuments() {
    List<TeiDocument> all = new java.util.ArrayList<>(texts);
    registers.stream().filter(r -> !texts.contains(r)).forEach(all::add);
    return all;
  }
}
