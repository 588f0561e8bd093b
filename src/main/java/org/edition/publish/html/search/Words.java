package org.edition.publish.html.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The words of a text as the search knows them, cut and folded exactly as assets/search.js cuts
 * and folds a query: a word is a run of letters, marks and digits (an ideograph or kana is a word
 * of its own, as CJK has no spaces); case, accents, breathings, points and vowel signs do not
 * count (compatibility decomposition, marks dropped), final sigma is sigma, æ œ ß are ae oe ss,
 * the letters with a stroke (ł ø đ ħ, which Unicode does not decompose) and the dotless ı are
 * their bare letters, and the Arabic tatweel is nothing.
 */
public final class Words {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private Words() {
  }

  /** One word folded (the rules above). */
  public static String fold(String word) {
    boolean ascii = true;
    for (int i = 0; i < word.length() && ascii; i++) {
      ascii = word.charAt(i) < 0x80;
    }
    if (ascii) {
      // the common case, without the decomposition
      return word.toLowerCase(Locale.ROOT);
    }
    String s = Normalizer.normalize(word, Normalizer.Form.NFKD);
    s = MARKS.matcher(s).replaceAll("").toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(s.length() + 2);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case 'ς' -> out.append('σ');
        case 'æ' -> out.append("ae");
        case 'œ' -> out.append("oe");
        case 'ß' -> out.append("ss");
        case 'ł' -> out.append('l');
        case 'ø' -> out.append('o');
        case 'đ' -> out.append('d');
        case 'ħ' -> out.append('h');
        case 'ı' -> out.append('i');
        case '\u0640' -> { }
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** The folded words of a text, in order. */
  public static List<String> of(String text) {
    return of(text, null);
  }

  /** The same, remembering each word's folding in {@code folded} (a text's words repeat). */
  static List<String> of(String text, java.util.Map<String, String> folded) {
    List<String> words = new ArrayList<>();
    int start = -1;
    int i = 0;
    while (i < text.length()) {
      int c = text.codePointAt(i);
      int next = i + Character.charCount(c);
      boolean single = isIdeographic(c);
      boolean part = !single && (Character.isLetterOrDigit(c) || isMark(c));
      if (part) {
        if (start < 0) {
          start = i;
        }
      } else {
        if (start >= 0) {
          add(words, text.substring(start, i), folded);
          start = -1;
        }
        if (single) {
          add(words, text.substring(i, next), folded);
        }
      }
      i = next;
    }
    if (start >= 0) {
      add(words, text.substring(start), folded);
    }
    return words;
  }

  private static void add(List<String> words, String word, java.util.Map<String, String> cache) {
    String folded = cache == null ? fold(word) : cache.computeIfAbsent(word, Words::fold);
    if (!folded.isEmpty()) {
      words.add(folded);
    }
  }

  private static boolean isMark(int c) {
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
  }

  static boolean isIdeographic(int c) {
    Character.UnicodeScript script = Character.UnicodeScript.of(c);
    return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA;
  }
}
