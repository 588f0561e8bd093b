package org.edition.load;

import org.xml.sax.SAXParseException;

/**
 * An {@code xi:include} that could not be honoured (its file is missing, or lies outside the
 * edition, or is remote), reported to the parser's error handler. The document is read all the
 * same: a marker element stands where the included part would be, {@code
 * <missing xmlns="urn:x-edition:include" href="..."/>}, which every format shows to the reader.
 */
public final class IncludeProblem extends SAXParseException {
  /** The namespace of the marker left in place of what could not be included. */
  public static final String MARKER_NS = "urn:x-edition:include";

  private final String href;
  private final boolean fallback;

  IncludeProblem(String message, String href, boolean fallback) {
    super(message, null, href, -1, -1);
    this.href = href;
    this.fallback = fallback;
  }

  /** Whether the include's xi:fallback stands in for the part: a warning, not an error. */
  public boolean fallbackUsed() {
    return fallback;
  }

  /** The address of the include, resolved against its document. */
  public String href() {
    return href;
  }
}
