package org.edition.publish.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.edition.load.Records;

/**
 * What a book's last rendering settled, kept in the build's cache for the next build of that
 * book: the index's page numbers, the words kept whole at page turns, the printed lines of the
 * apparatus's lemmata. A book renders until a rendering confirms what it was given (PdfBooks);
 * started from what the last build of the book settled, a rebuild after a word changed usually
 * confirms it at once: one rendering instead of two to five. What a rendering reads back
 * decides, never the memory: a stale memory costs a rendering more, not a wrong page.
 *
 * @param index the index's page numbers by entry
 * @param unbroken the words kept whole
 * @param lemmata the printed line of each lemma
 */
record RenderingMemory(Map<String, List<String>> index, Set<String> unbroken, Map<String, String> lemmata) {
  /** What a book remembers when nothing was kept: a first rendering is given nothing. */
  static RenderingMemory none() {
    return new RenderingMemory(Map.of(), new TreeSet<>(), Map.of());
  }

  /** What the file says it holds: a change of its layout makes an old one no memory. */
  private static final String HEADER = "edition rendering memory 1";

  /** The memory of a book's last build in {@code folder}, or none (missing or unreadable: none). */
  static RenderingMemory of(Path folder, String book) {
    Map<String, List<String>> index = new LinkedHashMap<>();
    Set<String> unbroken = new TreeSet<>();
    Map<String, String> lemmata = new LinkedHashMap<>();
    try {
      for (String line : Records.read(folder.resolve(book + ".tsv"), HEADER)) {
        String[] fields = Records.fields(line);
        switch (fields[0]) {
          case "index" -> index.put(fields[1], List.of(fields).subList(2, fields.length));
          case "unbroken" -> unbroken.add(fields[1]);
          case "lemma" -> lemmata.put(fields[1], fields[2]);
          default -> {
            return none();
          }
        }
      }
    } catch (RuntimeException e) {
      return none();
    }
    return new RenderingMemory(index, unbroken, lemmata);
  }

  /** Keeps this memory for the book's next build (written aside, then moved into place). */
  void keep(Path folder, String book) throws IOException {
    List<String> lines = new ArrayList<>();
    index.forEach((entry, pages) -> {
      List<Object> fields = new ArrayList<>(List.of("index", entry));
      fields.addAll(pages);
      lines.add(Records.line(fields.toArray()));
    });
    unbroken.forEach(word -> lines.add(Records.line("unbroken", word)));
    lemmata.forEach((lemma, line) -> lines.add(Records.line("lemma", lemma, line)));
    Records.write(folder.resolve(book + ".tsv"), HEADER, lines);
  }
}
