package org.edition.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a site's pages show, for the fonts cut down to it (FontSubsets.shownIn): every character,
 * both cases of a letter, the letters with combining marks; and, remembered from one build to the
 * next, a page that did not change is not read again while a changed one is.
 */
@Tag("fast")
class FontSubsetsShownTest {
  @TempDir Path site;
  @TempDir Path cache;

  private static final java.util.function.Predicate<Path> PAGES = p -> p.toString().endsWith(".html");

  @Test
  void everyCharacterOfThePagesBothCasesAndTheirClusters() throws Exception {
    Files.writeString(site.resolve("a.html"), "<p>Ἀντιγόνη ß</p>\n<p>q\u0307 e\u0301</p>", StandardCharsets.UTF_8);
    Files.writeString(site.resolve("b.css"), "Ж", StandardCharsets.UTF_8);
    FontSubsets.Shown shown = FontSubsets.shownIn(site, PAGES);
    assertTrue(shown.codePoints().containsAll(Set.of((int) 'Ἀ', (int) 'ἀ', (int) 'Γ', (int) 'γ', (int) 'ß', (int) '\u0307')));
    assertFalse(shown.codePoints().contains((int) 'Ж'), "a file the predicate leaves out");
    assertFalse(shown.codePoints().contains((int) '\n'));
    assertTrue(shown.clusters().containsAll(Set.of("q\u0307", "Q\u0307", "e\u0301")), shown.clusters().toString());
  }

  @Test
  void aPageThatDidNotChangeIsNotReadAgain() throws Exception {
    Path memory = cache.resolve("pages-shown.tsv");
    Path page = site.resolve("entry.html");
    Files.writeString(page, "<p>Wien, März</p>", StandardCharsets.UTF_8);
    Files.writeString(site.resolve("other.html"), "<p>Ἀθῆναι</p>", StandardCharsets.UTF_8);
    FontSubsets.Shown first = FontSubsets.shownIn(site, PAGES, memory);
    assertTrue(first.codePoints().contains((int) 'ä') && first.codePoints().contains((int) 'θ'));
    assertTrue(Files.size(memory) > 0);

    // the memory is what is read for an unchanged page: a page made unreadable in place (its
    // size, time and file kept) still shows what it showed; the memory says so
    byte[] bytes = Files.readAllBytes(page);
    java.nio.file.attribute.FileTime time = Files.getLastModifiedTime(page);
    byte[] broken = bytes.clone();
    broken[3] = (byte) 0xFF;
    Files.write(page, broken);
    Files.setLastModifiedTime(page, time);
    FontSubsets.Shown again = FontSubsets.shownIn(site, PAGES, memory);
    assertEquals(first, again);

    // a changed page is read again: its new character is shown, the old ones it lost are not
    Files.writeString(page, "<p>Wien, Mörz — Ž</p>", StandardCharsets.UTF_8);
    FontSubsets.Shown changed = FontSubsets.shownIn(site, PAGES, memory);
    assertTrue(changed.codePoints().contains((int) 'Ž') && changed.codePoints().contains((int) 'ö'));
    assertFalse(changed.codePoints().contains((int) 'ä'), "a character of the page as it was");
    assertTrue(changed.codePoints().contains((int) 'θ'), "the unchanged page's");
  }
}
