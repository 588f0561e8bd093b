package org.edition.publish.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.edition.check.Diagnostic;

/**
 * The characters FOP found no glyph for in any font edition ships (it prints "#" for each): an
 * error of the build, said at the first place a file of the book writes the character (the text,
 * else a file of the registers, whose entries the book's index prints), as the character itself
 * or as a character reference.
 */
final class MissingGlyphs {
  private MissingGlyphs() {}

  /** A character as an error names it: "U+E000 (PRIVATE USE AREA E000)". */
  static String describe(int codePoint) {
    String name = Character.getName(codePoint);
    return String.format(Locale.ROOT, "U+%04X (%s)", codePoint,
        name == null ? "unassigned" : name);
  }

  /**
   * One error per character, at its first place in {@code files} (the first file that has it),
   * else against the first file.
   *
   * @param missing what FOP said it had no glyph for: a character, or half of a surrogate pair
   */
  static List<Diagnostic> errors(Set<String> missing, List<Path> files) {
    List<Diagnostic> errors = new ArrayList<>();
    List<String> contents = new ArrayList<>();
    for (Path file : files) {
      try {
        contents.add(Files.readString(file, StandardCharsets.UTF_8));
      } catch (IOException | RuntimeException unreadable) {
        contents.add("");
      }
    }
    Set<Integer> said = new TreeSet<>();
    for (String ch : missing) {
      int found = -1;
      int at = -1;
      int codePoint = ch.codePointAt(0);
      for (int f = 0; f < files.size() && found < 0; f++) {
        String text = contents.get(f);
        int i = text.indexOf(ch);
        if (i >= 0) {
          codePoint = text.codePointAt(Character.isLowSurrogate(text.charAt(i)) && i > 0 ? i - 1 : i);
          found = f;
          at = Character.isLowSurrogate(text.charAt(i)) && i > 0 ? i - 1 : i;
        } else {
          int ref = reference(text, codePoint);
          if (ref >= 0) {
            found = f;
            at = ref;
          }
        }
      }
      if (!said.add(codePoint)) {
        continue;
      }
      Path file = found >= 0 ? files.get(found) : files.get(0);
      int line = 0;
      int column = 0;
      if (found >= 0) {
        String text = contents.get(found);
        int start = text.lastIndexOf('\n', at - 1) + 1;
        line = 1 + (int) text.substring(0, start).chars().filter(c -> c == '\n').count();
        column = 1 + text.codePointCount(start, at);
      }
      errors.add(Diagnostic.error(file, line, column, "pdf", "no glyph for " + describe(codePoint)
          + " in the fonts edition ships (EB Garamond, DejaVu, Noto): printed as \"#\" in the PDF"));
    }
    errors.sort(Diagnostic.IN_FILE_ORDER);
    return errors;
  }

  /** Where the text writes the character as a reference (&#xE000; or &#57344;), or -1. */
  private static int reference(String text, int codePoint) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile(
        "&#(?:[xX]0*" + Integer.toHexString(codePoint) + "|0*" + codePoint + ");", java.util.regex.Pattern.CASE_INSENSITIVE)
        .matcher(text);
    return m.find() ? m.start() : -1;
  }
}
