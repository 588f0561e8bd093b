package org.edition.transform;

/** A stylesheet that does not compile or fails while running. */
public final class StylesheetException extends Exception {
  public StylesheetException(String message, Throwable cause) {
    super(message, cause);
  }

  /** A transform error with the stylesheet line where it happened. */
  public static String describe(net.sf.saxon.s9api.SaxonApiException e) {
    String where =
        e.getSystemId() == null ? "" : " (" + e.getSystemId() + ":" + e.getLineNumber() + ")";
    return e.getMessage() + where + messageOf(e);
  }

  /** What a stylesheet said as it stopped itself (xsl:message terminate="yes"), if it did. */
  private static String messageOf(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof net.sf.saxon.trans.XPathException x && x.getErrorObject() != null) {
        try {
          net.sf.saxon.om.Item first = x.getErrorObject().head();
          String said = first == null ? "" : first.getStringValue().trim();
          return said.isEmpty() ? "" : ": " + said;
        } catch (net.sf.saxon.trans.XPathException unreadable) {
          return "";
        }
      }
    }
    return "";
  }
}
