package org.edition.publish.html.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One part of the index over some texts, as files: the words in sorted order cut into shards of
 * about {@link #SHARD} bytes (a query loads the shard of each of its words), each word with its
 * passages ranked in advance (BM25's term weight, quantised), the positions of the word in its
 * passages in a parallel file (loaded for phrases only), and a file per facet listing the texts
 * of each value.
 *
 * <p>A text's passages are gathered into at most {@value #CHUNKS} chunks ("documents" of the
 * index) of at least {@value #CHUNK_CHARACTERS} characters: a document is named by its text's
 * number and its chunk, {@code text * CHUNKS + chunk}, so that a hit leads to its text without a
 * table, and the snippet of a hit is read from its chunk's file alone.
 */
final class Segment {
  static final int CHUNKS = 64;
  static final int CHUNK_CHARACTERS = 3000;
  static final int SHARD = 16 * 1024;
  // BM25's constants; the weight of a word in a passage is stored ten times, rounded
  static final double K1 = 1.2;
  static final double B = 0.75;
  /** The words of a chunk of {@value #CHUNK_CHARACTERS} characters, about. */
  static final double AVERAGE_WORDS = 480;

  /** A text with the number the index knows it by. */
  record Numbered(int number, TextRecord record) {
  }

  /** What a written segment holds: its shards' first words, documents, bytes, facets. */
  record Written(String name, List<String> shardStarts, int documents, long bytes, List<String> facets) {
  }

  private static final class Postings {
    final StringBuilder documents = new StringBuilder();
    final StringBuilder positions = new StringBuilder();
    int count;
    int lastDocument = -1;
  }

  /** The chunks of a text: lists of its passages' indexes. */
  static List<int[]> chunks(TextRecord text) {
    int size = Math.max(CHUNK_CHARACTERS, text.characters() / (CHUNKS - 1) + 1);
    List<int[]> chunks = new ArrayList<>();
    int from = 0;
    int length = 0;
    for (int i = 0; i < text.passages().size(); i++) {
      length += text.passages().get(i).text().length();
      if (length >= size) {
        chunks.add(new int[] {from, i + 1});
        from = i + 1;
        length = 0;
      }
    }
    if (from < text.passages().size() || chunks.isEmpty()) {
      chunks.add(new int[] {from, text.passages().size()});
    }
    return chunks;
  }

  /** Where a segment's files go as they are made: a name (without .js) and its data. */
  interface Files {
    void write(String name, String data) throws java.io.IOException;
  }

  // what the segment holds so far, texts added in the order of their numbers
  private final String name;
  private final Map<String, Postings> words = new HashMap<>();
  private final Map<String, String> folded = new HashMap<>();
  private final Map<String, Map<String, Object[]>> facets = new TreeMap<>();
  private int documents;
  private int lastText = -1;

  private Segment(String name) {
    this.name = name;
  }

  static Segment named(String name) {
    return new Segment(name);
  }

  /**
   * Adds a text (numbers going up). A chunk's length is weighed against {@link #AVERAGE_WORDS}
   * rather than the index's own average: chunks are cut to about the same size, and a weight so
   * made does not change when other texts come or go (the delta's weights are the base's).
   */
  void add(Numbered text) {
    if (text.number() <= lastText) {
      throw new IllegalArgumentException("texts out of order: " + text.number() + " after " + lastText);
    }
    lastText = text.number();
    TextRecord record = text.record();
    List<int[]> chunks = chunks(record);
    for (int c = 0; c < chunks.size(); c++) {
      int document = text.number() * CHUNKS + c;
      Map<String, List<Integer>> here = new java.util.LinkedHashMap<>();
      int position = 0;
      for (int i = chunks.get(c)[0]; i < chunks.get(c)[1]; i++) {
        TextRecord.Passage passage = record.passages().get(i);
        for (String part : new String[] {passage.text(), passage.other()}) {
          for (String word : Words.of(part, folded)) {
            here.computeIfAbsent(word, w -> new ArrayList<>()).add(position++);
          }
          // a phrase never runs from one passage into the next, nor into the other words
          position += 2;
        }
      }
      int length = here.values().stream().mapToInt(List::size).sum();
      documents++;
      for (Map.Entry<String, List<Integer>> word : here.entrySet()) {
        Postings p = words.computeIfAbsent(word.getKey(), w -> new Postings());
        int tf = word.getValue().size();
        double weight = tf * (K1 + 1) / (tf + K1 * (1 - B + B * length / AVERAGE_WORDS));
        Vlq.write(p.documents, document - p.lastDocument - 1);
        Vlq.write(p.documents, Math.max(1, (int) Math.round(weight * 10)));
        Vlq.write(p.positions, tf);
        int last = 0;
        for (int at : word.getValue()) {
          Vlq.write(p.positions, at - last);
          last = at;
        }
        p.lastDocument = document;
        p.count++;
      }
    }
    for (TextRecord.Facet facet : record.facets()) {
      Object[] value = facets.computeIfAbsent(facet.name(), f -> new TreeMap<>())
          .computeIfAbsent(facet.value(), v -> new Object[] {facet.label(), new java.util.TreeSet<Integer>()});
      @SuppressWarnings("unchecked")
      java.util.TreeSet<Integer> numbers = (java.util.TreeSet<Integer>) value[1];
      numbers.add(text.number());
    }
  }

  /** Writes the segment's shards and facets; what it holds, and the bytes written. */
  Written finish(Files out) throws java.io.IOException {
    long bytes = 0;
    List<String> starts = new ArrayList<>();
    List<String> sorted = new ArrayList<>(words.keySet());
    java.util.Collections.sort(sorted);
    int i = 0;
    while (i < sorted.size()) {
      int shard = starts.size();
      starts.add(sorted.get(i));
      StringBuilder terms = new StringBuilder("[");
      StringBuilder counts = new StringBuilder("[");
      StringBuilder docs = new StringBuilder("[");
      StringBuilder positions = new StringBuilder("[");
      int size = 0;
      boolean first = true;
      while (i < sorted.size() && (first || size < SHARD)) {
        String word = sorted.get(i++);
        Postings p = words.remove(word);
        if (!first) {
          terms.append(',');
          counts.append(',');
          docs.append(',');
          positions.append(',');
        }
        terms.append(Json.string(word));
        counts.append(p.count);
        docs.append('"').append(p.documents).append('"');
        positions.append('"').append(p.positions).append('"');
        size += word.length() + p.documents.length() + 8;
        first = false;
      }
      String t = "{\"w\":" + terms + "],\"n\":" + counts + "],\"d\":" + docs + "]}";
      String q = "{\"p\":" + positions + "]}";
      out.write(name + "/t" + shard, t);
      out.write(name + "/p" + shard, q);
      bytes += t.length() + q.length();
    }
    for (Map.Entry<String, Map<String, Object[]>> facet : facets.entrySet()) {
      StringBuilder values = new StringBuilder("[");
      StringBuilder labels = new StringBuilder("[");
      StringBuilder lists = new StringBuilder("[");
      for (Map.Entry<String, Object[]> value : facet.getValue().entrySet()) {
        if (values.length() > 1) {
          values.append(',');
          labels.append(',');
          lists.append(',');
        }
        values.append(Json.string(value.getKey()));
        labels.append(Json.string(value.getValue()[0] == null ? "" : (String) value.getValue()[0]));
        StringBuilder list = new StringBuilder();
        int last = -1;
        @SuppressWarnings("unchecked")
        java.util.TreeSet<Integer> numbers = (java.util.TreeSet<Integer>) value.getValue()[1];
        for (int n : numbers) {
          Vlq.write(list, n - last - 1);
          last = n;
        }
        lists.append('"').append(list).append('"');
      }
      String f = "{\"v\":" + values + "],\"l\":" + labels + "],\"t\":" + lists + "]}";
      out.write(name + "/f-" + facet.getKey(), f);
      bytes += f.length();
    }
    return new Written(name, starts, documents, bytes, List.copyOf(facets.keySet()));
  }
}
