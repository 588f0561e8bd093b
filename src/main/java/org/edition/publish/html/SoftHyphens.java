package org.edition.publish.html;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.saxon.expr.XPathContext;
import net.sf.saxon.lib.ExtensionFunctionCall;
import net.sf.saxon.lib.ExtensionFunctionDefinition;
import net.sf.saxon.om.Sequence;
import net.sf.saxon.om.StructuredQName;
import net.sf.saxon.value.SequenceType;
import net.sf.saxon.value.StringValue;
import org.apache.fop.hyphenation.Hyphenation;
import org.apache.fop.hyphenation.HyphenationTree;
import org.apache.fop.hyphenation.Hyphenator;

/**
 * {@code j:soft-hyphens($text, $lang)}: the text with a soft hyphen (U+00AD) at each point where
 * the print edition may break its words, from the same OFFO patterns FOP uses, with the same
 * rule of three letters at least on each side. Browsers have no French hyphenation dictionary
 * (Chromium has none), so this is how the website's justified text gets the PDF's breaks. Words
 * under seven letters, words with a capital after their first letter (acronyms, names such as
 * "McDonald") or a digit, and anything shaped like an address are left whole; a language without
 * patterns is returned as it is.
 */
public final class SoftHyphens extends ExtensionFunctionDefinition {
  private static final String NAMESPACE = org.edition.publish.Format.FUNCTIONS_NAMESPACE;
  private static final char SOFT_HYPHEN = '\u00AD';
  private static final int KEPT = 3;
  private static final Pattern TOKEN = Pattern.compile("\\S+");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]{7,}");
  private static final Pattern ADDRESS = Pattern.compile("[/@\\\\]|\\.\\p{L}|www|://");
  private static final Map<String, Optional<HyphenationTree>> PATTERNS = new ConcurrentHashMap<>();

  @Override
  public StructuredQName getFunctionQName() {
    return new StructuredQName("j", NAMESPACE, "soft-hyphens");
  }

  @Override
  public SequenceType[] getArgumentTypes() {
    return new SequenceType[] {SequenceType.SINGLE_STRING, SequenceType.SINGLE_STRING};
  }

  @Override
  public SequenceType getResultType(SequenceType[] suppliedArgumentTypes) {
    return SequenceType.SINGLE_STRING;
  }

  @Override
  public ExtensionFunctionCall makeCallExpression() {
    return new ExtensionFunctionCall() {
      @Override
      public Sequence call(XPathContext context, Sequence[] arguments) throws net.sf.saxon.trans.XPathException {
        String text = arguments[0].head().getStringValue();
        String lang = arguments[1].head().getStringValue();
        return new StringValue(hyphenate(text, lang));
      }
    };
  }

  /** The text with its soft hyphens. */
  public static String hyphenate(String text, String lang) {
    Optional<HyphenationTree> patterns = patterns(lang);
    if (patterns.isEmpty() || text.length() < 7) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + text.length() / 8);
    Matcher token = TOKEN.matcher(text);
    int at = 0;
    while (token.find()) {
      out.append(text, at, token.start());
      String t = token.group();
      if (ADDRESS.matcher(t).find()) {
        out.append(t);
      } else {
        Matcher word = WORD.matcher(t);
        int in = 0;
        while (word.find()) {
          out.append(t, in, word.start());
          out.append(cached(lang, patterns.get(), word.group()));
          in = word.end();
        }
        out.append(t, in, t.length());
      }
      at = token.end();
    }
    out.append(text, at, text.length());
    return out.toString();
  }

  /** Words recur: each is looked up once per language (the cache is emptied past its bound). */
  private static final Map<String, String> WORDS = new ConcurrentHashMap<>();
  private static final int CACHED_WORDS = 200_000;

  private static String cached(String lang, HyphenationTree patterns, String word) {
    String key = lang + '\u0000' + word;
    String done = WORDS.get(key);
    if (done == null) {
      if (WORDS.size() > CACHED_WORDS) {
        WORDS.clear();
      }
      done = hyphenateWord(patterns, word);
      WORDS.put(key, done);
    }
    return done;
  }

  private static String hyphenateWord(HyphenationTree patterns, String word) {
    if (word.indexOf(SOFT_HYPHEN) >= 0 || word.substring(1).chars().anyMatch(Character::isUpperCase)) {
      return word;
    }
    Hyphenation points = patterns.hyphenate(word, KEPT, KEPT);
    if (points == null) {
      return word;
    }
    StringBuilder out = new StringBuilder(word.length() + 4);
    int from = 0;
    for (int point : points.getHyphenationPoints()) {
      if (point <= from || point >= word.length()) {
        continue;
      }
      out.append(word, from, point).append(SOFT_HYPHEN);
      from = point;
    }
    return out.append(word, from, word.length()).toString();
  }

  /** The patterns of a language (its first subtag: fr-CA is hyphenated as fr), loaded once. */
  private static Optional<HyphenationTree> patterns(String lang) {
    String key = lang.toLowerCase(java.util.Locale.ROOT).split("[-_]")[0];
    if (key.isEmpty()) {
      return Optional.empty();
    }
    return PATTERNS.computeIfAbsent(key, k -> {
      synchronized (Hyphenator.class) {
        return Optional.ofNullable(Hyphenator.getFopHyphenationTree(k));
      }
    });
  }
}
