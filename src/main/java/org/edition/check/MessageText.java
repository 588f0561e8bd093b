package org.edition.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the messages of Xerces and Jing into lines an editor can read: no Xerces error codes, TEI
 * namespace names shortened, and an endless list of expected elements cut to its first names.
 */
final class MessageText {
  private static final String TEI_NS = "http://www.tei-c.org/ns/1.0";
  private static final Pattern XERCES_CODE = Pattern.compile("^cvc-[\\w.-]+: ");
  private static final Pattern EXPECTED_LIST =
      Pattern.compile("(expected [^\"]*)((?:\"[^\"]+\"(?:, | or | and )?){13,})");
  private static final Pattern QUOTED = Pattern.compile("\"[^\"]+\"");
  private static final int MAX_EXPECTED = 12;

  private MessageText() {}

  static String of(Exception e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return tidy(message);
  }

  static String tidy(String message) {
    String text = XERCES_CODE.matcher(message.strip()).replaceFirst("");
    text = text.replace("{\"" + TEI_NS + "\":", "{").replace("\"" + TEI_NS + "\":", "");
    text = text.replace(" (with xmlns:ns=\"http://www.tei-c.org/ns/Examples\")", "");
    return shortenExpected(text);
  }

  private static String shortenExpected(String text) {
    Matcher list = EXPECTED_LIST.matcher(text);
    if (!list.find()) {
      return text;
    }
    Matcher names = QUOTED.matcher(list.group(2));
    StringBuilder kept = new StringBuilder();
    int count = 0;
    while (names.find()) {
      if (count < MAX_EXPECTED) {
        kept.append(count == 0 ? "" : ", ").append(names.group());
      }
      count++;
    }
    String shortened =
        list.group(1) + kept + " and " + (count - MAX_EXPECTED) + " more";
    return text.substring(0, list.start()) + shortened + text.substring(list.end());
  }
}
