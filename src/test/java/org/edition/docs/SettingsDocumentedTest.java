package org.edition.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.edition.Cli;
import org.edition.load.ProjectSettings;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * docs/settings.md documents every setting the settings file takes, and no other: the keys of its
 * table (the one whose first column is "key") are the keys {@link ProjectSettings} accepts.
 */
@Tag("fast")
class SettingsDocumentedTest {
  static final Path SETTINGS_DOC = Cli.root().resolve("docs/settings.md");
  /** A row of the table: its first cell a key in backticks, then what it takes and what it does. */
  private static final Pattern ROW = Pattern.compile("^\\|\\s*`([^`]+)`\\s*\\|([^|]*)\\|([^|]*)\\|\\s*$");

  /** The keys of the settings table of docs/settings.md, in the order of its rows. */
  static List<String> documentedKeys() throws IOException {
    List<String> lines = Files.readAllLines(SETTINGS_DOC);
    int header = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).matches("^\\|\\s*key\\s*\\|.*")) {
        assertEquals(-1, header, "one table of settings in " + SETTINGS_DOC);
        header = i;
      }
    }
    assertTrue(header >= 0, "a table whose first column is \"key\" in " + SETTINGS_DOC);
    assertTrue(lines.get(header + 1).matches("^\\|[-:| ]+\\|\\s*$"), "the table's rule: " + lines.get(header + 1));
    List<String> keys = new ArrayList<>();
    for (int i = header + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
      Matcher row = ROW.matcher(lines.get(i));
      assertTrue(row.matches(), "a row of three cells, the key in backticks: " + lines.get(i));
      assertFalse(row.group(2).isBlank() || row.group(3).isBlank(), "what " + row.group(1) + " takes and does: " + lines.get(i));
      keys.add(row.group(1));
    }
    return keys;
  }

  @Test
  void everySettingIsDocumentedAndNothingElse() throws IOException {
    List<String> documented = documentedKeys();
    assertEquals(new TreeSet<>(documented).size(), documented.size(), "a key documented twice: " + documented);
    assertEquals(ProjectSettings.keys(), new TreeSet<>(documented),
        "the keys ProjectSettings accepts, and those docs/settings.md documents");
  }

  @Test
  void theKeysAreTheParsersOwn() {
    // the set the test compares with is what the parser takes: one it lacks is refused by name
    assertTrue(ProjectSettings.keys().containsAll(List.of("title", "page-size", "page-images", "zones", "map-tiles")));
    for (String key : ProjectSettings.keys()) {
      ProjectSettings.problem(key, ""); // throws for a key the parser does not know
    }
  }
}
