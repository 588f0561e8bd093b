package org.edition.load;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Which includes of a file carry an {@code xi:fallback}: the parser asks where to read a part
 * before it has seen the children of the {@code xi:include}, so a part that cannot be read is
 * replaced by its fallback only if the file, read ahead for this, says it has one. Each file is
 * read ahead once, and only when one of its includes failed.
 */
final class IncludeFallbacks {
  private static final String XINCLUDE = "http://www.w3.org/2001/XInclude";
  /** What stands on the stack of open elements for one that is not an xi:include. */
  private static final String NOT_AN_INCLUDE = new String("");

  /** For each file (its URI), the hrefs of its includes that have a fallback. */
  private final Map<String, Set<String>> byFile = new HashMap<>();

  /** Whether an include of {@code href} in the file at {@code base} has an xi:fallback. */
  boolean has(String base, String href) {
    if (base == null || href == null) {
      return false;
    }
    return byFile.computeIfAbsent(base, IncludeFallbacks::read).contains(href);
  }

  private static Set<String> read(String base) {
    Set<String> withFallback = new HashSet<>();
    Deque<String> open = new ArrayDeque<>();
    SecureXmlReader reader = new SecureXmlReader();
    reader.setContentHandler(new DefaultHandler() {
      @Override
      public void startElement(String uri, String local, String qName, Attributes atts) {
        if (XINCLUDE.equals(uri) && local.equals("fallback") && !open.isEmpty() && open.peek() != NOT_AN_INCLUDE) {
          withFallback.add(open.peek());
        }
        String href = atts.getValue("href");
        open.push(XINCLUDE.equals(uri) && local.equals("include") ? (href == null ? "" : href) : NOT_AN_INCLUDE);
      }

      @Override
      public void endElement(String uri, String local, String qName) {
        open.pop();
      }
    });
    reader.setErrorHandler(XmlParsing.SILENT);
    try {
      reader.parseAhead(new InputSource(base));
    } catch (java.io.IOException | org.xml.sax.SAXException | RuntimeException unreadable) {
      // what was read so far says what it says; the parse proper reports the rest
    }
    return withFallback;
  }
}
