package org.edition.publish.html.search;

/**
 * Unsigned numbers written in a few characters each, five bits a character with the sixth
 * saying another follows (the variable-length base-64 of source maps, without the sign): a gap
 * under 32 is one character, under 1024 two. The form every list of the index takes, read by
 * assets/search.js; safe inside a JavaScript string.
 */
final class Vlq {
  static final String DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

  private Vlq() {
  }

  static void write(StringBuilder out, int value) {
    if (value < 0) {
      throw new IllegalArgumentException("a negative number in the index: " + value);
    }
    do {
      int digit = value & 31;
      value >>>= 5;
      out.append(DIGITS.charAt(value > 0 ? digit | 32 : digit));
    } while (value > 0);
  }
}
