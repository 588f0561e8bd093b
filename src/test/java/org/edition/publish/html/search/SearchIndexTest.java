package org.edition.publish.html.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Tag;

/**
 * The index kept from build to build: a change goes to the delta and the base's shards stay the
 * same files; a text changed twice, or two texts changed in two builds, are all in the delta; a
 * text removed no longer counts and loses its snippets; a large change makes the base again.
 */
@Tag("fast")
class SearchIndexTest {
  @TempDir Path dir;
  private static final byte[] NO_REGISTERS = "<texts/>".getBytes(StandardCharsets.UTF_8);

  private Path records(int i, String words) throws IOException {
    Path file = dir.resolve("records/" + i + ".search.xml");
    Files.createDirectories(file.getParent());
    Files.writeString(file, "<s:text xmlns:s=\"urn:x-edition:search\" key=\"t" + i + "\" url=\"t" + i + ".html\" title=\"Text " + i
        + "\" date=\"" + (1900 + i) + "-01-01\"><s:facet name=\"kind\" value=\"letter\" label=\"Letter\"/>"
        + "<s:p a=\"p-1\" w=\"§ 1\">" + words + "</s:p></s:text>", StandardCharsets.UTF_8);
    return file;
  }

  private List<Path> corpus(int n) throws IOException {
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      files.add(records(i, "the common words of every text and one of its own: w" + Integer.toString(i, 26).replace('0', 'z')));
    }
    return files;
  }

  private Map<String, Object> files(Path site) throws IOException {
    Map<String, Object> out = new TreeMap<>();
    try (Stream<Path> all = Files.walk(site.resolve("search"))) {
      for (Path f : all.filter(Files::isRegularFile).toList()) {
        out.put(site.resolve("search").relativize(f).toString(), Files.readAttributes(f, BasicFileAttributes.class).fileKey());
      }
    }
    return out;
  }

  /** The numbers of the texts the index says no longer count. */
  private static Set<Integer> deleted(Path site) throws IOException {
    Matcher m = Pattern.compile("\"deleted\":\"([^\"]*)\"").matcher(Files.readString(site.resolve("search/index.js")));
    assertTrue(m.find());
    Set<Integer> out = new TreeSet<>();
    int value = 0;
    int shift = 0;
    int last = -1;
    for (char c : m.group(1).toCharArray()) {
      int d = Vlq.DIGITS.indexOf(c);
      value += (d & 31) << shift;
      if ((d & 32) != 0) {
        shift += 5;
      } else {
        last += value + 1;
        out.add(last);
        value = 0;
        shift = 0;
      }
    }
    return out;
  }

  private static String all(Path folder) throws IOException {
    StringBuilder out = new StringBuilder();
    if (!Files.isDirectory(folder)) {
      return "";
    }
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
        out.append(Files.readString(f));
      }
    }
    return out.toString();
  }

  @Test
  void aChangeGoesToTheDeltaAndTheBaseStaysAsItWas() throws IOException {
    List<Path> texts = corpus(200);
    SearchIndex index = new SearchIndex(dir.resolve("cache"), 0);
    SearchIndex.Outcome first = index.update(texts, NO_REGISTERS, dir.resolve("site1"));
    assertTrue(first.full());
    Map<String, Object> before = files(dir.resolve("site1"));
    assertTrue(before.keySet().stream().anyMatch(f -> f.startsWith("b/t")));

    records(5, "a changed text with a new word: zanzibar");
    SearchIndex.Outcome second = index.update(texts, NO_REGISTERS, dir.resolve("site2"));
    assertFalse(second.full());
    Map<String, Object> after = files(dir.resolve("site2"));
    for (String f : before.keySet()) {
      if (f.startsWith("b/")) {
        assertEquals(before.get(f), after.get(f), f + " is the same file");
      }
    }
    assertTrue(all(dir.resolve("site2/search/d")).contains("\"zanzibar\""), "the delta has the new word");
    assertFalse(all(dir.resolve("site2/search/b")).contains("zanzibar"));
    assertEquals(Set.of(5), deleted(dir.resolve("site2")), "text 5's base version no longer counts");
    assertTrue(second.bytes() < 0.05 * all(dir.resolve("site2/search")).length(), "under 5 % written: " + second.bytes());

    records(7, "another change: kilimanjaro");
    index.update(texts, NO_REGISTERS, dir.resolve("site3"));
    String delta = all(dir.resolve("site3/search/d"));
    assertTrue(delta.contains("\"zanzibar\"") && delta.contains("\"kilimanjaro\""), "both changes in the delta");
    assertEquals(Set.of(5, 7), deleted(dir.resolve("site3")));

    List<Path> fewer = new ArrayList<>(texts);
    fewer.remove(9);
    index.update(fewer, NO_REGISTERS, dir.resolve("site4"));
    assertEquals(Set.of(5, 7, 9), deleted(dir.resolve("site4")), "a removed text no longer counts");
    assertFalse(Files.exists(dir.resolve("site4/search/" + SearchIndex.snippetName(9, 0) + ".js")), "nor shows");

    for (int i = 0; i < 120; i++) {
      records(i, "most texts changed: everest " + i);
    }
    SearchIndex.Outcome big = index.update(fewer, NO_REGISTERS, dir.resolve("site5"));
    assertTrue(big.full(), "a large change makes the base again");
    assertEquals(Set.of(), deleted(dir.resolve("site5")));
    assertTrue(all(dir.resolve("site5/search/b")).contains("\"everest\""));
    assertFalse(all(dir.resolve("site5/search/d")).contains("everest"));
  }

  @Test
  void oneTextsRecordsThatCannotBeReadLeaveThatTextOutAndTheOthersIn() throws IOException {
    List<Path> texts = corpus(3);
    // an XML 1.1 character in records written as XML 1.0 (what a text with &#x1; once gave)
    Files.writeString(texts.get(1), Files.readString(texts.get(1)).replace("own:", "own &#x1;:"), StandardCharsets.UTF_8);
    SearchIndex.Outcome made = new SearchIndex(dir.resolve("cache"), 0).update(texts, NO_REGISTERS, dir.resolve("site"));
    assertEquals(Set.of(texts.get(1)), made.unreadable().keySet());
    assertTrue(made.unreadable().get(texts.get(1)).contains("&#x1"), made.unreadable().toString());
    String index = all(dir.resolve("site/search"));
    assertTrue(index.contains("Text 0") && index.contains("Text 2"), "the others are searched");
    assertFalse(index.contains("Text 1"));
  }
}
