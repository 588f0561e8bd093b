package org.edition.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;

/** Each text's name for its outputs: its own when it can be, a distinct one when it cannot. */
@Tag("fast")
class TextIdsTest {
  private static TextIds of(String... pathsAndIds) {
    Map<Path, String> roots = new LinkedHashMap<>();
    for (int i = 0; i < pathsAndIds.length; i += 2) {
      roots.put(Path.of(pathsAndIds[i]), pathsAndIds[i + 1]);
    }
    return TextIds.of(roots);
  }

  @Test
  void theRootIdElseTheFileNameCleanedOfWhatAFileNameShouldNotHave() {
    TextIds ids = of("/e/lettre 1.xml", null, "/e/b.xml", "texte-b", "/e/c.xml", "");
    assertEquals("lettre-1", ids.byPath().get(Path.of("/e/lettre 1.xml")));
    assertEquals("texte-b", ids.byPath().get(Path.of("/e/b.xml")));
    assertEquals("c", ids.byPath().get(Path.of("/e/c.xml")));
    assertTrue(ids.renamed().isEmpty());
  }

  @Test
  void thePagesOfTheSiteTheVolumeAndOtherTextsKeepTheirNames() {
    TextIds ids = of("/e/1.xml", "Index", "/e/2.xml", "edition", "/e/3.xml", "lettre", "/e/4.xml", "LETTRE",
        "/e/5.xml", "lettre", "/e/6.xml", "persons");
    assertEquals("Index-2", ids.byPath().get(Path.of("/e/1.xml")));
    assertEquals("edition-2", ids.byPath().get(Path.of("/e/2.xml")));
    assertEquals("lettre", ids.byPath().get(Path.of("/e/3.xml")), "the first keeps its name");
    assertEquals("LETTRE-2", ids.byPath().get(Path.of("/e/4.xml")));
    assertEquals("lettre-3", ids.byPath().get(Path.of("/e/5.xml")));
    assertEquals("persons-2", ids.byPath().get(Path.of("/e/6.xml")));
    assertEquals(5, ids.renamed().size());
    assertTrue(ids.whyRenamed(Path.of("/e/4.xml")).contains("already the name of another text"));
  }

  /** The texts by date (dates.html, a page per decade) and the map are pages of the site too. */
  @Test
  void theDatesPagesAndTheMapKeepTheirNames() {
    TextIds ids = of("/e/1.xml", "dates", "/e/2.xml", "Map", "/e/3.xml", "dates-1890", "/e/4.xml", "dates-du-jour");
    assertEquals("dates-2", ids.byPath().get(Path.of("/e/1.xml")));
    assertEquals("Map-2", ids.byPath().get(Path.of("/e/2.xml")));
    assertEquals("dates-1890-2", ids.byPath().get(Path.of("/e/3.xml")));
    assertEquals("dates-du-jour", ids.byPath().get(Path.of("/e/4.xml")), "no decade's page");
    assertTrue(ids.whyRenamed(Path.of("/e/3.xml")).contains("the name of a page of the site"));
  }

  @Test
  void aNameTooLongForAFileIsCutWithATraceOfTheWhole() {
    String a = "é".repeat(200);
    TextIds ids = of("/e/a.xml", a + "a", "/e/b.xml", a + "b");
    String first = ids.byPath().get(Path.of("/e/a.xml"));
    String second = ids.byPath().get(Path.of("/e/b.xml"));
    assertTrue(first.getBytes(StandardCharsets.UTF_8).length <= TextIds.MAX_BYTES, first);
    assertTrue(second.getBytes(StandardCharsets.UTF_8).length <= TextIds.MAX_BYTES, second);
    assertTrue(!first.equals(second) && first.startsWith("éé"), first + " " + second);
    assertTrue(ids.whyRenamed(Path.of("/e/a.xml")).contains("too long for a file name"));
  }

  /** A text in parts has pages ID-p2, ID-p3...: no other text takes such a name. */
  @Test
  void theLaterPagesOfATextInPartsKeepTheirNames() {
    TextIds ids = of("/e/roman-p2.xml", null, "/e/roman.xml", null, "/e/roman-p.xml", null, "/e/Roman-P12.xml", null,
        "/e/notes-p3.xml", null);
    assertEquals("roman", ids.byPath().get(Path.of("/e/roman.xml")));
    assertEquals("roman-p2-2", ids.byPath().get(Path.of("/e/roman-p2.xml")), "would be the second page of roman");
    assertEquals("Roman-P12-2", ids.byPath().get(Path.of("/e/Roman-P12.xml")), "letter case aside");
    assertEquals("roman-p", ids.byPath().get(Path.of("/e/roman-p.xml")), "no page number: a name of its own");
    assertEquals("notes-p3", ids.byPath().get(Path.of("/e/notes-p3.xml")), "no text named notes");
    assertTrue(ids.whyRenamed(Path.of("/e/roman-p2.xml")).contains("a later page of another text"),
        ids.whyRenamed(Path.of("/e/roman-p2.xml")));
  }
}
