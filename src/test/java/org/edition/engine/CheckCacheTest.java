package org.edition.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.edition.check.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Tag;

/** The check stage's records come back as they were written, whatever their messages hold. */
@Tag("fast")
class CheckCacheTest {
  @TempDir Path dir;

  @Test
  void aRoundTripKeepsEveryFieldTabsNewlinesAndBackslashesIncluded() throws Exception {
    Path text = dir.resolve("a\tb.xml");
    List<Diagnostic> found = List.of(
        Diagnostic.error(text, 3, 14, "relaxng", "element \"x\" not allowed\there;\nexpected \\ \"y\""),
        Diagnostic.warning(text, 0, 0, "xml-model", "plain"));
    CheckedFile checked = new CheckedFile(text, "content-key", true, true, false, "root\tid", "fr", "links-key",
        List.of(dir.resolve("own.rng"), dir.resolve("own.sch")), "diagnostics-key", found);
    Path cache = dir.resolve("checks.tsv");
    CheckCache.write(cache, List.of(checked));
    Map<Path, CheckedFile> read = CheckCache.read(cache);
    assertEquals(Map.of(text, checked), read);
    // A damaged record is dropped: that file is checked again.
    Files.writeString(cache, Files.readString(cache).replace("\t3\t14\t", "\tthree\t14\t"));
    assertEquals(Map.of(), CheckCache.read(cache));
  }
}
