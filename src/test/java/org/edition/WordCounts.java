package org.edition;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How often each word occurs in a text (NFKC-normalised), for the no-lost-text checks. */
public final class WordCounts {
  private WordCounts() {}

  public static Map<String, Integer> of(String text, Pattern word) {
    Map<String, Integer> counts = new HashMap<>();
    Matcher m = word.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC));
    while (m.find()) {
      counts.merge(m.group(), 1, Integer::sum);
    }
    return counts;
  }
}
