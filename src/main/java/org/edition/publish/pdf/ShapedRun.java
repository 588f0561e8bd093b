package org.edition.publish.pdf;

import java.util.ArrayList;
import java.util.List;
import org.apache.fop.complexscripts.util.CharAssociation;

/**
 * A run of a font's text as the font shapes it: its text; whether it is read as a span (its
 * glyphs, read where they stand, do not give it); whether it runs right to left; what each
 * glyph reads as, and the place in the text of the first character it was made from (in the
 * run's left-to-right order); whether it is read as its letters with its glyphs that read as
 * nothing (the dots of a Noto Naskh letter) drawn after them.
 */
record ShapedRun(String text, boolean spanned, boolean rtl, List<String> read, List<Integer> starts, boolean blanks) {

  /**
   * What each glyph of a shaped run reads as: the characters it was made from that no glyph
   * before it (in the run's order) took; a glyph that a ligature of the run's letters
   * draws reads as the letters; one that a letter is decomposed into besides its first, as nothing.
   */
  static List<String> readings(String run, List<CharAssociation> associations) {
    int length = run.length();
    boolean[] taken = new boolean[length];
    List<String> read = new ArrayList<>();
    int[] starts = new int[associations.size()];
    for (int g = 0; g < associations.size(); g++) {
      CharAssociation association = associations.get(g);
      StringBuilder chars = new StringBuilder();
      StringBuilder controls = new StringBuilder();
      int[] intervals = association.isDisjoint() ? association.getSubIntervals()
          : new int[] {association.getStart(), association.getEnd()};
      starts[g] = intervals.length > 0 ? intervals[0] : 0;
      for (int k = 0; k + 1 < intervals.length; k += 2) {
        for (int i = Math.max(0, intervals[k]); i < Math.min(length, intervals[k + 1]); i++) {
          if (!taken[i]) {
            taken[i] = true;
            (invisible(run.charAt(i)) ? controls : chars).append(run.charAt(i));
          }
        }
      }
      // a glyph drawn for a control alone (a font's zero-width word joiner) reads as it
      read.add(chars.length() > 0 ? chars.toString() : controls.toString());
    }
    // a character no glyph took goes with the glyph made from what stands before it
    for (int i = 0; i < length; i++) {
      if (!taken[i] && !invisible(run.charAt(i)) && !read.isEmpty()) {
        int at = 0;
        for (int g = 0; g < starts.length; g++) {
          if (starts[g] <= i) {
            at = g;
          }
        }
        read.set(at, read.get(at) + run.charAt(i));
      }
    }
    return read;
  }

  /**
   * Whether a word's glyphs, read where they stand, give its text: not where a mark is drawn
   * apart from its letter (before it, or moved onto it: extractors place it by where it is
   * drawn), a glyph reads as nothing (the dots of a Noto Naskh letter) or the glyphs are not
   * the text's characters in order; nor in right-to-left text, where a glyph that reads as
   * several characters (a ligature) is turned around with the line by the extractors.
   *
   * @param read what each glyph reads as, in the word's left-to-right order
   */
  static boolean readsInOrder(String run, List<String> read) {
    if (run.codePoints().anyMatch(c -> Character.getType(c) == Character.NON_SPACING_MARK
        || Character.getType(c) == Character.ENCLOSING_MARK)) {
      return false;
    }
    if (read.stream().anyMatch(String::isEmpty)) {
      return false;
    }
    boolean rtl = rightToLeft(run);
    if (rtl && read.stream().anyMatch(r -> r.codePointCount(0, r.length()) > 1)) {
      return false;
    }
    List<String> logical = new ArrayList<>(read);
    if (rtl) {
      java.util.Collections.reverse(logical);
    }
    return String.join("", logical).equals(run);
  }

  /**
   * A control or format character (a word joiner the stylesheets set between the letters of a
   * word kept whole, a soft hyphen, a zero-width joiner): FOP draws no glyph for it, and the
   * text had it for the layout, not for the reader.
   */
  static boolean invisible(char c) {
    int type = Character.getType(c);
    return type == Character.FORMAT || type == Character.CONTROL;
  }

  static boolean rightToLeft(String run) {
    for (int i = 0; i < run.length(); ) {
      int c = run.codePointAt(i);
      byte d = Character.getDirectionality(c);
      if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
        return true;
      }
      if (d == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
        return false;
      }
      i += Character.charCount(c);
    }
    return false;
  }

  /** The place in the run of the first character each glyph was made from. */
  static List<Integer> starts(List<CharAssociation> associations) {
    List<Integer> starts = new ArrayList<>();
    for (CharAssociation association : associations) {
      int[] intervals = association.isDisjoint() ? association.getSubIntervals()
          : new int[] {association.getStart(), association.getEnd()};
      starts.add(intervals.length > 0 ? intervals[0] : 0);
    }
    return starts;
  }
}
