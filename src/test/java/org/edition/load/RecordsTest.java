package org.edition.load;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Tag;

/** The build's record files: what goes in comes out, whatever a path or a message holds. */
@Tag("fast")
class RecordsTest {
  @TempDir Path dir;

  @Test
  void fieldsSurviveTabsNewlinesAndBackslashes() {
    String[] tricky = {"plain", "a\tb", "line\nnext", "cr\rlf", "C:\\dir\\t.xml", "ends with \\", "\\t literally",
        "", "é « » 中文"};
    String line = Records.line((Object[]) tricky);
    assertEquals(1, line.lines().count(), "one record is one line");
    assertEquals(tricky.length, line.split("\t", -1).length, "one tab between fields, none inside");
    assertArrayEquals(tricky, Records.fields(line));
  }

  @Test
  void aFileIsReadBackAndAnotherHeaderReadsAsEmpty() throws Exception {
    Path file = dir.resolve("cache/records.tsv");
    List<String> lines = List.of(Records.line("a", 1), Records.line("b\tc", "d\ne"));
    Records.write(file, "edition records 1", lines);
    assertEquals(lines, Records.read(file, "edition records 1"));
    assertEquals(List.of(), Records.read(file, "edition records 2"), "a file of another version is not trusted");
    assertEquals(List.of(), Records.read(dir.resolve("none.tsv"), "edition records 1"), "a missing file is empty");
    try (var left = Files.list(file.getParent())) {
      assertEquals(List.of(file), left.toList(), "no part file is left beside it");
    }
  }
}
