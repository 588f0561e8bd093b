package org.edition.load;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * How many times each document was parsed since the last {@link #reset}: every parse goes through
 * {@link SecureXmlReader}, which counts it here. The build promises one parse per TEI file; the
 * tests hold it to that.
 */
public final class ParseCount {
  private static final Map<String, LongAdder> COUNTS = new ConcurrentHashMap<>();

  private ParseCount() {}

  static void record(String systemId) {
    if (systemId != null) {
      COUNTS.computeIfAbsent(systemId.replaceFirst("^file:/+", "file:/"), k -> new LongAdder()).increment();
    }
  }

  /** The parses of the file at this URI. */
  public static long of(java.net.URI document) {
    LongAdder n = COUNTS.get(document.toString().replaceFirst("^file:/+", "file:/"));
    return n == null ? 0 : n.sum();
  }

  public static void reset() {
    COUNTS.clear();
  }
}
