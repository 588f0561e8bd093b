package org.edition.transform;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The files a stylesheet is made of: itself, what it imports or includes, and the documents it
 * reads by a literal {@code doc('...')} (the label files), followed from file to file. A build
 * fingerprints them to know which outputs a stylesheet change touches.
 */
public final class StylesheetFiles {
  private static final Pattern IMPORT =
      Pattern.compile("<xsl:(?:import|include)\\s[^>]*href\\s*=\\s*[\"']([^\"']+)[\"']");
  /** A literal doc() in either quote, as written in an attribute or in text (&quot; and &apos; too). */
  private static final Pattern DOC = Pattern.compile(
      "\\bdoc\\(\\s*(?:'([^']+)'|\"([^\"]+)\"|&quot;(.+?)&quot;|&apos;(.+?)&apos;)\\s*\\)");

  private StylesheetFiles() {}

  /** The stylesheets and every file they lead to, each once, in the order found. */
  public static Set<URI> closure(List<URI> roots) throws IOException {
    Set<URI> seen = new LinkedHashSet<>();
    Deque<URI> todo = new ArrayDeque<>(roots);
    while (!todo.isEmpty()) {
      URI uri = todo.pop();
      if (org.edition.load.LayeredStylesheet.is(uri)) {
        // made of the stylesheets it imports, which are files or packaged
        todo.addAll(org.edition.load.LayeredStylesheet.of(uri).imports());
        continue;
      }
      // Packaged stylesheets (jar:) change only with the tool, which a build fingerprints anyway.
      if (!seen.add(uri) || !uri.toString().endsWith(".xsl") || !"file".equals(uri.getScheme())) {
        continue;
      }
      String text;
      try (InputStream in = uri.toURL().openStream()) {
        text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      for (Pattern p : List.of(IMPORT, DOC)) {
        Matcher m = p.matcher(text);
        while (m.find()) {
          for (int g = 1; g <= m.groupCount(); g++) {
            if (m.group(g) != null) {
              todo.add(uri.resolve(m.group(g)));
              break;
            }
          }
        }
      }
    }
    return seen;
  }

}
