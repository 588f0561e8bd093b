package org.edition;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

/** What a command said about a TEI file written for a test, at the line that holds some text. */
public final class SaidAt {
  private SaidAt() {}

  /**
   * Asserts that {@code said} has an error of {@code check}, in {@code file}, at the line of
   * {@code source} that first holds {@code written}, whose message matches {@code message} (a
   * regular expression).
   */
  public static void assertError(String said, String source, String file, String check, String written, String message) {
    List<String> lines = List.of(source.split("\n"));
    int line = 0;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(written)) {
        line = i + 1;
        break;
      }
    }
    assertTrue(line > 0, written);
    assertTrue(said.matches("(?s).*" + java.util.regex.Pattern.quote(file) + ":" + line + ":\\d+: error: \\[" + check + "\\] [^\\n]*"
        + message + ".*"), "line " + line + ": " + message + "\n" + said);
  }
}
