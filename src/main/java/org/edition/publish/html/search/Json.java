package org.edition.publish.html.search;

import java.util.Collection;

/** The few JSON forms the index files need, written by hand: strings and lists of them. */
final class Json {
  private Json() {
  }

  static String string(String s) {
    StringBuilder out = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        // the file is a script: "</script" or a line separator must not end it or break it
        case '<' -> out.append("\\u003c");
        case '\u2028' -> out.append("\\u2028");
        case '\u2029' -> out.append("\\u2029");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  static String strings(Collection<String> list) {
    StringBuilder out = new StringBuilder("[");
    for (String s : list) {
      if (out.length() > 1) {
        out.append(',');
      }
      out.append(string(s));
    }
    return out.append(']').toString();
  }

  /** A file of the index: a script that hands its data to assets/search.js under its name. */
  static String script(String name, String data) {
    return "EditionSearch.add(" + string(name) + "," + data + ");\n";
  }
}
