package org.edition.publish.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

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

  /** The memory of a book's last build in {@code folder}, or none (unreadable: none). */
  static RenderingMemory of(Path folder, String book) {
    Path file = folder.resolve(book + ".tsv");
    if (!Files.isRegularFile(file)) {
      return none();
    }
    Map<String, List<String>> index = new LinkedHashMap<>();
    Set<String> unbroken = new TreeSet<>();
    Map<String, String> lemmata = new LinkedHashMap<>();
    try {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        String[] fields = line.split("\t", -1);
        List<String> values = new ArrayList<>();
        for (int i = 1; i < fields.length; i++) {
          values.add(unescape(fields[i]));
        }
        switch (fields[0]) {
          case "index" -> index.put(values.get(0), List.copyOf(values.subList(1, values.size())));
          case "unbroken" -> unbroken.add(values.get(0));
          case "lemma" -> lemmata.put(values.get(0), values.get(1));
          default -> {
            return none();
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      return none();
    }
    return new RenderingMemory(index, unbroken, lemmata);
  }

  /** Keeps this memory for the book's next build (written aside, then moved into place). */
  void keep(Path folder, String book) throws IOException {
    Files.createDirectories(folder);
    StringBuilder out = new StringBuilder();
    index.forEach((entry, pages) -> {
      out.append("index\t").append(escape(entry));
      pages.forEach(p -> out.append('\t').append(escape(p)));
      out.append('\n');
    });
    unbroken.forEach(word -> out.append("unbroken\t").append(escape(word)).append('\n'));
    lemmata.forEach((lemma, line) -> out.append("lemma\t").append(escape(lemma)).append('\t').append(escape(line)).append('\n'));
    Path partial = folder.resolve(book + ".tsv.partial");
    Files.writeString(partial, out, StandardCharsets.UTF_8);
    Files.move(partial, folder.resolve(book + ".tsv"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  private static String escape(String s) {
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
  }

  private static String unescape(String s) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        char next = s.charAt(++i);
        out.append(switch (next) {
          case 't' -> '\t';
          case 'n' -> '\n';
          case 'r' -> '\r';
          default -> next;
        });
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
